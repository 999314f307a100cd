// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where each word of the content comes from. The README promises the article's techniques "faithfully";
// a physiotherapist checking Rollwise against it must be able to tell the article's own sentences from
// Rollwise's additions. content/provenance.json classifies every translatable text of content.json (by the
// same paths content translations use, e.g. "techniques.glutes.pressure"):
//   "article"                  the article's words, verbatim (only whitespace, quotes and dashes may differ);
//   {"adapted": [excerpts…]}   shortened, joined or re-cased from the listed excerpts of the article;
//   "rollwise"                 Rollwise's own words: names of body parts, and guidance the article does not
//                              give, which every view marks as a "Rollwise tip".
// A translation carries the origin of the English text it translates.

#include "core/diagnostic.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace rollwise {

enum class TextOrigin { Article, Adapted, Rollwise };

struct TextProvenance {
    TextOrigin origin = TextOrigin::Rollwise;
    QStringList sources; // the article excerpts an adapted text comes from
};

class Provenance {
public:
    // Reads a provenance file; every problem (not an object, an unknown kind, an adapted text without
    // excerpts) is an error naming its path.
    static std::optional<Provenance> read(const QByteArray& json, const QString& fileName, Diagnostics& d);
    // The compiled-in content/provenance.json; aborts loudly if broken (a build defect, caught by tests).
    static const Provenance& builtIn();

    const TextProvenance* find(const QString& path) const;
    // A text nobody classified is treated as Rollwise's own: unclassified words are never passed off as the
    // article's.
    TextOrigin origin(const QString& path) const;
    bool isOwnGuidance(const QString& path) const { return origin(path) == TextOrigin::Rollwise; }
    const QMap<QString, TextProvenance>& entries() const { return m_entries; }

private:
    QMap<QString, TextProvenance> m_entries;
};

// The comparison the "verbatim" promise allows: curly quotes to straight, every dash to "-", runs of
// whitespace to one space.
QString normalisedForComparison(const QString& text);

// What does not hold between the content's texts (path, text), their provenance and the article: a text
// without provenance, provenance for no text, an "article" text that is not an excerpt of the article, an
// adapted text whose excerpts are not in it. Empty when everything holds.
QStringList provenanceProblems(const Provenance& provenance, const std::vector<std::pair<QString, QString>>& texts,
                               const QString& article);

} // namespace rollwise
