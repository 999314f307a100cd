// SPDX-License-Identifier: GPL-3.0-or-later
// RoutineDocument on its own: undoable edits with fine-grained signals, merging, the core validator's
// diagnostics, refusal to save, opening files and save → reopen equality; and the recent-files list.
#include "app/editor/recent_files.h"
#include "app/editor/roller_paths.h"
#include "editor_test_support.h"

#include <QFile>
#include <QSignalSpy>

using namespace rollwise;
using namespace rollwise::test;

namespace {
Routine threeExercises()
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.resize(3); // glutes, hip flexors, hamstrings
    return r;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

RollerPath lumbarPath()
{
    return RollerPath{View::Posterior, Side::Centre, {{0, 105}, {0, 115}}, 6.0, 0};
}
} // namespace

TEST(RoutineDocument, EveryEditIsAnUndoStepWithItsOwnSignal)
{
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    const QByteArray original = bytes(doc.routine());
    QSignalSpy inserted(&doc, &RoutineDocument::exerciseInserted);
    QSignalSpy removed(&doc, &RoutineDocument::exerciseRemoved);
    QSignalSpy moved(&doc, &RoutineDocument::exerciseMoved);
    QSignalSpy changed(&doc, &RoutineDocument::exerciseChanged);
    QSignalSpy metadata(&doc, &RoutineDocument::metadataChanged);

    EXPECT_EQ(doc.addTechnique(QStringLiteral("lats"), 1), 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toInt(), 1);
    EXPECT_EQ(doc.routine().exercises[1].techniqueId, u"lats");
    // A new exercise gets the seed's dosage from the content, not numbers of the editor's own.
    EXPECT_EQ(doc.routine().exercises[1].holdSeconds, content().dosage().defaultHoldSeconds);
    EXPECT_EQ(doc.routine().exercises[1].rollSeconds, content().dosage().defaultRollSeconds);

    doc.moveExercise(1, 3);
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.at(0).at(0).toInt(), 1);
    EXPECT_EQ(moved.at(0).at(1).toInt(), 3);
    EXPECT_EQ(doc.routine().exercises[3].techniqueId, u"lats");

    Exercise e = doc.routine().exercises[0];
    e.sides = SidesChoice::Left;
    doc.setExercise(0, e, ExerciseField::Sides);
    EXPECT_EQ(changed.count(), 1);
    doc.removeExercise(2);
    EXPECT_EQ(removed.count(), 1);
    doc.setRoutineField(RoutineField::Patient, QStringLiteral("A. Patient"));
    EXPECT_EQ(metadata.count(), 1);
    EXPECT_EQ(doc.undoStack()->count(), 5);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->undoText(), u"Change patient");

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(bytes(doc.routine()), original);
    EXPECT_FALSE(doc.isModified());
    // Undoing emits the same fine-grained signals as doing.
    EXPECT_EQ(inserted.count(), 2); // the removal undone
    EXPECT_EQ(removed.count(), 2);  // the insertion undone
    EXPECT_EQ(moved.count(), 2);
}

TEST(RoutineDocument, ConsecutiveEditsOfOneFieldMergeIntoOneStep)
{
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    Exercise e = doc.routine().exercises[0];
    for (int hold : {2, 25, 4, 45}) { // typing "25", then "45"
        e.holdSeconds = hold;
        doc.setExercise(0, e, ExerciseField::Hold);
    }
    EXPECT_EQ(doc.undoStack()->count(), 1);
    e.restSeconds = 20;
    doc.setExercise(0, e, ExerciseField::Rest);
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.routine().exercises[0].holdSeconds, 30);

    // Titles merge too, and typing the old value back leaves nothing to undo.
    doc.reset(threeExercises());
    const QString title = doc.routine().title;
    doc.setRoutineField(RoutineField::Title, title + QStringLiteral("!"));
    doc.setRoutineField(RoutineField::Title, title);
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_FALSE(doc.isModified());
}

TEST(RoutineDocument, DiagnosticsAreTheCoreValidatorsAddressedByField)
{
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    EXPECT_FALSE(doc.hasErrors());
    QSignalSpy diagnostics(&doc, &RoutineDocument::diagnosticsChanged);
    Exercise e = doc.routine().exercises[1];
    e.holdSeconds = 200;
    doc.setExercise(1, e, ExerciseField::Hold);
    EXPECT_EQ(diagnostics.count(), 1);
    ASSERT_TRUE(doc.hasErrors());

    const Diagnostics direct = RoutineReader(content()).validate(doc.routine(), doc.displayName());
    const auto at = doc.diagnosticsAt(QStringLiteral("exercises[1].holdSeconds"));
    ASSERT_EQ(at.size(), 1u);
    EXPECT_EQ(at[0].severity, Severity::Error);
    ASSERT_FALSE(direct.items().empty());
    EXPECT_EQ(at[0].message, direct.items().front().message);
    EXPECT_EQ(at[0].expected, direct.items().front().expected);
    EXPECT_EQ(doc.diagnosticsAt(QStringLiteral("exercises[1]")).size(), 1u);
    EXPECT_TRUE(doc.diagnosticsAt(QStringLiteral("exercises[0]")).empty());
    EXPECT_TRUE(doc.diagnosticsAt(QStringLiteral("exercises[10]")).empty()); // "exercises[1" is not a prefix match

    // A sided choice for a technique done on both sides at once is the validator's "sides" error.
    doc.undoStack()->undo();
    Exercise hamstrings = doc.routine().exercises[2];
    hamstrings.sides = SidesChoice::Right;
    doc.setExercise(2, hamstrings, ExerciseField::Sides);
    EXPECT_EQ(doc.diagnosticsAt(QStringLiteral("exercises[2].sides")).size(), 1u);
}

TEST(RoutineDocument, RefusesToSaveAnInvalidOrUnsafeRoutineAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    Exercise e = doc.routine().exercises[0];
    e.holdSeconds = 200;
    doc.setExercise(0, e, ExerciseField::Hold);
    const QString refusal = doc.saveAs(path);
    EXPECT_TRUE(refusal.contains(QStringLiteral("200 is out of range"))) << qPrintable(refusal);
    EXPECT_TRUE(refusal.contains(QStringLiteral("5 to 120 seconds"))) << qPrintable(refusal);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(doc.isModified());

    // An unsafe custom technique can reach a document only through code; it still cannot be saved.
    doc.reset(threeExercises());
    Technique t = customTechnique();
    t.paths = {lumbarPath()};
    doc.addCustomTechnique(t);
    const QString unsafe = doc.saveAs(path);
    EXPECT_TRUE(unsafe.contains(QStringLiteral("Lumbar spine"))) << qPrintable(unsafe);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(RoutineDocument, FileRulesBeyondValidateAreCheckedSoASavedRoutineAlwaysReopens)
{
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    Technique t = customTechnique();
    t.steps.clear(); // the reader requires steps; RoutineReader::validate alone does not look at them
    t.paths = {RollerPath{View::Posterior, Side::Right, {{10.5, 97}, {11, 92}}, 6.0, 0}};
    doc.addCustomTechnique(t);
    ASSERT_TRUE(doc.hasErrors());
    const auto steps = doc.diagnosticsAt(QStringLiteral("customTechniques[0].steps"));
    ASSERT_EQ(steps.size(), 1u);
    EXPECT_TRUE(steps[0].message.contains(QStringLiteral("no steps")));
    EXPECT_FALSE(doc.saveBlocker().isEmpty());
}

TEST(RoutineDocument, OpenUsesTheReaderAndKeepsTheDocumentOnFailure)
{
    QTemporaryDir dir;
    RoutineDocument doc(content());
    doc.reset(threeExercises());
    const QByteArray before = bytes(doc.routine());

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    Routine bad = threeExercises();
    bad.exercises[2].holdSeconds = 200;
    writeFile(broken, RoutineWriter::toBytes(bad));
    Diagnostics problems;
    EXPECT_FALSE(doc.open(broken, &problems));
    ASSERT_TRUE(problems.hasErrors());
    EXPECT_EQ(problems.items().front().path, u"exercises[2].holdSeconds");
    EXPECT_EQ(bytes(doc.routine()), before);

    for (const QByteArray& junk : {QByteArray("{"), QByteArray("\xff\xfe"), QByteArray()}) {
        writeFile(broken, junk);
        EXPECT_FALSE(doc.open(broken, &problems));
        EXPECT_TRUE(problems.hasErrors());
    }
    EXPECT_FALSE(doc.open(dir.filePath(QStringLiteral("missing.json")), &problems));
    EXPECT_EQ(bytes(doc.routine()), before);

    ASSERT_TRUE(doc.open(exampleRoutinePath(), &problems));
    EXPECT_EQ(doc.routine().title, u"Desk worker: hips and upper back");
    EXPECT_EQ(doc.filePath(), exampleRoutinePath());
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(RoutineDocument, SaveThenReopenGivesAnEqualRoutine)
{
    QTemporaryDir dir;
    RoutineDocument doc(content());
    ASSERT_TRUE(doc.open(exampleRoutinePath()));
    doc.addTechnique(QStringLiteral("glutes"));
    doc.setRoutineField(RoutineField::Notes, QStringLiteral("Twice a day in the first week."));
    Technique t = doc.routine().customTechniques[0];
    t.paths = withMirroredPaths({RollerPath{View::Posterior, Side::Right, {{10.5, 97}, {11, 94}, {11, 92.5}}, 5.0, 0}});
    doc.setCustomTechnique(0, t, QStringLiteral("Edit path"));
    ASSERT_FALSE(doc.hasErrors()) << qPrintable(doc.diagnostics().toText());

    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QSignalSpy saved(&doc, &RoutineDocument::saved);
    ASSERT_EQ(doc.saveAs(path), QString());
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.filePath(), path);

    RoutineDocument reopened(content());
    ASSERT_TRUE(reopened.open(path));
    EXPECT_EQ(bytes(reopened.routine()), bytes(doc.routine()));
    // The in-memory form matches too: the reader's mirrored left path equals the editor's.
    const auto& a = doc.routine().customTechniques[0].paths;
    const auto& b = reopened.routine().customTechniques[0].paths;
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].side, b[i].side);
        EXPECT_EQ(a[i].points, b[i].points);
        EXPECT_EQ(a[i].sourceIndex, b[i].sourceIndex);
    }
    EXPECT_EQ(doc.routine().exercises, reopened.routine().exercises);
}

TEST(RoutineDocument, ACustomTechniqueInUseCannotBeDeleted)
{
    RoutineDocument doc(content());
    ASSERT_TRUE(doc.open(exampleRoutinePath()));
    const QString refusal = doc.removeCustomTechnique(0);
    EXPECT_TRUE(refusal.contains(QStringLiteral("Upper glute, short strokes"))) << qPrintable(refusal);
    EXPECT_EQ(doc.routine().customTechniques.size(), 1u);
    doc.removeExercise(1); // the exercise that uses it
    EXPECT_EQ(doc.removeCustomTechnique(0), QString());
    EXPECT_TRUE(doc.routine().customTechniques.empty());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.routine().customTechniques.size(), 1u);
}

TEST(RecentFiles, MostRecentFirstAtMostEightAndMissingFilesPruned)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RecentFiles recent(settings);
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << dir.filePath(QStringLiteral("r%1.json").arg(i));
        writeFile(paths.back(), "{}");
        recent.add(paths.back());
    }
    QStringList expected;
    for (int i = 9; i >= 2; --i)
        expected << paths[i];
    EXPECT_EQ(recent.files(), expected);
    recent.add(paths[5]); // reopening moves it to the front, without a duplicate
    EXPECT_EQ(recent.files().front(), paths[5]);
    EXPECT_EQ(recent.files().count(paths[5]), 1);
    QFile::remove(paths[9]);
    EXPECT_FALSE(recent.files().contains(paths[9]));
    EXPECT_FALSE(settings.value(QStringLiteral("editor/recentFiles")).toStringList().contains(paths[9]));
}
