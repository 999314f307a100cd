// SPDX-License-Identifier: GPL-3.0-or-later
// The language of the real executable: --lang de|en, else the system locale (LANG, LC_ALL, LANGUAGE), English for
// any other language and for the C/POSIX locale of CI. Headless commands speak it too.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs rollwise with no display and no locale settings at all, plus `locale` (e.g. LANG=de_DE.UTF-8).
Result rollwise(const QStringList& args, const QStringList& locale = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key == u"LANG" || key == u"LANGUAGE" || key.startsWith(u"LC_"))
            env.remove(key);
    for (const char* key : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(key));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/rollwise-test-data"));
    for (const QString& setting : locale)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLLWISE_EXE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char* name)
{
    return QStringLiteral(ROLLWISE_TEST_DATA "/") + QString::fromLatin1(name);
}

QStringList lines(const QString& text)
{
    return text.trimmed().split(QLatin1Char('\n'));
}

// pdftotext breaks lines where the layout did: compare without white space (the sheet prints no ligatures).
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000)) << "pdftotext (poppler-utils) is needed";
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString squash(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

TEST(CliLanguage, WithoutAnyLocaleItIsEnglishByteForByte)
{
    const Result r = rollwise({QStringLiteral("--check"), data("invalid.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines(r.err), (QStringList{
        QStringLiteral("error: ") + data("invalid.json")
            + QStringLiteral(": exercises[0].technique: unknown technique \"lumbar-roll\" (expected one of: glutes, "
                             "hip-flexors, hamstrings, thoracic-spine, lats)"),
        QStringLiteral("error: ") + data("invalid.json")
            + QStringLiteral(": exercises[1].holdSeconds: 200 is out of range (expected 5 to 120 seconds)")}));
    // The C/POSIX locale of a bare shell is English as well.
    EXPECT_EQ(rollwise({QStringLiteral("--check"), data("invalid.json")}, {QStringLiteral("LC_ALL=C")}).err, r.err);
    EXPECT_EQ(rollwise({QStringLiteral("--check"), data("invalid.json")}, {QStringLiteral("LANG=POSIX")}).err, r.err);
}

TEST(CliLanguage, LangDePrintsGermanDiagnostics)
{
    const Result r = rollwise({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--check"), data("invalid.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines(r.err), (QStringList{
        QStringLiteral("Fehler: ") + data("invalid.json")
            + QStringLiteral(": exercises[0].technique: unbekannte Technik „lumbar-roll“ (erwartet: eines von: glutes, "
                             "hip-flexors, hamstrings, thoracic-spine, lats)"),
        QStringLiteral("Fehler: ") + data("invalid.json")
            + QStringLiteral(": exercises[1].holdSeconds: 200 liegt außerhalb des zulässigen Bereichs (erwartet: 5 bis "
                             "120 Sekunden)")}));
    EXPECT_TRUE(r.out.isEmpty());

    const Result warn = rollwise({QStringLiteral("--lang=de"), QStringLiteral("--check"), data("valid-with-warning.json")});
    EXPECT_EQ(warn.exitCode, 0);
    EXPECT_EQ(warn.out.trimmed(), data("valid-with-warning.json")
                                      + QStringLiteral(": gültige Routine „Gentle start“ (2 Übungen, 1 Warnung)"));
    EXPECT_TRUE(warn.err.startsWith(QStringLiteral("Warnung: "))) << warn.err.toStdString();

    const Result missing = rollwise({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--check"),
                                  QStringLiteral("/nonexistent/routine.json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/nonexistent/routine.json: die Datei existiert nicht")))
        << missing.err.toStdString();
}

TEST(CliLanguage, TheSystemLocaleChoosesTheDefault)
{
    const QStringList check{QStringLiteral("--check"), data("invalid.json")};
    EXPECT_TRUE(rollwise(check, {QStringLiteral("LANG=de_DE.UTF-8")}).err.startsWith(QStringLiteral("Fehler: ")));
    EXPECT_TRUE(rollwise(check, {QStringLiteral("LC_ALL=de_AT.UTF-8")}).err.startsWith(QStringLiteral("Fehler: ")));
    // A language without a translation falls back to English; --lang overrides the system.
    EXPECT_TRUE(rollwise(check, {QStringLiteral("LANG=fr_FR.UTF-8")}).err.startsWith(QStringLiteral("error: ")));
    EXPECT_TRUE(rollwise(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + check, {QStringLiteral("LANG=de_DE.UTF-8")})
                    .err.startsWith(QStringLiteral("error: ")));
}

TEST(CliLanguage, AnUnknownLangIsAUsageError)
{
    const Result r = rollwise({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--plan")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString(); // ExitUsage
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("rollwise: --lang fr: expected one of: en, de"));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliLanguage, AnUnknownLangWithoutACommandIsAUsageErrorNotACrashForWantOfADisplay)
{
    // No command means the window; the runner gives no display, so opening one would abort.
    const Result r = rollwise({QStringLiteral("--lang"), QStringLiteral("xx")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("rollwise: --lang xx: expected one of: en, de"));
}

TEST(CliLanguage, HelpAndPlanSpeakGerman)
{
    const Result help = rollwise({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Eine Routinedatei prüfen."))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--lang <Sprache>"))) << help.out.toStdString();
    const Result plan = rollwise({QStringLiteral("--plan"), QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_EQ(plan.exitCode, 0);
    EXPECT_TRUE(plan.out.contains(QStringLiteral("\"routine\": \"Entlastung für den unteren Rücken\""))) << plan.out.left(300).toStdString();
    // The timeline itself does not depend on the language.
    const Result english = rollwise({QStringLiteral("--plan")});
    EXPECT_EQ(plan.out.count(QStringLiteral("\"offsetMs\"")), english.out.count(QStringLiteral("\"offsetMs\"")));
}

TEST(CliLanguage, ExportPdfLangDeWritesTheGermanSheet)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("blatt.pdf"));
    const Result r = rollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("de"),
                            QStringLiteral("--patient"), QStringLiteral("Erika Mustermann")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    for (const char* expected : {
             "Setzen Sie sich auf die Faszienrolle und stützen Sie sich mit den Händen hinter dem Körper am Boden ab.",
             "Rollen Sie langsam vor und zurück, vom oberen Gesäß hinunter in Richtung Hüftgelenk.",
             "Wiederholen Sie die Übung auf der anderen Seite.",
             "Rollen Sie etwa 2,5 cm (1 Zoll) pro Sekunde",
             "Oberschenkelrückseite (ischiocrurale Muskulatur)",
             "Rollen Sie niemals die Lendenwirbelsäule (unteren Rücken).",
             "Wann Sie fachlichen Rat suchen sollten",
             "Ins Bein ausstrahlende Schmerzen (Ischias)",
             "Für: Erika Mustermann",
             "Seite 1 von",
         })
        EXPECT_TRUE(text.contains(squash(QString::fromUtf8(expected)))) << expected;
    EXPECT_FALSE(text.contains(squash(QStringLiteral("Sit on the foam roller"))));

    // Without a locale the same command writes the English sheet.
    const QString english = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(rollwise({QStringLiteral("--export-pdf"), english}).exitCode, 0);
    EXPECT_TRUE(pdfText(english).contains(squash(QStringLiteral("Sit on the foam roller with your hands on the floor"))));
}
