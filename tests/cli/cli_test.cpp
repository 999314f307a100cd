// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real rollwise executable as a process, with no display, the way scripts and CI use it.
#include "process_runner.h"

#include <QFile>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
using rollwise::test::runRollwise;

QString data(const char* name)
{
    return QStringLiteral(ROLLWISE_TEST_DATA "/") + QString::fromLatin1(name);
}
} // namespace

TEST(Cli, CheckValidRoutineExitsZeroAndReportsWarningsOnStderr)
{
    const auto r = runRollwise({QStringLiteral("--check"), data("valid-with-warning.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("valid routine \"Gentle start\""))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: ") + data("valid-with-warning.json")
                               + QStringLiteral(": exercises[0].holdSeconds: a 40 s hold is outside the recommended range")))
        << r.err.toStdString();
}

TEST(Cli, CheckInvalidRoutineExitsOneWithEachErrorOnItsOwnLine)
{
    const auto r = runRollwise({QStringLiteral("--check"), data("invalid.json")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("error: ") + data("invalid.json")
                                    + QStringLiteral(": exercises[0].technique: unknown technique \"lumbar-roll\"")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("exercises[1].holdSeconds: 200 is out of range (expected 5 to 120 seconds)")));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(Cli, CheckUnreadableFileExitsTwo)
{
    const auto r = runRollwise({QStringLiteral("--check"), QStringLiteral("/nonexistent/routine.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/nonexistent/routine.json: file does not exist")));
}

TEST(Cli, PlanPrintsTheBuiltInTimelineAsJson)
{
    const auto r = runRollwise({QStringLiteral("--plan")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError err{};
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &err).object();
    ASSERT_EQ(err.error, QJsonParseError::NoError);
    EXPECT_EQ(doc.value(QStringLiteral("routine")).toString(), QStringLiteral("Lower-back relief"));
    EXPECT_EQ(doc.value(QStringLiteral("totalMs")).toInteger(), 844000);
    const QJsonArray cues = doc.value(QStringLiteral("cues")).toArray();
    ASSERT_GT(cues.size(), 40);
    const QJsonObject first = cues.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("cue")).toString(), QStringLiteral("get-ready"));
    EXPECT_EQ(first.value(QStringLiteral("technique")).toString(), QStringLiteral("glutes"));
    EXPECT_EQ(first.value(QStringLiteral("side")).toString(), QStringLiteral("right"));
    EXPECT_EQ(first.value(QStringLiteral("holdMs")).toInteger(), 30000);
    EXPECT_EQ(first.value(QStringLiteral("rollMs")).toInteger(), 60000);
    qint64 last = -1;
    for (const QJsonValue& v : cues) {
        const qint64 offset = v.toObject().value(QStringLiteral("offsetMs")).toInteger();
        EXPECT_GE(offset, last);
        last = offset;
    }
    EXPECT_EQ(cues.last().toObject().value(QStringLiteral("cue")).toString(), QStringLiteral("session-complete"));
    EXPECT_EQ(last, 844000);
}

TEST(Cli, PlanForARoutineFileAndForAnInvalidOne)
{
    const auto ok = runRollwise({QStringLiteral("--plan"), data("valid-with-warning.json")});
    ASSERT_EQ(ok.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    // thoracic: 5 + 45 + 40 + 3 + rest 15; glutes right only: 5 + 60 + 30 + 3
    EXPECT_EQ(doc.value(QStringLiteral("totalMs")).toInteger(), 206000);
    const auto bad = runRollwise({QStringLiteral("--plan"), data("invalid.json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.isEmpty());
}

TEST(Cli, ExportRoutineWritesATemplateThatChecksClean)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("template.json"));
    const auto r = runRollwise({QStringLiteral("--export-routine"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto check = runRollwise({QStringLiteral("--check"), out});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.err.isEmpty()) << check.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(doc.value(QStringLiteral("exercises")).toArray().size(), 5);
    EXPECT_EQ(doc.value(QStringLiteral("version")).toInt(), 1);

    const auto fromFile = runRollwise({QStringLiteral("--export-routine"), dir.filePath(QStringLiteral("copy.json")),
                                   data("valid-with-warning.json")});
    EXPECT_EQ(fromFile.exitCode, 0);
}

TEST(Cli, ExportToAnUnwritablePlaceFailsClearly)
{
    const auto r = runRollwise({QStringLiteral("--export-routine"), QStringLiteral("/nonexistent-dir/out.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("/nonexistent-dir/out.json: cannot be"))) << r.err.toStdString();
}

TEST(Cli, HelpVersionAndUsageErrors)
{
    const auto help = runRollwise({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* option : {"--check", "--plan", "--export-routine", "--version"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(option))) << option;
    const auto version = runRollwise({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("Rollwise " ROLLWISE_VERSION));
    const auto unknown = runRollwise({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown option 'frobnicate'")));
    const auto both = runRollwise({QStringLiteral("--plan"), QStringLiteral("--check"), data("invalid.json")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("only one of")));
}

TEST(Cli, SnapshotRendersTheRequestedViewWithoutADisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("glutes.png"));
    const auto r = runRollwise({QStringLiteral("--snapshot"), png, QStringLiteral("--technique"), QStringLiteral("glutes"),
                                QStringLiteral("--view"), QStringLiteral("pose"), QStringLiteral("--side"), QStringLiteral("left"),
                                QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--at"), QStringLiteral("12.5")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    QFile f(png);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\x89PNG"));
    // Width and height from the IHDR chunk.
    EXPECT_EQ(qFromBigEndian<quint32>(bytes.constData() + 16), 640u);
    EXPECT_EQ(qFromBigEndian<quint32>(bytes.constData() + 20), 360u);
}

TEST(Cli, SnapshotProblemsAreExplained)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const auto unknown = runRollwise({QStringLiteral("--snapshot"), png, QStringLiteral("--technique"), QStringLiteral("neck")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown technique \"neck\" (expected one of: glutes,")));
    const auto side = runRollwise({QStringLiteral("--snapshot"), png, QStringLiteral("--technique"),
                                   QStringLiteral("thoracic-spine"), QStringLiteral("--side"), QStringLiteral("left")});
    EXPECT_EQ(side.exitCode, 1);
    EXPECT_TRUE(side.err.contains(QStringLiteral("works both sides at once"))) << side.err.toStdString();
    const auto size = runRollwise({QStringLiteral("--snapshot"), png, QStringLiteral("--size"), QStringLiteral("huge")});
    EXPECT_EQ(size.exitCode, 2);
    EXPECT_TRUE(size.err.contains(QStringLiteral("expected WIDTHxHEIGHT")));
    const auto view = runRollwise({QStringLiteral("--snapshot"), png, QStringLiteral("--view"), QStringLiteral("top")});
    EXPECT_EQ(view.exitCode, 1);
    EXPECT_TRUE(view.err.contains(QStringLiteral("unknown view \"top\"")));
    EXPECT_FALSE(QFile::exists(png));
}

namespace {
QString writeRoutine(const QTemporaryDir& dir, const char* name, const QByteArray& json)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json);
    return path;
}

// The issue's "Low back roll": steps about the lower back, no target, a path beside the glutes.
const QByteArray kLowBackRoll = R"({"format": "rollwise-routine", "version": 1, "title": "Low back",
  "customTechniques": [{"id": "low-back-roll", "name": "Low back roll", "primaryTargets": [], "perSide": false,
    "steps": ["Place the roller under your lower back.", "Roll your lower back slowly."],
    "paths": [{"view": "posterior", "side": "right", "points": [[11.5, 97.5], [12.2, 93]], "widthCm": 5}]}],
  "exercises": [{"technique": "glutes"}, {"technique": "low-back-roll"}]})";
} // namespace

TEST(Cli, TheLowBackRollIsRefusedByCheckAndByExportPdf)
{
    QTemporaryDir dir;
    const QString routine = writeRoutine(dir, "low-back.json", kLowBackRoll);
    const auto check = runRollwise({QStringLiteral("--check"), routine});
    EXPECT_EQ(check.exitCode, 1);
    for (const char* expected : {": customTechniques[0].primaryTargets: custom technique 1 \"Low back roll\" (used by "
                                 "exercise 2): no primary target muscle",
                                 ": customTechniques[0].name: custom technique 1 \"Low back roll\" (used by exercise 2): "
                                 "name \"Low back roll\" names the lower back",
                                 ": customTechniques[0].steps[1]: custom technique 1 \"Low back roll\" (used by exercise "
                                 "2): tells the reader to roll the lower back: \"Roll your lower back slowly.\""})
        EXPECT_TRUE(check.err.contains(routine + QString::fromUtf8(expected))) << expected << "\n" << check.err.toStdString();
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto exported = runRollwise({QStringLiteral("--export-pdf"), pdf, routine});
    EXPECT_EQ(exported.exitCode, 1) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(Cli, ExportPdfRefusesSheetFieldsLongerThanTheSheetHoldsAndWritesNothing)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto notes = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--notes"),
                                    QString(100 * 1024, QLatin1Char('n'))});
    EXPECT_EQ(notes.exitCode, 2);
    EXPECT_EQ(notes.err.trimmed(), QStringLiteral("error: --notes: 102400 characters, at most 1000 fit on the sheet"));
    EXPECT_FALSE(QFile::exists(pdf));
    const auto patient = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--patient"),
                                      QString(81, QLatin1Char('p'))});
    EXPECT_EQ(patient.exitCode, 2);
    EXPECT_EQ(patient.err.trimmed(), QStringLiteral("error: --patient: 81 characters, at most 80 fit on the sheet"));
    EXPECT_FALSE(QFile::exists(pdf));
    const auto twoLines = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--clinician"),
                                       QStringLiteral("Dr A\nDr B")});
    EXPECT_EQ(twoLines.exitCode, 2);
    EXPECT_TRUE(twoLines.err.contains(QStringLiteral("error: --clinician: contains a line break")));
    // At the limits the sheet is written.
    const auto fits = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--clinician"), QString(80, QLatin1Char('W')),
                                   QStringLiteral("--notes"), QString(1000, QLatin1Char('W'))});
    EXPECT_EQ(fits.exitCode, 0) << fits.err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST(Cli, PlanRefusesRollPhasesOutsideTheTenToSixHundredSecondsOfRollSeconds)
{
    QTemporaryDir dir;
    const QString routine = writeRoutine(dir, "passes.json", R"({"format": "rollwise-routine", "version": 1, "title": "P",
        "exercises": [{"technique": "glutes", "passes": 1}]})");
    const auto r = runRollwise({QStringLiteral("--plan"), routine});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(routine + QStringLiteral(": exercises[0].passes: 1 passes of this"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(Cli, CheckRefusesDuplicateKeys)
{
    QTemporaryDir dir;
    const QString routine = writeRoutine(dir, "dup.json", R"({"format": "rollwise-routine", "version": 1, "title": "D",
"exercises": [{"technique": "glutes", "holdSeconds": 20, "holdSeconds": 120}]})");
    const auto r = runRollwise({QStringLiteral("--check"), routine});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("error: ") + routine
                                   + QStringLiteral(": exercises[0]: key \"holdSeconds\" appears twice (again at line 2, "
                                                    "column 58) (expected each key at most once per object)"));
}

// The clinic on an exported sheet: the routine file's own, else the one in Clinic Details (the app's settings);
// --next-review puts the date of the next visit on every page, and a date that is not one is refused.
TEST(Cli, ExportPdfPrintsTheClinicFromTheRoutineOrFromSettingsAndTheNextReview)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("config/Rollwise"));
    {
        QFile ini(dir.filePath(QStringLiteral("config/Rollwise/Rollwise.conf")));
        ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
        ini.write("[clinic]\nname=Settings Street Clinic\nphone=0123 456\n");
    }
    const QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config"))};
    auto text = [](const QString& pdf) {
        return rollwise::test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    };
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto bad = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--next-review"),
                                  QStringLiteral("2027-02-30")}, env);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err.trimmed(), QStringLiteral("rollwise: --next-review 2027-02-30: expected a date, YYYY-MM-DD"));
    EXPECT_FALSE(QFile::exists(pdf));

    const auto fromSettings = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--next-review"),
                                           QStringLiteral("2027-01-15")}, env);
    ASSERT_EQ(fromSettings.exitCode, 0) << fromSettings.err.toStdString();
    const QString withSettings = text(pdf);
    EXPECT_TRUE(withSettings.contains(QStringLiteral("Settings Street Clinic"))) << withSettings.toStdString();
    EXPECT_TRUE(withSettings.contains(QStringLiteral("0123 456")));
    EXPECT_TRUE(withSettings.contains(QStringLiteral("Next review:")));
    EXPECT_TRUE(withSettings.contains(QStringLiteral("2027")));

    // A routine that names its clinic prints that one, not the settings'.
    QFile example(QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    QJsonObject routine = QJsonDocument::fromJson(example.readAll()).object();
    routine.insert(QStringLiteral("clinic"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Routine Own Clinic")}});
    const QString routinePath = dir.filePath(QStringLiteral("routine.json"));
    {
        QFile out(routinePath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(routine).toJson());
    }
    const auto own = runRollwise({QStringLiteral("--export-pdf"), pdf, routinePath}, env);
    ASSERT_EQ(own.exitCode, 0) << own.err.toStdString();
    const QString withOwn = text(pdf);
    EXPECT_TRUE(withOwn.contains(QStringLiteral("Routine Own Clinic")));
    EXPECT_FALSE(withOwn.contains(QStringLiteral("Settings Street Clinic")));
}

TEST(Cli, ListenNamesTheRecordingAndWhatIsWrongWithIt)
{
    const auto missing = runRollwise({QStringLiteral("--listen"), QStringLiteral("/nonexistent/take.wav")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/nonexistent/take.wav: cannot be read"))) << missing.err.toStdString();
    EXPECT_TRUE(missing.out.isEmpty());
    // Not a WAV at all: a routine file given by mistake.
    const auto notWav = runRollwise({QStringLiteral("--listen"), data("valid-with-warning.json")});
    EXPECT_EQ(notWav.exitCode, 2);
    EXPECT_TRUE(notWav.err.contains(QStringLiteral("not a WAV file"))) << notWav.err.toStdString();
    const auto extra = runRollwise({QStringLiteral("--listen"), QStringLiteral("a.wav"), QStringLiteral("b.json")});
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(extra.err.contains(QStringLiteral("--listen takes the recording as its value"))) << extra.err.toStdString();
}

TEST(Cli, TwoCommandsAtOnceAreRefusedNamingEveryCommand)
{
    const auto r = runRollwise({QStringLiteral("--check"), data("valid-with-warning.json"), QStringLiteral("--listen"),
                                QStringLiteral("take.wav")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "use only one of --check, --plan, --export-routine, --snapshot, --export-pdf, --listen at a time")))
        << r.err.toStdString();
}
