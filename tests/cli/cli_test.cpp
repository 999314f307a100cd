// Runs the real rollwise executable as a process, with no display, the way scripts and CI use it.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun rollwise(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless commands must not need any display at all.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/rollwise-cli-test"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLLWISE_EXE), args);
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char* name)
{
    return QStringLiteral(ROLLWISE_TEST_DATA "/") + QString::fromLatin1(name);
}
} // namespace

TEST(Cli, CheckValidRoutineExitsZeroAndReportsWarningsOnStderr)
{
    const CliRun r = rollwise({QStringLiteral("--check"), data("valid-with-warning.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("valid routine \"Gentle start\""))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: ") + data("valid-with-warning.json")
                               + QStringLiteral(": exercises[0].holdSeconds: a 40 s hold is outside the recommended range")))
        << r.err.toStdString();
}

TEST(Cli, CheckInvalidRoutineExitsOneWithEachErrorOnItsOwnLine)
{
    const CliRun r = rollwise({QStringLiteral("--check"), data("invalid.json")});
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
    const CliRun r = rollwise({QStringLiteral("--check"), QStringLiteral("/nonexistent/routine.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/nonexistent/routine.json: file does not exist")));
}

TEST(Cli, PlanPrintsTheBuiltInTimelineAsJson)
{
    const CliRun r = rollwise({QStringLiteral("--plan")});
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
    const CliRun ok = rollwise({QStringLiteral("--plan"), data("valid-with-warning.json")});
    ASSERT_EQ(ok.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    // thoracic: 5 + 45 + 40 + 3 + rest 15; glutes right only: 5 + 60 + 30 + 3
    EXPECT_EQ(doc.value(QStringLiteral("totalMs")).toInteger(), 206000);
    const CliRun bad = rollwise({QStringLiteral("--plan"), data("invalid.json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.isEmpty());
}

TEST(Cli, ExportRoutineWritesATemplateThatChecksClean)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("template.json"));
    const CliRun r = rollwise({QStringLiteral("--export-routine"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const CliRun check = rollwise({QStringLiteral("--check"), out});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.err.isEmpty()) << check.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(doc.value(QStringLiteral("exercises")).toArray().size(), 5);
    EXPECT_EQ(doc.value(QStringLiteral("version")).toInt(), 1);

    const CliRun fromFile = rollwise({QStringLiteral("--export-routine"), dir.filePath(QStringLiteral("copy.json")),
                                   data("valid-with-warning.json")});
    EXPECT_EQ(fromFile.exitCode, 0);
}

TEST(Cli, ExportToAnUnwritablePlaceFailsClearly)
{
    const CliRun r = rollwise({QStringLiteral("--export-routine"), QStringLiteral("/nonexistent-dir/out.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("/nonexistent-dir/out.json: cannot be"))) << r.err.toStdString();
}

TEST(Cli, HelpVersionAndUsageErrors)
{
    const CliRun help = rollwise({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* option : {"--check", "--plan", "--export-routine", "--version"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(option))) << option;
    const CliRun version = rollwise({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("Rollwise " ROLLWISE_VERSION));
    const CliRun unknown = rollwise({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown option 'frobnicate'")));
    const CliRun both = rollwise({QStringLiteral("--plan"), QStringLiteral("--check"), data("invalid.json")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("only one of")));
}
