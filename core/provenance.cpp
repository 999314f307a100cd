// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cstdlib>

namespace rollwise {

namespace {
struct ProvenanceText {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};
} // namespace

std::optional<Provenance> Provenance::read(const QByteArray& json, const QString& fileName, Diagnostics& d)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        d.error(fileName, {}, ProvenanceText::tr("not a JSON object: %1").arg(err.errorString()));
        return std::nullopt;
    }
    Provenance p;
    bool ok = true;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString path = it.key();
        if (path.startsWith(QLatin1Char('_'))) // "_comment" and the like
            continue;
        TextProvenance entry;
        const QJsonValue v = it.value();
        if (v == QJsonValue(QStringLiteral("article"))) {
            entry.origin = TextOrigin::Article;
        } else if (v == QJsonValue(QStringLiteral("rollwise"))) {
            entry.origin = TextOrigin::Rollwise;
        } else if (v.isObject() && v.toObject().value(QStringLiteral("adapted")).isArray()) {
            entry.origin = TextOrigin::Adapted;
            for (const QJsonValue& s : v.toObject().value(QStringLiteral("adapted")).toArray())
                if (s.isString() && !s.toString().trimmed().isEmpty())
                    entry.sources << s.toString();
            if (entry.sources.isEmpty()) {
                d.error(fileName, path, ProvenanceText::tr("an adapted text lists no article excerpts"),
                        ProvenanceText::tr("{\"adapted\": [\"<the article's words>\", …]}"));
                ok = false;
            }
        } else {
            d.error(fileName, path, ProvenanceText::tr("not a kind of provenance"),
                    ProvenanceText::tr("\"article\", \"rollwise\" or {\"adapted\": [excerpts]}"));
            ok = false;
        }
        p.m_entries.insert(path, entry);
    }
    if (!ok)
        return std::nullopt;
    return p;
}

const Provenance& Provenance::builtIn()
{
    static const Provenance provenance = [] {
        QFile f(QStringLiteral(":/rollwise/provenance.json"));
        Diagnostics d;
        std::optional<Provenance> p;
        if (f.open(QIODevice::ReadOnly))
            p = read(f.readAll(), f.fileName(), d);
        if (!p) {
            spdlog::critical("built-in provenance is broken: {} {}", f.errorString().toStdString(),
                             d.toText().toStdString());
            std::abort();
        }
        return *p;
    }();
    return provenance;
}

const TextProvenance* Provenance::find(const QString& path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

TextOrigin Provenance::origin(const QString& path) const
{
    const TextProvenance* p = find(path);
    return p ? p->origin : TextOrigin::Rollwise;
}

QString normalisedForComparison(const QString& text)
{
    QString s = text;
    static const QRegularExpression doubleQuotes(QStringLiteral("[\u201c\u201d\u201e\u00ab\u00bb]"));
    static const QRegularExpression singleQuotes(QStringLiteral("[\u2018\u2019\u201a]"));
    static const QRegularExpression dashes(QStringLiteral("[\u2010-\u2015\u2212]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    s.replace(doubleQuotes, QStringLiteral("\""));
    s.replace(singleQuotes, QStringLiteral("'"));
    s.replace(dashes, QStringLiteral("-"));
    s.replace(space, QStringLiteral(" "));
    return s.trimmed();
}

QStringList provenanceProblems(const Provenance& provenance, const std::vector<std::pair<QString, QString>>& texts,
                               const QString& article)
{
    QStringList problems;
    const QString source = normalisedForComparison(article);
    QSet<QString> seen;
    for (const auto& [path, text] : texts) {
        seen.insert(path);
        const TextProvenance* p = provenance.find(path);
        if (!p) {
            problems << ProvenanceText::tr("%1: no provenance (is it the article's, adapted, or Rollwise's?)").arg(path);
            continue;
        }
        if (p->origin == TextOrigin::Article && !source.contains(normalisedForComparison(text)))
            problems << ProvenanceText::tr("%1: marked \"article\" but not the article's words: \"%2\"").arg(path, text);
        for (const QString& excerpt : p->sources)
            if (!source.contains(normalisedForComparison(excerpt)))
                problems << ProvenanceText::tr("%1: adapted from \"%2\", which is not in the article").arg(path, excerpt);
        if (p->origin == TextOrigin::Adapted && source.contains(normalisedForComparison(text)))
            problems << ProvenanceText::tr("%1: marked \"adapted\" but it is the article's words verbatim").arg(path);
    }
    for (auto it = provenance.entries().begin(); it != provenance.entries().end(); ++it)
        if (!seen.contains(it.key()))
            problems << ProvenanceText::tr("%1: provenance for a text the content does not have").arg(it.key());
    return problems;
}

} // namespace rollwise
