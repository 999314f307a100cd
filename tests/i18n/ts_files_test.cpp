// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Linguist files (app/translations/*.ts): every message of app/, audio/ and core/ is in them and finished, numerus
// forms are complete, and no translation loses a placeholder, an accelerator or a line break.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <vector>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList translations;
};

struct TsFile {
    QString language;
    std::vector<Message> messages;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!m.source.isNull())
                ts.messages.push_back(m);
            m = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            m.translations << xml.readElementText();
        }
    }
    if (!m.source.isNull())
        ts.messages.push_back(m);
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return ts;
}

QString tsPath(const char* name)
{
    return QStringLiteral(ROLLWISE_TS_DIR "/") + QString::fromLatin1(name);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression arg(QStringLiteral("%L?(\\d|n)"));
    QStringList out;
    for (auto it = arg.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression accel(QStringLiteral("&[^&\\s]"));
    return text.contains(accel);
}

// Every message must be finished and keep what code and layouts rely on.
void expectComplete(const TsFile& ts, int pluralForms)
{
    for (const Message& m : ts.messages) {
        const std::string where = (m.context + QStringLiteral(" | ") + m.source).toStdString();
        EXPECT_TRUE(m.type.isEmpty()) << where << ": type=\"" << m.type.toStdString() << "\"";
        ASSERT_EQ(m.translations.size(), m.numerus ? pluralForms : 1) << where;
        for (const QString& t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << where << " → " << t.toStdString();
            EXPECT_EQ(hasAccelerator(t), hasAccelerator(m.source)) << where << " → " << t.toStdString();
            EXPECT_EQ(t.count(QLatin1Char('\n')), m.source.count(QLatin1Char('\n'))) << where;
        }
    }
}

} // namespace

TEST(TsFiles, GermanIsCompleteAndFinished)
{
    const TsFile de = readTs(tsPath("rollwise_de.ts"));
    EXPECT_EQ(de.language, QStringLiteral("de"));
    EXPECT_GT(de.messages.size(), 600u);
    expectComplete(de, 2); // German: singular and plural
}

TEST(TsFiles, EnglishHasEveryPluralFormAndNothingElse)
{
    // English is the source language: its file exists for "%n byte(s)" → "1 byte" / "2 bytes" (lupdate -pluralonly).
    const TsFile en = readTs(tsPath("rollwise_en.ts"));
    EXPECT_EQ(en.language, QStringLiteral("en"));
    const TsFile de = readTs(tsPath("rollwise_de.ts"));
    int plurals = 0;
    for (const Message& m : de.messages)
        plurals += m.numerus ? 1 : 0;
    ASSERT_GE(plurals, 1);
    EXPECT_EQ(int(en.messages.size()), plurals);
    for (const Message& m : en.messages)
        EXPECT_TRUE(m.numerus) << m.source.toStdString();
    expectComplete(en, 2);
    for (const Message& m : en.messages) {
        ASSERT_EQ(m.translations.size(), 2);
        EXPECT_FALSE(m.translations[0].contains(QStringLiteral("(s)"))) << m.translations[0].toStdString();
    }
}

TEST(TsFiles, CoverEveryTrOfAppAndCore)
{
    // What lupdate finds in the sources now must be exactly what rollwise_de.ts translates: a new or changed tr()
    // needs `cmake --build <build> --target update_translations` and a translation (docs/translations.md).
    QStringList sources;
    // The same libraries the build's lupdate run scans (ROLLWISE_TRANSLATED_LIBRARIES in the top CMakeLists.txt).
    const QStringList libraries = QStringLiteral(ROLLWISE_TRANSLATED_LIBRARIES).split(QLatin1Char(','));
    EXPECT_TRUE(libraries.contains(QStringLiteral("voice"))) << "every library with texts of its own";
    for (const QString& dir : libraries) {
        QDirIterator it(QStringLiteral(ROLLWISE_SOURCE_DIR "/") + dir,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    ASSERT_GT(sources.size(), 100);
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(ROLLWISE_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral(ROLLWISE_SOURCE_DIR)}
                      + sources + QStringList{QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QSet<QString> found;
    for (const Message& m : readTs(fresh).messages)
        found.insert(m.context + QStringLiteral(" | ") + m.source);
    QSet<QString> translated;
    for (const Message& m : readTs(tsPath("rollwise_de.ts")).messages)
        translated.insert(m.context + QStringLiteral(" | ") + m.source);
    for (const QString& s : found)
        EXPECT_TRUE(translated.contains(s)) << "not in rollwise_de.ts: " << s.toStdString();
    for (const QString& s : translated)
        EXPECT_TRUE(found.contains(s)) << "no longer in the sources: " << s.toStdString();
}
