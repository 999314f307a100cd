// SPDX-License-Identifier: GPL-3.0-or-later
// One test per class of bad input. Every problem must come back as
// "file: path.to.field: what is wrong (expected …)", never as a crash or an exception.
#include "core/content_library.h"
#include "core/routine_reader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
RoutineLoad load(const QByteArray& json)
{
    return RoutineReader(ContentLibrary::builtIn()).readBytes(json, QStringLiteral("r.json"));
}

QByteArray withExercise(const QByteArray& exercise, const QByteArray& extraRoot = {})
{
    return R"({"format": "rollwise-routine", "version": 1, "title": "Test", )" + extraRoot + R"("exercises": [)"
           + exercise + "]}";
}

// Asserts that loading fails with exactly one error, and returns its text.
std::string onlyError(const RoutineLoad& l)
{
    EXPECT_FALSE(l.routine.has_value());
    EXPECT_EQ(l.diagnostics.errorCount(), 1) << l.diagnostics.toText().toStdString();
    for (const Diagnostic& d : l.diagnostics.items())
        if (d.severity == Severity::Error)
            return d.toString().toStdString();
    return {};
}
} // namespace

TEST(RoutineLoader, MinimalRoutineLoadsWithDefaultsFromTheSeed)
{
    const RoutineLoad l = load(withExercise(R"({"technique": "glutes"})"));
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    EXPECT_TRUE(l.diagnostics.empty());
    const Exercise& e = l.routine->exercises.at(0);
    EXPECT_EQ(e.holdSeconds, 30);
    EXPECT_EQ(e.rollSeconds, 60);
    EXPECT_EQ(e.sides, SidesChoice::Both);
}

TEST(RoutineLoader, UnknownTechniqueId)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lower-back"})"))),
              "r.json: exercises[0].technique: unknown technique \"lower-back\" (expected one of: glutes, "
              "hip-flexors, hamstrings, thoracic-spine, lats)");
}

TEST(RoutineLoader, WrongTypes)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "holdSeconds": "thirty"})"))),
              "r.json: exercises[0].holdSeconds: is a string (expected a whole number)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": 7})"))),
              "r.json: exercises[0].technique: is a number (expected a string)");
    EXPECT_EQ(onlyError(load(withExercise(R"("glutes")"))), "r.json: exercises[0]: is a string (expected an object)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "holdSeconds": 12.5})"))),
              "r.json: exercises[0].holdSeconds: 12.5 is not a whole number (expected a whole number)");
}

TEST(RoutineLoader, MissingFields)
{
    EXPECT_EQ(onlyError(load(R"({"format": "rollwise-routine", "version": 1, "exercises": [{"technique": "lats"}]})")),
              "r.json: title: missing required field (expected a string)");
    EXPECT_EQ(onlyError(load(R"({"format": "rollwise-routine", "version": 1, "title": "x"})")),
              "r.json: exercises: missing required field (expected an array)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"holdSeconds": 20})"))),
              "r.json: exercises[0].technique: missing required field (expected a string)");
    EXPECT_EQ(onlyError(load(R"({"version": 1, "title": "x", "exercises": []})")),
              "r.json: format: missing required field (expected a string)");
}

TEST(RoutineLoader, HoldOutsideHardLimitsIsAnErrorOutsideTheSeedsRangeAWarning)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "holdSeconds": 3})"))),
              "r.json: exercises[0].holdSeconds: 3 is out of range (expected 5 to 120 seconds)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "holdSeconds": 121})"))),
              "r.json: exercises[0].holdSeconds: 121 is out of range (expected 5 to 120 seconds)");
    const RoutineLoad l = load(withExercise(R"({"technique": "glutes", "holdSeconds": 45})"));
    ASSERT_TRUE(l.routine);
    ASSERT_EQ(l.diagnostics.warningCount(), 1);
    EXPECT_EQ(l.diagnostics.items()[0].toString().toStdString(),
              "r.json: exercises[0].holdSeconds: a 45 s hold is outside the recommended range (expected 15-30 "
              "seconds on a tender spot)");
    EXPECT_EQ(load(withExercise(R"({"technique": "glutes", "holdSeconds": 10})")).diagnostics.warningCount(), 1);
    EXPECT_TRUE(load(withExercise(R"({"technique": "glutes", "holdSeconds": 15})")).diagnostics.empty());
}

TEST(RoutineLoader, DurationsOutOfBounds)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lats", "rollSeconds": 5})"))),
              "r.json: exercises[0].rollSeconds: 5 is out of range (expected 10 to 600 seconds)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lats", "restSeconds": -1})"))),
              "r.json: exercises[0].restSeconds: -1 is out of range (expected 0 to 300 seconds)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lats", "transitionSeconds": 61})"))),
              "r.json: exercises[0].transitionSeconds: 61 is out of range (expected 3 to 60 seconds)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lats", "passes": 0})"))),
              "r.json: exercises[0].passes: 0 is out of range (expected 1 to 50 passes)");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "lats", "passes": 3, "rollSeconds": 30})"))),
              "r.json: exercises[0].passes: both rollSeconds and passes are given (expected one of rollSeconds or "
              "passes)");
}

TEST(RoutineLoader, UnknownVersionAndForeignFormat)
{
    EXPECT_EQ(onlyError(load(R"({"format": "rollwise-routine", "version": 2, "title": "x", "exercises": []})")),
              "r.json: version: unsupported format version 2 (expected version 1; a newer Rollwise may read this "
              "file)");
    EXPECT_EQ(onlyError(load(R"({"format": "workout", "version": 1})")),
              "r.json: format: \"workout\" is not a Rollwise routine (expected \"rollwise-routine\")");
}

TEST(RoutineLoader, FileTooLarge)
{
    QByteArray huge = withExercise(R"({"technique": "glutes"})", R"("notes": ")" + QByteArray(1100000, 'a') + R"(", )");
    EXPECT_EQ(onlyError(load(huge)),
              "r.json: file is " + std::to_string(huge.size()) + " bytes (expected a routine file of at most 1048576 bytes)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(huge);
    f.close();
    const RoutineLoad l = RoutineReader(ContentLibrary::builtIn()).readFile(path);
    EXPECT_FALSE(l.routine);
    EXPECT_FALSE(l.unreadable);
    EXPECT_TRUE(l.diagnostics.toText().contains(QStringLiteral("at most 1048576 bytes")));
}

TEST(RoutineLoader, OverlongStepsAreRefused)
{
    const QByteArray custom = R"("customTechniques": [{"id": "wordy", "name": "Wordy", "perSide": false,
        "primaryTargets": ["hamstrings"], "steps": [")" + QByteArray(1001, 'a') + R"("],
        "paths": [{"view": "posterior", "side": "right", "points": [[13, 75], [12, 60]], "widthCm": 5}]}], )";
    const RoutineLoad l = load(withExercise(R"({"technique": "wordy"})", custom));
    EXPECT_FALSE(l.routine);
    ASSERT_FALSE(l.diagnostics.items().empty());
    EXPECT_EQ(l.diagnostics.items().front().toString().toStdString(),
              "r.json: customTechniques[0].steps[0]: text is 1001 characters long (expected at most 1000 characters)");
}

TEST(RoutineLoader, ARoutineTooLargeToSaveIsRefusedBeforeItIsSaved)
{
    // Built in memory (the editor), nothing limits a step's length until validation: the written file must fit
    // the reader's cap, or Rollwise could save a routine it cannot open again.
    Routine r = Routine::defaultRoutine(ContentLibrary::builtIn());
    Technique t;
    t.id = QStringLiteral("huge");
    t.name = QStringLiteral("Huge");
    t.primaryTargets = QStringList{QStringLiteral("hamstrings")};
    t.steps = QStringList{QString(RoutineLimits::kMaxFileBytes, QLatin1Char('a'))};
    t.paths.push_back({View::Posterior, Side::Right, {{13, 75}, {12, 60}}, 5.0, 0});
    r.customTechniques.push_back(t);
    const Diagnostics d = RoutineReader(ContentLibrary::builtIn()).validate(r, QStringLiteral("mem"));
    ASSERT_TRUE(d.hasErrors());
    EXPECT_TRUE(d.toText().contains(QStringLiteral("bytes when saved (expected a routine file of at most 1048576 bytes)")))
        << d.toText().toStdString();
}

TEST(RoutineLoader, TooManyExercises)
{
    QByteArrayList items;
    for (int i = 0; i < 51; ++i)
        items << R"({"technique": "glutes"})";
    EXPECT_EQ(onlyError(load(withExercise(items.join(',')))),
              "r.json: exercises: has 51 items (expected at most 50)");
}

TEST(RoutineLoader, MalformedJsonNamesLineAndColumn)
{
    const std::string e = onlyError(load("{\n  \"format\": \"rollwise-routine\",\n  \"version\": 1,,\n}"));
    EXPECT_EQ(e.rfind("r.json: malformed JSON at line 3, column ", 0), 0u) << e;
    EXPECT_NE(e.find("(expected valid JSON)"), std::string::npos) << e;
}

TEST(RoutineLoader, DeeplyNestedJson)
{
    const QByteArray deep = QByteArray(200, '[') + QByteArray(200, ']');
    EXPECT_EQ(onlyError(load(deep)),
              "r.json: JSON is nested more than 32 levels deep at line 1, column 33 (expected a routine object as "
              "documented in docs/routine-format.md)");
    // Brackets inside strings are text, not nesting.
    const RoutineLoad ok = load(withExercise(R"({"technique": "glutes", "notes": ")" + QByteArray(100, '[') + R"("})"));
    EXPECT_TRUE(ok.routine) << ok.diagnostics.toText().toStdString();
}

TEST(RoutineLoader, BadUtf8NamesTheLine)
{
    QByteArray bytes = withExercise(R"({"technique": "glutes"})", "\"patient\": \"Jos\xe9\",\n");
    EXPECT_EQ(onlyError(load(bytes)), "r.json: invalid UTF-8 text on line 1 (expected a UTF-8 encoded file)");
}

TEST(RoutineLoader, RawControlCharactersInTextsAreRefused)
{
    EXPECT_EQ(onlyError(load(withExercise("{\"technique\": \"glutes\", \"notes\": \"a\tb\"}"))),
              "r.json: control character inside a text at line 1, column 112 (expected \\n, \\t or \\u escapes in "
              "JSON strings)");
    // Escaped, they are fine.
    EXPECT_TRUE(load(withExercise(R"({"technique": "glutes", "notes": "a\tb\nc"})")).routine);
}

TEST(RoutineLoader, EmptyFileAndNonObjectTopLevel)
{
    EXPECT_EQ(onlyError(load("  \n")), "r.json: file is empty (expected a JSON routine object)");
    EXPECT_EQ(onlyError(load("[1, 2]")), "r.json: top level is an array (expected a JSON object)");
}

TEST(RoutineLoader, SidesMustSuitTheTechnique)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "thoracic-spine", "sides": "left"})"))),
              "r.json: exercises[0].sides: technique \"thoracic-spine\" works both sides at once, so it cannot be "
              "limited to the left side (expected \"both\")");
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "sides": "up"})"))),
              "r.json: exercises[0].sides: \"up\" is not a side (expected \"both\", \"left\" or \"right\")");
    // The crossed-leg variant makes hamstrings a per-side technique.
    EXPECT_TRUE(load(withExercise(R"({"technique": "hamstrings", "variant": "crossed-leg", "sides": "left"})")).routine);
}

TEST(RoutineLoader, UnknownVariant)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes", "variant": "pigeon"})"))),
              "r.json: exercises[0].variant: technique \"glutes\" has no variant \"pigeon\" (expected one of: "
              "figure-four)");
}

TEST(RoutineLoader, UnknownFieldsAreWarningsWithASuggestion)
{
    const RoutineLoad l = load(withExercise(R"({"technique": "glutes", "holdSecond": 20})"));
    ASSERT_TRUE(l.routine);
    ASSERT_EQ(l.diagnostics.warningCount(), 1);
    EXPECT_EQ(l.diagnostics.items()[0].toString().toStdString(),
              "r.json: exercises[0].holdSecond: unknown field is ignored (expected \"holdSeconds\"?)");
}

TEST(RoutineLoader, InvalidCreatedDate)
{
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes"})", R"("created": "24/11/2026", )"))),
              "r.json: created: \"24/11/2026\" is not a date (expected YYYY-MM-DD)");
}

TEST(RoutineLoader, CustomTechniqueOverTheLumbarSpineIsRejectedNamingTheZone)
{
    // Innocent words (the wording rules have their own tests): the path alone makes it unsafe. Over the thoracic
    // extensors, but the roller's footprint reaches 0.7 cm into the lumbar zone at the bottom.
    const QByteArray custom = R"("customTechniques": [{"id": "mid-back", "name": "Mid back", "perSide": false,
        "primaryTargets": ["thoracic-extensors"], "steps": ["Roll slowly."],
        "paths": [{"view": "posterior", "side": "centre", "points": [[0, 140], [0, 122]], "widthCm": 6}]}], )";
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "mid-back"})", custom))),
              "r.json: customTechniques[0].paths[0]: technique \"mid-back\": the roller footprint (centre side, "
              "posterior view) touches the contraindicated zone \"Lumbar spine\" (lumbar-spine): Never roll the lower "
              "back directly. (expected a path whose footprint (6.0 cm across, as long as the roller's contact patch) "
              "stays at least 1.0 cm clear of every contraindicated zone)");
}

TEST(RoutineLoader, SafeCustomTechniqueLoadsAndMirrorsForTheLeftSide)
{
    const QByteArray custom = R"("customTechniques": [{"id": "outer-thigh", "name": "Outer thigh", "perSide": true,
        "primaryTargets": ["hamstrings"], "steps": ["Lie on your side.", "Roll slowly."],
        "paths": [{"view": "posterior", "side": "right", "points": [[13, 75], [12, 63]], "widthCm": 5}]}], )";
    const RoutineLoad l = load(withExercise(R"({"technique": "outer-thigh", "sides": "left"})", custom));
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    const Technique& t = l.routine->customTechniques.at(0);
    ASSERT_EQ(t.paths.size(), 2u);
    EXPECT_EQ(t.paths[1].side, Side::Left);
    EXPECT_EQ(t.paths[1].points.front().x, -13.0); // mirrored, same direction of travel
}

TEST(RoutineLoader, CustomTechniqueMayNotReuseABuiltInId)
{
    const QByteArray custom = R"("customTechniques": [{"id": "glutes", "name": "Mine", "perSide": false,
        "primaryTargets": ["glutes"], "steps": ["x"],
        "paths": [{"view": "posterior", "side": "right", "points": [[12, 97], [12.5, 91]], "widthCm": 5}]}], )";
    EXPECT_EQ(onlyError(load(withExercise(R"({"technique": "glutes"})", custom))),
              "r.json: customTechniques[0].id: \"glutes\" is the id of a built-in technique (expected a new id)");
}

TEST(RoutineLoader, UnreadableFiles)
{
    RoutineReader reader(ContentLibrary::builtIn());
    const RoutineLoad missing = reader.readFile(QStringLiteral("/nonexistent/routine.json"));
    EXPECT_TRUE(missing.unreadable);
    EXPECT_EQ(missing.diagnostics.items().at(0).toString(), QStringLiteral("/nonexistent/routine.json: file does not exist"));
    QTemporaryDir dir;
    const RoutineLoad folder = reader.readFile(dir.path());
    EXPECT_TRUE(folder.unreadable);
    EXPECT_TRUE(folder.diagnostics.toText().contains(QStringLiteral("is a folder")));
}

TEST(RoutineLoader, RandomCorruptionNeverCrashesAndAlwaysExplains)
{
    // A cheap in-suite fuzz: flip, drop and duplicate bytes of a valid routine. Every outcome must be
    // either a routine or at least one error; nothing may crash.
    const QByteArray valid = withExercise(R"({"technique": "glutes", "holdSeconds": 20, "sides": "left"},
                                           {"technique": "thoracic-spine", "rollSeconds": 45})");
    QRandomGenerator rng(20261124);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + int(rng.bounded(4));
        for (int k = 0; k < edits && !bytes.isEmpty(); ++k) {
            const int pos = int(rng.bounded(bytes.size()));
            switch (rng.bounded(3)) {
            case 0: bytes[pos] = char(rng.bounded(256)); break;
            case 1: bytes.remove(pos, 1); break;
            default: bytes.insert(pos, bytes.mid(pos, 8)); break;
            }
        }
        const RoutineLoad l = load(bytes);
        EXPECT_TRUE(l.routine.has_value() != l.diagnostics.hasErrors()) << bytes.constData();
    }
}

TEST(ReadableDiagnostics, NameTheFileByItsBaseNameAndCountExercisesFromOne)
{
    Diagnostics d;
    d.warning(QStringLiteral("/home/clinic/routines/knee.json"), QStringLiteral("exercises[2].holdSeconds"),
              QStringLiteral("is long"), QStringLiteral("5 to 60"));
    d.error(QStringLiteral("/tmp/r.json"), QStringLiteral("customTechniques[0].steps[1]"), QStringLiteral("is empty"));
    const QString text = d.toReadableText();
    EXPECT_EQ(text, QStringLiteral("warning: knee.json: exercise 3, holdSeconds: is long (expected 5 to 60)\n"
                                   "error: r.json: custom technique 1, step 2: is empty"));
    // The machine form stays as it was for the command line and logs.
    EXPECT_TRUE(d.toText().contains(QStringLiteral("/home/clinic/routines/knee.json: exercises[2].holdSeconds")));
    EXPECT_EQ(readablePath(QStringLiteral("title")), QStringLiteral("title"));
    EXPECT_EQ(readablePath(QStringLiteral("zones[4]")), QStringLiteral("zones item 5"));
    // Nested lists count each level from 1; anything that is not a plain index stays as written.
    EXPECT_EQ(readablePath(QStringLiteral("paths[1][0]")), QStringLiteral("paths item 2.1"));
    EXPECT_EQ(readablePath(QStringLiteral("exercises[x]")), QStringLiteral("exercises[x]"));
    EXPECT_EQ(readablePath(QStringLiteral("exercises[-1]")), QStringLiteral("exercises[-1]"));
    EXPECT_EQ(readablePath(QStringLiteral("exercises[]")), QStringLiteral("exercises[]"));
    EXPECT_EQ(readablePath(QStringLiteral("exercises]")), QStringLiteral("exercises]"));
    EXPECT_EQ(readablePath(QStringLiteral("exercises[99999999999999999999999]")),
              QStringLiteral("exercises[99999999999999999999999]"));
}
