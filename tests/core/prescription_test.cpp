// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician's prescription (sessions a week, sets, default hold and roll, next review) and the clinic with
// its logo: read, checked with the file/exercise/field/range error style, written back, and timed by the plan.
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/session_engine.h"
#include "core/session_plan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

RoutineLoad load(const QByteArray& json, const QString& name = QStringLiteral("r.json"))
{
    RoutineReader reader(content());
    reader.setToday(QDate(2026, 12, 4));
    return reader.readBytes(json, name);
}

QByteArray routineWith(const QByteArray& exercises, const QByteArray& extraRoot = {})
{
    return R"({"format": "rollwise-routine", "version": 1, "title": "Test", )" + extraRoot + R"("exercises": [)"
           + exercises + "]}";
}

std::vector<std::string> messages(const Diagnostics& d, Severity severity)
{
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items())
        if (x.severity == severity)
            out.push_back(x.toString().toStdString());
    return out;
}
} // namespace

TEST(Prescription, RoutineDefaultsFillExercisesThatGiveNoTimesOfTheirOwn)
{
    const auto l = load(routineWith(R"({"technique": "hamstrings"}, {"technique": "glutes", "holdSeconds": 25,
                                        "sets": 3, "sessionsPerWeek": 4})",
                                    R"("sessionsPerWeek": 3, "sets": 2, "holdSeconds": 20, "rollSeconds": 45,
                                       "nextReview": "2027-01-15", )"));
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    const Routine& r = *l.routine;
    EXPECT_EQ(r.sessionsPerWeek, 3);
    EXPECT_EQ(r.nextReview, QDate(2027, 1, 15));
    EXPECT_EQ(r.exercises[0].holdSeconds, 20);
    EXPECT_EQ(r.exercises[0].rollSeconds, 45);
    EXPECT_EQ(r.setsOf(r.exercises[0]), 2);
    EXPECT_EQ(r.sessionsPerWeekOf(r.exercises[0]), 3);
    EXPECT_EQ(r.exercises[1].holdSeconds, 25);
    EXPECT_EQ(r.setsOf(r.exercises[1]), 3);
    EXPECT_EQ(r.sessionsPerWeekOf(r.exercises[1]), 4);
    // A new exercise in the editor starts from the routine's hold and roll too.
    const Exercise added = r.newExercise(QStringLiteral("hip-flexors"), content());
    EXPECT_EQ(added.holdSeconds, 20);
    EXPECT_EQ(added.rollSeconds, 45);
}

TEST(Prescription, OutOfRangeValuesNameTheFileTheExerciseAndTheRange)
{
    const auto l = load(routineWith(R"({"technique": "hamstrings", "sets": 11}, {"technique": "hip-flexors", "sessionsPerWeek": 0})",
                                    R"("sets": 0, "sessionsPerWeek": 15, "holdSeconds": 2, "rollSeconds": 601, "nextReview": "soon", )"));
    EXPECT_FALSE(l.routine);
    const auto errors = messages(l.diagnostics, Severity::Error);
    const std::string all = l.diagnostics.toText().toStdString();
    for (const char* expected : {"r.json: sets: 0 is out of range (expected 1 to 10 sets)",
                                 "r.json: sessionsPerWeek: 15 is out of range (expected 1 to 14 sessions a week)",
                                 "r.json: holdSeconds: 2 is out of range (expected 5 to 120 seconds)",
                                 "r.json: rollSeconds: 601 is out of range (expected 10 to 600 seconds)",
                                 "r.json: nextReview: \"soon\" is not a date (expected YYYY-MM-DD, the day of the next review)",
                                 "exercises[0].sets: 11 is out of range (expected 1 to 10 sets)",
                                 "exercises[1].sessionsPerWeek: 0 is out of range (expected 1 to 14 sessions a week)"})
        EXPECT_NE(all.find(expected), std::string::npos) << expected << "\n" << all;
    EXPECT_EQ(errors.size(), 7u) << all;
    // An invalid routine default is reported once, not again for each exercise that would inherit it.
    EXPECT_EQ(all.find("exercises[0].holdSeconds"), std::string::npos) << all;
}

TEST(Prescription, FrequencyOutsideTheArticlesAdviceIsAWarning)
{
    const auto l = load(routineWith(R"({"technique": "hamstrings", "sessionsPerWeek": 7})", R"("sessionsPerWeek": 2, )"));
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    const auto warnings = messages(l.diagnostics, Severity::Warning);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_NE(warnings[0].find("2 sessions a week is outside the article's advice (expected 3-5 sessions a week)"),
              std::string::npos)
        << warnings[0];
}

TEST(Prescription, SetsRepeatEverySideInThePlan)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.resize(1); // glutes: left and right
    const Ms once = SessionPlan::build(r, content()).totalDuration();
    r.exercises[0].sets = 3;
    const SessionPlan plan = SessionPlan::build(r, content());
    int rolls = 0, lastSet = -1;
    for (const Segment& s : plan.segments())
        if (s.phase == Phase::Roll) {
            ++rolls;
            lastSet = s.set;
        }
    EXPECT_EQ(rolls, 3 * int(plan.exercises()[0].sides.size()));
    EXPECT_EQ(lastSet, 2);
    const ExerciseTiming& t = plan.exercises()[0];
    const qint64 sides = qint64(t.sides.size());
    const Ms perSet = (t.roll + t.hold + t.release) * sides + t.transition * (sides - 1);
    // Each extra set adds its sides' rolling and holds and one switch back to the first side.
    EXPECT_EQ(plan.totalDuration() - once, 2 * (perSet + t.transition));
}

TEST(Prescription, TheEngineSaysWhichSetIsUnderWay)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.resize(2);
    r.exercises[0].sets = 2; // the second exercise keeps one set
    ManualClock clock;
    SessionEngine engine(SessionPlan::build(r, content()), clock);
    EXPECT_EQ(engine.set(), 0);
    EXPECT_EQ(engine.setCount(), 0);
    engine.start();
    std::vector<std::pair<int, int>> rounds; // (exercise, set) at each roll
    for (int guard = 0; guard < 100 && engine.isRunning(); ++guard) {
        if (engine.phase() == Phase::Roll) {
            EXPECT_EQ(engine.setCount(), engine.exerciseIndex() == 0 ? 2 : 1);
            rounds.emplace_back(engine.exerciseIndex(), engine.set());
        }
        engine.skip();
    }
    const std::vector<std::pair<int, int>> expected{{0, 1}, {0, 1}, {0, 2}, {0, 2}, {1, 1}, {1, 1}};
    EXPECT_EQ(rounds, expected);
    EXPECT_EQ(engine.set(), 0) << "the finished session is in no set";
}

TEST(Prescription, TheWholeRoutineRoundTripsThroughTheWriter)
{
    QTemporaryDir dir;
    QFile logo(dir.filePath(QStringLiteral("logo.svg")));
    ASSERT_TRUE(logo.open(QIODevice::WriteOnly));
    logo.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>)");
    logo.close();
    Routine r = Routine::defaultRoutine(content());
    r.sessionsPerWeek = 4;
    r.sets = 2;
    r.holdSeconds = 20;
    r.rollSeconds = 40;
    r.nextReview = QDate(2027, 2, 1);
    r.clinic = Clinic{QStringLiteral("Physio am Park"), QStringLiteral("Parkstr. 1, Berlin"), QStringLiteral("+49 30 123"),
                      {}, logo.fileName()};
    r.exercises[1].sets = 1;
    r.exercises[2].sessionsPerWeek = 5;
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    ASSERT_EQ(RoutineWriter::save(r, path), QString());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains(R"("logo": "logo.svg")")) << "the logo is written relative to the routine";
    RoutineReader reader(content());
    const RoutineLoad back = reader.readFile(path);
    ASSERT_TRUE(back.routine) << back.diagnostics.toText().toStdString();
    EXPECT_EQ(back.routine->clinic, r.clinic);
    EXPECT_EQ(back.routine->nextReview, r.nextReview);
    EXPECT_EQ(back.routine->sets, 2);
    EXPECT_EQ(back.routine->sessionsPerWeek, 4);
    EXPECT_EQ(back.routine->holdSeconds, 20);
    EXPECT_EQ(back.routine->rollSeconds, 40);
    EXPECT_EQ(back.routine->exercises, r.exercises);
}

TEST(Prescription, ABadLogoIsAnErrorNamingTheFile)
{
    QTemporaryDir dir;
    auto write = [&](const char* name, const QByteArray& bytes) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString routineFile = dir.filePath(QStringLiteral("r.json"));
    auto problem = [&](const QByteArray& logo) {
        const auto l = load(routineWith(R"({"technique": "hamstrings"})", R"("clinic": {"name": "Clinic", "logo": ")" + logo + R"("}, )"),
                            routineFile);
        EXPECT_FALSE(l.routine) << logo.toStdString();
        return l.diagnostics.toText().toStdString();
    };
    write("huge.png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(RoutineLimits::kMaxLogoBytes, 'x'));
    write("text.png", "hello");
    write("page.svg", "<html><body/></html>");
    QDir(dir.path()).mkdir(QStringLiteral("folder.png"));
    // A hostile file could name a pipe (reading it would hang) or a device (it never ends).
    ASSERT_EQ(mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.png"))).constData(), 0600), 0);
    const std::string expectation = "(expected a PNG or SVG image of at most 1048576 bytes)";
    for (const auto& [logo, what] : std::vector<std::pair<QByteArray, std::string>>{
             {"missing.png", "missing.png does not exist"},
             {"huge.png", "huge.png is 1048584 bytes"},
             {"text.png", "text.png is not a PNG or SVG image"},
             {"page.svg", "page.svg is XML but not SVG (its first element is <html>)"},
             {"folder.png", "folder.png is a folder, not an image"},
             {"pipe.png", "pipe.png is a device or a pipe, not an image file"}}) {
        const std::string text = problem(logo);
        EXPECT_NE(text.find("clinic.logo: " + dir.path().toStdString() + "/" + what + " " + expectation), std::string::npos)
            << text;
    }
    EXPECT_NE(problem("/dev/zero").find("clinic.logo: /dev/zero is a device or a pipe, not an image file"), std::string::npos);
    write("fine.png", QByteArray("\x89PNG\r\n\x1a\n", 8) + "IHDR");
    const auto l = load(routineWith(R"({"technique": "hamstrings"})", R"("clinic": {"name": "Clinic", "logo": "fine.png"}, )"),
                        routineFile);
    EXPECT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
}

TEST(Prescription, ClinicLinesFitTheSheet)
{
    const QByteArray longName(SheetTextLimits::kClinicName + 1, 'N');
    const auto l = load(routineWith(R"({"technique": "hamstrings"})",
                                    R"("clinic": {"name": ")" + longName + R"(", "phone": "1\n2", "fax": "3"}, )"));
    EXPECT_FALSE(l.routine);
    const std::string all = l.diagnostics.toText().toStdString();
    EXPECT_NE(all.find("clinic.name: text is 81 characters long"), std::string::npos) << all;
    EXPECT_NE(all.find("clinic.phone: text contains a line break"), std::string::npos) << all;
    EXPECT_NE(all.find("fax"), std::string::npos) << "unknown keys are reported: " << all;
}

TEST(Prescription, OneRuleSetForTheClinicOfAFileAndOfSettings)
{
    // Clinic Details (Settings) and a routine file's "clinic" are judged by the same function.
    Clinic c;
    c.name = QString(81, QLatin1Char('N'));
    c.phone = QStringLiteral("0123\n456");
    c.logo = c.logoFile = QStringLiteral("/nonexistent/logo.png");
    const Diagnostics d = RoutineReader::checkClinic(c, QStringLiteral("Clinic Details"));
    std::vector<QString> paths;
    for (const Diagnostic& item : d.items()) {
        EXPECT_EQ(item.file, u"Clinic Details");
        EXPECT_EQ(item.severity, Severity::Error);
        paths.push_back(item.path);
    }
    EXPECT_EQ(paths, (std::vector<QString>{QStringLiteral("clinic.name"), QStringLiteral("clinic.phone"), QStringLiteral("clinic.logo")}));

    Routine r = Routine::defaultRoutine(ContentLibrary::builtIn());
    r.clinic = c;
    const Diagnostics file = RoutineReader(ContentLibrary::builtIn()).validate(r, QStringLiteral("routine.json"));
    int clinicErrors = 0;
    for (const Diagnostic& item : file.items())
        clinicErrors += item.path.startsWith(QStringLiteral("clinic.")) ? 1 : 0;
    EXPECT_EQ(clinicErrors, 3) << file.toText().toStdString() << "each once, not twice";

    c = Clinic();
    c.name = QStringLiteral("Riverside Physiotherapy");
    EXPECT_TRUE(RoutineReader::checkClinic(c, QStringLiteral("Clinic Details")).empty());
}
