// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a routine sheet's PDF says about itself, for viewers, search indexes and screen readers: its title, author,
// subject, keywords and language, written as the PDF's XMP metadata (Qt 6.4's QPdfWriter has no author, subject,
// keyword or language field of its own; XMP carries them all). The patient's name stays out: file indexes and
// "document properties" dialogs show metadata to people who never open the sheet.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rollwise {

class ContentLibrary;
struct Routine;

struct SheetMetadata {
    QString title;
    QString author;   // the clinician when the sheet names one, else Rollwise
    QString subject;
    QStringList keywords;
    QString language; // BCP 47: "en", "de"
    QString creatorTool;
    QDateTime created;

    // `author`: the clinic's name, else the clinician's (SheetOptions::author()); empty: Rollwise.
    static SheetMetadata forRoutine(const Routine& routine, const QString& author, const ContentLibrary& content);
    // An XMP packet (RDF/XML, every value escaped) for QPdfWriter::setDocumentXmpMetadata().
    QByteArray toXmp() const;
};

} // namespace rollwise
