// SPDX-License-Identifier: GPL-3.0-or-later
// The routine rules that are not geometry: passes obey the roll limits, a session has a maximum length,
// duplicate keys are refused, clinician-written techniques are worded and targeted safely, the clearance is
// read, checked and written back, and printed texts are no longer than the sheet holds. Each rule is checked
// for a file on disk (readBytes) and, where the editor can produce it, for a routine in memory (validate).
#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/routine_reader.h"
#include "core/routine_technique_rules.h"
#include "core/routine_writer.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

RoutineLoad load(const QByteArray& json, QDate today = QDate(2026, 12, 4))
{
    RoutineReader reader(content());
    reader.setToday(today);
    return reader.readBytes(json, QStringLiteral("r.json"));
}

QByteArray routineWith(const QByteArray& exercises, const QByteArray& extraRoot = {})
{
    return R"({"format": "rollwise-routine", "version": 1, "title": "Test", )" + extraRoot + R"("exercises": [)"
           + exercises + "]}";
}

std::vector<std::string> errors(const Diagnostics& d)
{
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items())
        if (x.severity == Severity::Error)
            out.push_back(x.toString().toStdString());
    return out;
}

std::string joined(const Diagnostics& d)
{
    return d.toText().toStdString();
}

// The issue's "Low back roll": a custom technique about the lower back, with no target, beside a glute pose.
const QByteArray kLowBackRoll = R"({"id": "low-back-roll", "name": "Low back roll", "primaryTargets": [],
    "perSide": false, "steps": ["Lie on your back and place the roller under your lower back.",
    "Roll your lower back slowly up and down."],
    "paths": [{"view": "posterior", "side": "right", "points": [[11.5, 97.5], [12.2, 93]], "widthCm": 5}]})";
} // namespace

TEST(RoutineRules, PassesGiveTheSameTenToSixHundredSecondsAsRollSeconds)
{
    const Routine probe = Routine::defaultRoutine(content());
    Exercise e;
    e.techniqueId = QStringLiteral("glutes");
    e.passes = 1;
    const double cm = probe.passLengthCm(e, content());
    ASSERT_GT(cm, 1.0);
    // One pass of the glutes path is a few seconds: no rolling at all.
    const RoutineLoad one = load(routineWith(R"({"technique": "glutes", "passes": 1})"));
    ASSERT_EQ(errors(one.diagnostics).size(), 1u) << joined(one.diagnostics);
    EXPECT_NE(errors(one.diagnostics)[0].find("r.json: exercises[0].passes: 1 passes of this"), std::string::npos)
        << errors(one.diagnostics)[0];
    EXPECT_NE(errors(one.diagnostics)[0].find("10 to 600 seconds of rolling per side"), std::string::npos);
    const int fewest = int(std::ceil(10 * content().dosage().paceCmPerSecond / cm));
    EXPECT_NE(errors(one.diagnostics)[0].find(QStringLiteral("%1 to ").arg(fewest).toStdString()), std::string::npos);
    // The fewest passes that roll for ten seconds load, one fewer does not.
    EXPECT_TRUE(load(routineWith(QStringLiteral(R"({"technique": "glutes", "passes": %1})").arg(fewest).toUtf8())).routine);
    if (fewest > 1) {
        EXPECT_FALSE(load(routineWith(QStringLiteral(R"({"technique": "glutes", "passes": %1})").arg(fewest - 1).toUtf8())).routine);
    }
}

TEST(RoutineRules, PassesOverALongPathCannotRollForHours)
{
    // A 500 cm custom path (the reader's coordinate bounds allow it) at 50 passes: almost 10 000 s per side.
    const QByteArray custom = R"("customTechniques": [{"id": "long", "name": "Long", "primaryTargets": ["hamstrings"],
        "perSide": false, "steps": ["Roll slowly."],
        "paths": [{"view": "posterior", "side": "centre", "points": [[0, 10], [0, 260], [0, 10]], "widthCm": 4}]}], )";
    const RoutineLoad l = load(routineWith(R"({"technique": "long", "passes": 50})", custom));
    EXPECT_FALSE(l.routine);
    EXPECT_NE(joined(l.diagnostics).find("exercises[0].passes: 50 passes of this 500.0 cm path take 9842.5 s of rolling"),
              std::string::npos)
        << joined(l.diagnostics);
}

TEST(RoutineRules, AWholeSessionLastsAtMostTwoHours)
{
    QByteArray many;
    for (int i = 0; i < 12; ++i)
        many += QByteArray(i ? ", " : "") + R"({"technique": "hamstrings", "rollSeconds": 600, "restSeconds": 0})";
    const RoutineLoad l = load(routineWith(many));
    ASSERT_EQ(errors(l.diagnostics).size(), 1u) << joined(l.diagnostics);
    EXPECT_EQ(errors(l.diagnostics)[0],
              "r.json: exercises: the whole session takes 2:07:36 (h:mm:ss) when nobody presses anything (expected at "
              "most 2:00:00 for one session)");
    // The editor builds routines in memory: the same rule applies.
    Routine r = Routine::defaultRoutine(content());
    Exercise longRoll;
    longRoll.techniqueId = QStringLiteral("hamstrings");
    longRoll.holdSeconds = 30;
    longRoll.rollSeconds = 600;
    longRoll.transitionSeconds = 5;
    r.exercises.assign(12, longRoll);
    EXPECT_NE(joined(RoutineReader(content()).validate(r, QStringLiteral("r.json"))).find("at most 2:00:00"), std::string::npos);
    r.exercises.resize(11);
    EXPECT_FALSE(RoutineReader(content()).validate(r, QStringLiteral("r.json")).hasErrors());
}

TEST(RoutineRules, DuplicateKeysAreRefusedWithTheirPath)
{
    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"}, {"technique": "lats"},
        {"technique": "glutes", "holdSeconds": 20, "holdSeconds": 120})")).diagnostics),
              std::vector<std::string>{"r.json: exercises[2]: key \"holdSeconds\" appears twice (again at line 2, column "
                                       "52) (expected each key at most once per object)"});
    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"})", R"("title": "Other", )")).diagnostics),
              std::vector<std::string>{"r.json: key \"title\" appears twice (again at line 1, column 63) (expected "
                                       "each key at most once per object)"});
    // Escapes spell the same key; Qt decodes them, so must the scan.
    EXPECT_FALSE(load(routineWith(R"({"technique": "glutes", "no\u0074es": "a", "notes": "b"})")).routine);
    // The same key in different objects, and keys inside strings, are fine.
    const RoutineLoad fine = load(routineWith(R"({"technique": "glutes", "notes": "\"notes\": {\"x\": 1, \"x\": 2}"},
        {"technique": "lats", "notes": "x"})"));
    EXPECT_TRUE(fine.routine) << joined(fine.diagnostics);
}

TEST(RoutineRules, DuplicateKeyScanFindsDeepPathsAndIgnoresArrays)
{
    const auto dup = findDuplicateKey(R"({"a": [1, "x", {"b": [[], {"c": 1, "d": 2, "c": 3}]}]})");
    ASSERT_TRUE(dup);
    EXPECT_EQ(dup->path, QStringLiteral("a[2].b[1]"));
    EXPECT_EQ(dup->key, QStringLiteral("c"));
    EXPECT_FALSE(findDuplicateKey(R"({"a": ["a", "a"], "b": {"a": 1}})"));
    EXPECT_FALSE(findDuplicateKey("{\"a\": \"\\\\\", \"b\": 1}"));
}

TEST(RoutineRules, TheIssuesLowBackRollIsRefusedForEveryReason)
{
    const RoutineLoad l = load(routineWith(R"({"technique": "glutes"}, {"technique": "low-back-roll"})",
                                           "\"customTechniques\": [" + kLowBackRoll + "], "));
    EXPECT_FALSE(l.routine);
    const std::string text = joined(l.diagnostics);
    const std::string who = "custom technique 1 \"Low back roll\" (used by exercise 2): ";
    for (const std::string& expected :
         {"r.json: customTechniques[0].primaryTargets: " + who + "no primary target muscle (expected at least one of: glutes, piriformis, psoas, iliacus, hamstrings, thoracic-extensors, lats)",
          "r.json: customTechniques[0].id: " + who + "id \"low-back-roll\" names the lower back",
          "r.json: customTechniques[0].name: " + who + "name \"Low back roll\" names the lower back",
          "r.json: customTechniques[0].steps[0]: " + who + "tells the reader to roll the lower back: \"Lie on your back and place the roller under your lower back.\" (expected text that keeps the roller off the lower back)",
          "r.json: customTechniques[0].steps[1]: " + who + "tells the reader to roll the lower back: \"Roll your lower back slowly up and down.\""})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin:\n" << text;
}

TEST(RoutineRules, TheEditorChecksCustomTechniquesTheSameWay)
{
    Routine r = Routine::defaultRoutine(content());
    Technique t;
    t.id = QStringLiteral("ql-release");
    t.name = QStringLiteral("Release");
    t.primaryTargets = {QStringLiteral("glutes"), QStringLiteral("quadratus-lumborum")};
    t.steps = {QStringLiteral("Roll the lumbar erector spinae gently.")};
    t.paths.push_back({View::Posterior, Side::Centre, {{11.5, 97.5}, {12.2, 93}}, 5.0, 0});
    r.customTechniques.push_back(t);
    const std::string text = joined(RoutineReader(content()).validate(r, QStringLiteral("r.json")));
    EXPECT_NE(text.find("customTechniques[0].primaryTargets[1]: custom technique 1 \"Release\": unknown muscle region \"quadratus-lumborum\""), std::string::npos) << text;
    EXPECT_NE(text.find("customTechniques[0].primaryTargets[1]: custom technique 1 \"Release\": target \"quadratus-lumborum\" is the lower back"), std::string::npos) << text;
    EXPECT_NE(text.find("customTechniques[0].id: custom technique 1 \"Release\": id \"ql-release\" names the lower back"), std::string::npos) << text;
    EXPECT_NE(text.find("customTechniques[0].steps[0]: custom technique 1 \"Release\": tells the reader to roll the lower back"), std::string::npos) << text;
}

TEST(RoutineRules, LowerBackNamesInEnglishAndGerman)
{
    for (const char* name : {"Low back roll", "lower-back", "lumbar_release", "Lumbar erector spinae", "Quadratus lumborum",
                             "QL", "small of the back", "Lendenwirbelsäule", "LWS-Mobilisation", "Unterer Rücken",
                             "den unteren Rücken", "Kreuz", "Kreuzgegend", "Lendenbereich", "lumbale Rückenstrecker"})
        EXPECT_TRUE(namesLowerBack(QString::fromUtf8(name))) << name;
    for (const char* name : {"Thoracic extensors (erector spinae)", "thoracic-extensors", "Glutes", "Kreuzbein-nah",
                             "Überkreuzen", "Brustwirbelsäule", "Oberer Rücken", "Below the back of the knee", "glutes"})
        EXPECT_FALSE(namesLowerBack(QString::fromUtf8(name))) << name;
}

TEST(RoutineRules, StepsThatRollTheLowerBackAndStepsThatWarnAgainstIt)
{
    for (const char* step : {"Roll your lower back.", "Slowly roll the lumbar spine up and down.",
                             "Place the roller under your lower back.", "Lie with the roller across the small of your back.",
                             "Sit down. Then move the roller to your lower back and press.",
                             "Legen Sie die Rolle unter den unteren Rücken.", "Rollen Sie die Lendenwirbelsäule langsam."})
        EXPECT_TRUE(sentenceRollingLowerBack(QString::fromUtf8(step))) << step;
    for (const char* step : {"Crucially, stop before reaching the lumbar spine. Avoid rolling into the lower back curve.",
                             "Never roll the lower back.", "Do not place the roller on your lower back.",
                             "Roll the muscles around the lower back, never the lumbar spine itself.",
                             "Your lower back may feel easier afterwards.",
                             "Hören Sie auf, bevor Sie die Lendenwirbelsäule erreichen. Rollen Sie nicht in die Krümmung "
                             "des unteren Rückens hinein.",
                             "Legen Sie die Rolle unter das Gesäß, neben das Kreuzbein."})
        EXPECT_FALSE(sentenceRollingLowerBack(QString::fromUtf8(step))) << step;
}

TEST(RoutineRules, EveryBuiltInTechniquePassesTheWordingRulesInBothLanguages)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        Diagnostics d;
        const std::optional<ContentLibrary> lib = ContentLibrary::load(language, d);
        ASSERT_TRUE(lib) << d.toText().toStdString();
        Routine r = Routine::defaultRoutine(*lib);
        // As custom techniques, the built-ins meet every rule a clinician's technique has to.
        for (Technique t : lib->techniques()) {
            t.id = QStringLiteral("copy-") + t.id;
            t.custom = true;
            r.customTechniques.push_back(t);
        }
        const Diagnostics v = RoutineReader(*lib).validate(r, QStringLiteral("r.json"));
        EXPECT_FALSE(v.hasErrors()) << language.toStdString() << ":\n" << joined(v);
    }
}

TEST(RoutineRules, ClearanceIsReadCheckedAndWrittenBack)
{
    const QByteArray clearance = R"("clearance": {"clinician": "Dr A. Example", "date": "2026-11-20"}, )";
    const RoutineLoad l = load(routineWith(R"({"technique": "glutes"})", clearance));
    ASSERT_TRUE(l.routine) << joined(l.diagnostics);
    ASSERT_TRUE(l.routine->clearance);
    EXPECT_EQ(l.routine->clearance->clinician, QStringLiteral("Dr A. Example"));
    EXPECT_EQ(l.routine->clearance->date, QDate(2026, 11, 20));
    const RoutineLoad again = load(RoutineWriter::toBytes(*l.routine));
    ASSERT_TRUE(again.routine) << joined(again.diagnostics);
    EXPECT_EQ(again.routine->clearance, l.routine->clearance);

    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"})",
                                      R"("clearance": {"clinician": "Dr A", "date": "2026-12-05"}, )")).diagnostics),
              std::vector<std::string>{"r.json: clearance.date: 2026-12-05 is in the future (expected the day the "
                                       "clinician cleared this routine, today or earlier)"});
    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"})",
                                      R"("clearance": {"clinician": " ", "date": "2026-12-01"}, )")).diagnostics),
              std::vector<std::string>{"r.json: clearance.clinician: no clinician named (expected the name of the "
                                       "clinician who cleared this routine)"});
    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"})",
                                      R"("clearance": {"clinician": "Dr A", "date": "20.11.2026"}, )")).diagnostics),
              std::vector<std::string>{"r.json: clearance.date: \"20.11.2026\" is not a date (expected YYYY-MM-DD, "
                                       "the day the clinician cleared this routine)"});
    EXPECT_EQ(errors(load(routineWith(R"({"technique": "glutes"})", R"("clearance": {"date": "2026-12-01"}, )")).diagnostics),
              std::vector<std::string>{"r.json: clearance.clinician: missing required field (expected a string)"});
    const RoutineLoad old = load(routineWith(R"({"technique": "glutes"})",
                                             R"("clearance": {"clinician": "Dr A", "date": "2025-12-03"}, )"));
    ASSERT_TRUE(old.routine);
    EXPECT_EQ(old.diagnostics.items().at(0).toString().toStdString(),
              "r.json: clearance.date: the clearance of 2025-12-03 is more than a year old (expected a clearance "
              "renewed by the clinician within the last year)");
}

TEST(RoutineRules, PrintedTextsAreNoLongerThanTheSheetHolds)
{
    const QString longTitle(SheetTextLimits::kTitle + 1, QLatin1Char('W'));
    EXPECT_EQ(errors(load(R"({"format": "rollwise-routine", "version": 1, "title": ")" + longTitle.toUtf8()
                          + R"(", "exercises": [{"technique": "glutes"}]})")
                         .diagnostics),
              std::vector<std::string>{QStringLiteral("r.json: title: text is %1 characters long (expected at most %2 "
                                                      "characters, as many as fit on the printed sheet)")
                                           .arg(SheetTextLimits::kTitle + 1)
                                           .arg(SheetTextLimits::kTitle)
                                           .toStdString()});
    Routine r = Routine::defaultRoutine(content());
    r.title = QString(SheetTextLimits::kTitle, QLatin1Char('W'));
    r.patient = QString(SheetTextLimits::kPerson, QLatin1Char('W'));
    r.clinician = r.patient;
    r.notes = QString(SheetTextLimits::kNotes, QLatin1Char('W'));
    r.exercises[0].notes = QString(SheetTextLimits::kExerciseNotes, QLatin1Char('W'));
    EXPECT_FALSE(RoutineReader(content()).validate(r, QStringLiteral("r.json")).hasErrors());
    r.patient += QLatin1Char('W');
    r.notes += QLatin1Char('W');
    r.exercises[0].notes += QLatin1Char('W');
    r.clinician = QStringLiteral("Two\nlines");
    const std::vector<std::string> e = errors(RoutineReader(content()).validate(r, QStringLiteral("r.json")));
    ASSERT_EQ(e.size(), 4u);
    EXPECT_NE(e[0].find("r.json: patient: text is"), std::string::npos);
    EXPECT_EQ(e[1], "r.json: clinician: text contains a line break (expected one line of text)");
    EXPECT_NE(e[2].find("r.json: notes: text is"), std::string::npos);
    EXPECT_NE(e[3].find("r.json: exercises[0].notes: text is"), std::string::npos);
    EXPECT_EQ(SheetTextLimits::tooLong(2345, 1000).toStdString(), "2345 characters, at most 1000 fit on the sheet");
}

TEST(RoutineRules, PassesAndSecondsConvertBothWaysAtTheSeedsPace)
{
    Routine r = Routine::defaultRoutine(content());
    Exercise e = r.exercises.front();
    const double pathCm = r.passLengthCm(e, content());
    ASSERT_GT(pathCm, 0.0);
    // 60 s at 2.54 cm/s over the glute path, and back: within one pass of the time it came from.
    const int passes = r.passesForSeconds(e, 60, content());
    EXPECT_EQ(passes, int(std::lround(60 * content().dosage().paceCmPerSecond / pathCm)));
    e.rollSeconds.reset();
    e.passes = passes;
    const double back = double(r.rollMilliseconds(e, content())) / 1000.0;
    EXPECT_NEAR(back, 60.0, pathCm / content().dosage().paceCmPerSecond / 2 + 1e-9);
    EXPECT_EQ(r.passesForSeconds(e, 0, content()), 1) << "never zero passes";
    e.techniqueId = QStringLiteral("no-such-technique");
    EXPECT_EQ(r.passesForSeconds(e, 60, content(), 7), 7) << "no path to count on: the fallback";
}
