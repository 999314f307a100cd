// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_metadata.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace rollwise {

namespace {
const QString kMeta = QStringLiteral("adobe:ns:meta/");
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kPdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
const QString kXmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString kXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// An XMP property holding a list: rdf:Alt (one text in several languages), rdf:Seq (ordered) or rdf:Bag.
void writeList(QXmlStreamWriter& x, const QString& property, const QString& kind, const QStringList& items,
               bool defaultLanguage = false)
{
    x.writeStartElement(kDc, property);
    x.writeStartElement(kRdf, kind);
    for (const QString& item : items) {
        x.writeStartElement(kRdf, QStringLiteral("li"));
        if (defaultLanguage)
            x.writeAttribute(kXml, QStringLiteral("lang"), QStringLiteral("x-default"));
        x.writeCharacters(item);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
}
} // namespace

SheetMetadata SheetMetadata::forRoutine(const Routine& routine, const QString& author, const ContentLibrary& content)
{
    SheetMetadata m;
    m.title = routine.title;
    m.author = author.trimmed().isEmpty() ? QStringLiteral("Rollwise") : author.trimmed();
    m.subject = QCoreApplication::translate("rollwise::SheetMetadata",
                                            "Foam rolling routine for lower-back relief: the exercises, how long, and "
                                            "when to stop");
    m.keywords << QCoreApplication::translate("rollwise::SheetMetadata", "foam rolling")
               << QCoreApplication::translate("rollwise::SheetMetadata", "lower back");
    for (const Exercise& e : routine.exercises) {
        const Technique* t = routine.technique(e.techniqueId, content);
        const MuscleGroup* g = t ? content.muscleGroup(t->groupId) : nullptr;
        if (g && !m.keywords.contains(g->name))
            m.keywords << g->name;
    }
    m.language = ContentLibrary::language();
    m.creatorTool = QStringLiteral("Rollwise %1").arg(QCoreApplication::applicationVersion());
    m.created = QDateTime::currentDateTimeUtc();
    return m;
}

QByteArray SheetMetadata::toXmp() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    x.writeNamespace(kMeta, QStringLiteral("x"));
    x.writeNamespace(kRdf, QStringLiteral("rdf"));
    x.writeNamespace(kDc, QStringLiteral("dc"));
    x.writeNamespace(kPdf, QStringLiteral("pdf"));
    x.writeNamespace(kXmp, QStringLiteral("xmp"));
    x.writeStartElement(kMeta, QStringLiteral("xmpmeta"));
    x.writeStartElement(kRdf, QStringLiteral("RDF"));
    x.writeStartElement(kRdf, QStringLiteral("Description"));
    x.writeAttribute(kRdf, QStringLiteral("about"), QString());
    writeList(x, QStringLiteral("title"), QStringLiteral("Alt"), {title}, true);
    writeList(x, QStringLiteral("creator"), QStringLiteral("Seq"), {author});
    writeList(x, QStringLiteral("description"), QStringLiteral("Alt"), {subject}, true);
    writeList(x, QStringLiteral("subject"), QStringLiteral("Bag"), keywords);
    writeList(x, QStringLiteral("language"), QStringLiteral("Bag"), {language});
    x.writeTextElement(kPdf, QStringLiteral("Keywords"), keywords.join(QStringLiteral(", ")));
    x.writeTextElement(kPdf, QStringLiteral("Producer"), QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())));
    x.writeTextElement(kXmp, QStringLiteral("CreatorTool"), creatorTool);
    x.writeTextElement(kXmp, QStringLiteral("CreateDate"), created.toString(Qt::ISODate));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return out;
}

} // namespace rollwise
