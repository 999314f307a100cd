// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window driven through its actions, buttons, list and form widgets (offscreen), with
// scripted answers to its questions: building a routine, undo/redo, reordering, live validation,
// saving and reopening, recent files and the unsaved-changes prompt.
#include "app/editor/exercise_form.h"
#include "app/editor/path_editor.h"
#include "app/editor/technique_library.h"
#include "editor_test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>

using namespace rollwise;
using namespace rollwise::test;

namespace {
// Adds a library technique the way a user does: select it, then "Add to Routine".
void addFromLibrary(EditorFixture& f, const char* id)
{
    ASSERT_TRUE(f.editor->library()->selectTechnique(QString::fromLatin1(id)));
    f.trigger("actionAddExercise");
}

QStringList techniqueIds(const Routine& r)
{
    QStringList ids;
    for (const Exercise& e : r.exercises)
        ids << e.techniqueId;
    return ids;
}
} // namespace

TEST(RoutineEditorWindow, BuildsARoutineThroughItsActionsAndWidgets)
{
    EditorFixture f;
    ASSERT_TRUE(f.editor->newRoutine());
    EXPECT_TRUE(f.routine().exercises.empty());
    EXPECT_EQ(f.unsavedAsked, 0); // nothing to lose yet

    addFromLibrary(f, "glutes");
    addFromLibrary(f, "hamstrings");
    addFromLibrary(f, "lats");
    EXPECT_EQ(techniqueIds(f.routine()), (QStringList{QStringLiteral("glutes"), QStringLiteral("hamstrings"), QStringLiteral("lats")}));
    EXPECT_EQ(f.editor->currentExercise(), 2); // the new exercise is selected, ready to adjust

    // Enter on a library item adds it after the selected exercise.
    f.editor->selectExercise(0);
    ASSERT_TRUE(f.editor->library()->selectTechnique(QStringLiteral("hip-flexors")));
    QTest::keyClick(f.editor->library()->list(), Qt::Key_Return);
    EXPECT_EQ(techniqueIds(f.routine()).at(1), u"hip-flexors");
    EXPECT_EQ(f.editor->currentExercise(), 1);

    f.retype(f.child<QLineEdit>("titleEdit"), QStringLiteral("Desk worker"));
    f.retype(f.child<QLineEdit>("patientEdit"), QStringLiteral("J. Doe"));
    EXPECT_EQ(f.routine().title, u"Desk worker");
    EXPECT_EQ(f.routine().patient, u"J. Doe");

    // The form edits the selected exercise (hip flexors, per side).
    auto* hold = f.child<QSpinBox>("holdSpin");
    f.retype(hold, QStringLiteral("20"));
    EXPECT_EQ(f.routine().exercises[1].holdSeconds, 20);
    auto* sides = f.child<QComboBox>("sidesCombo");
    ASSERT_TRUE(sides->isEnabled());
    sides->setFocus();
    QTest::keyClick(sides, Qt::Key_Down); // "Right side only"
    EXPECT_EQ(f.routine().exercises[1].sides, SidesChoice::Right);
    auto* mode = f.child<QComboBox>("rollModeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // passes instead of time
    EXPECT_FALSE(f.routine().exercises[1].rollSeconds.has_value());
    ASSERT_TRUE(f.routine().exercises[1].passes.has_value());
    f.retype(f.child<QSpinBox>("rollSpin"), QStringLiteral("20"));
    EXPECT_EQ(f.routine().exercises[1].passes, 20);
    f.retype(f.child<QSpinBox>("restSpin"), QStringLiteral("25"));
    EXPECT_EQ(f.routine().exercises[1].restSeconds, 25);
    f.child<QWidget>("exerciseNotes")->setFocus();
    QTest::keyClicks(f.child<QWidget>("exerciseNotes"), QStringLiteral("Start light."));
    EXPECT_EQ(f.routine().exercises[1].notes, u"Start light.");

    // Hamstrings work both sides at once: the sides box is not offered.
    f.editor->selectExercise(2);
    EXPECT_FALSE(sides->isEnabled());
    EXPECT_EQ(sides->currentText(), u"Both sides together");
    // …until its crossed-leg variant makes it per side.
    auto* variant = f.child<QComboBox>("variantCombo");
    variant->setFocus();
    QTest::keyClick(variant, Qt::Key_Down);
    EXPECT_EQ(f.routine().exercises[2].variant, u"crossed-leg");
    EXPECT_TRUE(sides->isEnabled());

    f.trigger("actionMoveUp");
    EXPECT_EQ(techniqueIds(f.routine()).at(1), u"hamstrings");
    EXPECT_EQ(f.editor->currentExercise(), 1); // the selection follows the moved exercise
    f.trigger("actionMoveDown");
    f.trigger("actionMoveDown");
    EXPECT_EQ(techniqueIds(f.routine()).last(), u"hamstrings");
    EXPECT_FALSE(f.action("actionMoveDown")->isEnabled());

    // Delete on the focused exercise list removes the selected exercise.
    f.editor->exerciseList()->setFocus();
    QTest::keyClick(f.editor->exerciseList(), Qt::Key_Delete);
    EXPECT_EQ(techniqueIds(f.routine()),
              (QStringList{QStringLiteral("glutes"), QStringLiteral("hip-flexors"), QStringLiteral("lats")}));
    EXPECT_FALSE(f.doc().hasErrors()) << qPrintable(f.doc().diagnostics().toText());
    EXPECT_TRUE(f.editor->isWindowModified());
}

TEST(RoutineEditorWindow, UndoAndRedoRestoreEveryStep)
{
    EditorFixture f;
    ASSERT_TRUE(f.editor->newRoutine());
    std::vector<QByteArray> states{bytes(f.routine())};
    auto step = [&](const std::function<void()>& act) {
        act();
        ASSERT_NE(bytes(f.routine()), states.back()) << "step " << states.size() << " changed nothing";
        states.push_back(bytes(f.routine()));
    };
    step([&] { addFromLibrary(f, "glutes"); });
    step([&] { addFromLibrary(f, "thoracic-spine"); });
    step([&] { f.retype(f.child<QSpinBox>("holdSpin"), QStringLiteral("25")); });
    step([&] { f.retype(f.child<QLineEdit>("titleEdit"), QStringLiteral("Upper back")); });
    step([&] { f.trigger("actionMoveUp"); });
    step([&] { addFromLibrary(f, "lats"); });
    step([&] { f.trigger("actionRemoveExercise"); });
    step([&] {
        f.techniqueAnswer = customTechnique();
        f.trigger("actionNewCustomTechnique");
    });
    EXPECT_EQ(f.doc().undoStack()->count(), int(states.size()) - 1);

    for (size_t i = states.size() - 1; i > 0; --i) {
        f.trigger("actionUndo");
        EXPECT_EQ(bytes(f.routine()), states[i - 1]) << "after undoing step " << i;
    }
    EXPECT_FALSE(f.action("actionUndo")->isEnabled());
    EXPECT_FALSE(f.editor->isWindowModified());
    for (size_t i = 1; i < states.size(); ++i) {
        f.trigger("actionRedo");
        EXPECT_EQ(bytes(f.routine()), states[i]) << "after redoing step " << i;
    }
    // Ctrl+Z reaches the document even from a text box, which has an undo of its own.
    f.child<QLineEdit>("titleEdit")->setFocus();
    QTest::keyClick(f.child<QLineEdit>("titleEdit"), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bytes(f.routine()), states[states.size() - 2]);
}

// A real drag runs QDrag::exec's nested event loop, which offscreen tests cannot drive. A drop with
// InternalMove ends in QListView::dropEvent calling model()->moveRow(source, row, destination); this test
// makes that same call, then checks the view is set up so that a user's drop takes that path.
TEST(RoutineEditorWindow, DragAndDropReorderIsOneUndoableMove)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    QListView* list = f.editor->exerciseList();
    EXPECT_EQ(list->dragDropMode(), QAbstractItemView::InternalMove);
    EXPECT_TRUE(list->model()->flags(list->model()->index(0, 0)) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(list->model()->flags(list->model()->index(0, 0)) & Qt::ItemIsDropEnabled); // never onto an item
    EXPECT_TRUE(list->model()->supportedDropActions() & Qt::MoveAction);

    const QStringList before = techniqueIds(f.routine());
    f.editor->selectExercise(0);
    // Drop the first exercise (glutes) below the third one, i.e. in front of row 3.
    ASSERT_TRUE(list->model()->moveRow({}, 0, {}, 3));
    EXPECT_EQ(techniqueIds(f.routine()),
              (QStringList{before[1], before[2], before[0], before[3], before[4]}));
    EXPECT_EQ(list->model()->index(2, 0).data().toString().section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("3. Glutes and piriformis"));
    EXPECT_EQ(f.editor->currentExercise(), 2);
    EXPECT_EQ(f.doc().undoStack()->count(), 1);
    EXPECT_TRUE(f.doc().undoStack()->undoText().startsWith(QStringLiteral("Move")));
    // A drop onto its own place is not a move.
    EXPECT_FALSE(list->model()->moveRow({}, 2, {}, 3));
    EXPECT_EQ(f.doc().undoStack()->count(), 1);

    f.trigger("actionUndo");
    EXPECT_EQ(techniqueIds(f.routine()), before);
    EXPECT_EQ(f.editor->currentExercise(), 0);
}

TEST(RoutineEditorWindow, InvalidHoldIsHighlightedWithTheValidatorsMessageAndSaveIsRefused)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    f.editor->selectExercise(1);
    auto* hold = f.child<QSpinBox>("holdSpin");
    auto* message = f.child<QLabel>("holdSpinMessage");
    EXPECT_EQ(hold->property("validity").toString(), QString());
    EXPECT_TRUE(message->isHidden());

    f.retype(hold, QStringLiteral("200"));
    EXPECT_EQ(f.routine().exercises[1].holdSeconds, 200); // the box does not clamp: the validator judges
    const Diagnostics direct = RoutineReader(content()).validate(f.routine(), f.doc().displayName());
    ASSERT_EQ(direct.errorCount(), 1);
    const Diagnostic& d = direct.items().front();
    EXPECT_EQ(d.path, u"exercises[1].holdSeconds");
    EXPECT_EQ(hold->property("validity").toString(), u"error");
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(d.message)) << qPrintable(message->text());
    EXPECT_TRUE(message->text().contains(d.expected)) << qPrintable(message->text());
    // The exercise row and the checks list say so too.
    const QModelIndex row = f.editor->exerciseList()->model()->index(1, 0);
    EXPECT_FALSE(row.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains(d.message));
    EXPECT_TRUE(f.editor->diagnosticsList()->item(0)->text().contains(d.message));
    EXPECT_FALSE(f.action("actionUseInPlayer")->isEnabled());

    // Save refuses before even asking for a file name, and says why.
    f.saveAnswer = f.path("refused.json");
    f.trigger("actionSave");
    EXPECT_EQ(f.saveAsked, 0);
    EXPECT_FALSE(QFile::exists(f.saveAnswer));
    EXPECT_TRUE(f.editor->banner()->isVisible());
    EXPECT_TRUE(f.editor->banner()->text().contains(d.message)) << qPrintable(f.editor->banner()->text());

    // A hold outside the seed's 15-30 s is a warning: highlighted differently, and saving is allowed.
    f.retype(hold, QStringLiteral("45"));
    EXPECT_EQ(hold->property("validity").toString(), u"warning");
    EXPECT_TRUE(message->text().contains(QStringLiteral("recommended range")));
    f.retype(hold, QStringLiteral("25"));
    EXPECT_EQ(hold->property("validity").toString(), QString());
    EXPECT_TRUE(message->isHidden());
    f.trigger("actionSave");
    EXPECT_EQ(f.saveAsked, 1);
    EXPECT_TRUE(QFile::exists(f.saveAnswer));
    EXPECT_FALSE(f.editor->banner()->isVisible());

    // Activating a finding jumps to its exercise.
    f.retype(f.child<QSpinBox>("restSpin"), QStringLiteral("999"));
    f.editor->selectExercise(4);
    QListWidget* checks = f.editor->diagnosticsList();
    emit checks->itemActivated(checks->item(0));
    EXPECT_EQ(f.editor->currentExercise(), 1);
}

TEST(RoutineEditorWindow, SaveThenReopenGivesAnEqualRoutine)
{
    EditorFixture f;
    QStringList saved;
    QObject::connect(f.editor.get(), &RoutineEditor::routineSaved,
                     [&](const Routine&, const QString& path) { saved << path; });
    ASSERT_TRUE(f.editor->openFile(f.copyOfExample("desk.json")));
    addFromLibrary(f, "glutes");
    f.retype(f.child<QSpinBox>("holdSpin"), QStringLiteral("20"));
    f.retype(f.child<QLineEdit>("clinicianEdit"), QStringLiteral("Dr A. Lee, PT"));
    f.saveAnswer = f.path("copy.json");
    f.trigger("actionSaveAs");
    EXPECT_EQ(saved, QStringList{f.saveAnswer});
    EXPECT_FALSE(f.editor->isWindowModified());
    EXPECT_TRUE(f.editor->windowTitle().contains(QStringLiteral("copy.json")));

    const QByteArray edited = bytes(f.routine());
    ASSERT_TRUE(f.editor->newRoutine());
    ASSERT_TRUE(f.editor->openFile(f.saveAnswer));
    EXPECT_EQ(bytes(f.routine()), edited);
    EXPECT_EQ(f.routine().clinician, u"Dr A. Lee, PT");
    EXPECT_EQ(f.routine().exercises[1].holdSeconds, 20); // the glutes, added after the first exercise
    EXPECT_EQ(f.routine().customTechniques.size(), 1u);
}

TEST(RoutineEditorWindow, RecentFilesAreMostRecentFirstAndPruned)
{
    EditorFixture f;
    QStringList files;
    for (const char* name : {"a.json", "b.json", "c.json"}) {
        files << f.path(name);
        ASSERT_TRUE(f.editor->openFile(f.copyOfExample(name)));
    }
    EXPECT_EQ(f.editor->recentFiles(), (QStringList{files[2], files[1], files[0]}));
    // A file that cannot be opened does not enter the list.
    EXPECT_FALSE(f.editor->openFile(f.path("missing.json")));
    EXPECT_EQ(f.editor->recentFiles().size(), 3);

    QFile::remove(files[1]);
    QMenu* menu = f.editor->recentMenu();
    emit menu->aboutToShow();
    QStringList entries;
    for (QAction* a : menu->actions())
        if (!a->data().toString().isEmpty())
            entries << a->data().toString();
    EXPECT_EQ(entries, (QStringList{files[2], files[0]}));
    EXPECT_TRUE(menu->actions().at(0)->text().contains(QStringLiteral("c.json")));

    menu->actions().at(1)->trigger(); // a.json
    EXPECT_EQ(f.doc().filePath(), files[0]);
    EXPECT_EQ(f.editor->recentFiles().front(), files[0]);
}

TEST(RoutineEditorWindow, UnsavedChangesPromptGuardsCloseNewAndOpen)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    f.editor->close(); // nothing changed: no question
    EXPECT_EQ(f.unsavedAsked, 0);
    f.editor->show();

    addFromLibrary(f, "lats");
    const QByteArray edited = bytes(f.routine());
    f.unsavedAnswer = EditorPrompts::Unsaved::Cancel;
    EXPECT_FALSE(f.editor->close());
    EXPECT_TRUE(f.editor->isVisible());
    EXPECT_FALSE(f.editor->newRoutine());
    const QString example = f.copyOfExample("desk.json");
    EXPECT_FALSE(f.editor->openFile(example));
    EXPECT_EQ(f.unsavedAsked, 3);
    EXPECT_EQ(bytes(f.routine()), edited);

    // "Save" saves (asking where, since the routine has no file yet) and then goes ahead.
    f.unsavedAnswer = EditorPrompts::Unsaved::Save;
    f.saveAnswer = f.path("kept.json");
    EXPECT_TRUE(f.editor->openFile(example));
    EXPECT_TRUE(QFile::exists(f.saveAnswer));
    EXPECT_EQ(f.routine().title, u"Desk worker: hips and upper back");

    // "Save" that cannot save (an invalid routine) keeps the routine open.
    f.retype(f.child<QSpinBox>("holdSpin"), QStringLiteral("200"));
    EXPECT_FALSE(f.editor->newRoutine());
    EXPECT_EQ(f.routine().title, u"Desk worker: hips and upper back");

    f.unsavedAnswer = EditorPrompts::Unsaved::Discard;
    EXPECT_TRUE(f.editor->close());
    EXPECT_EQ(f.unsavedAsked, 6);
}

TEST(RoutineEditorWindow, OpeningABrokenFileSaysWhereAndKeepsTheRoutine)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    const QByteArray before = bytes(f.routine());
    QFile file(f.path("broken.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "rollwise-routine", "version": 1, "title": "x", "exercises": [{"technique": "neck"}]})");
    file.close();
    f.openAnswer = file.fileName();
    f.trigger("actionOpen");
    EXPECT_EQ(bytes(f.routine()), before);
    EXPECT_TRUE(f.editor->banner()->isVisible());
    EXPECT_TRUE(f.editor->banner()->text().contains(QStringLiteral("exercises[0].technique")))
        << qPrintable(f.editor->banner()->text());
    EXPECT_TRUE(f.editor->banner()->text().contains(QStringLiteral("unknown technique")));
}

TEST(RoutineEditorWindow, CustomTechniqueIsCreatedThenDrawnAndUseInPlayerHandsOverTheRoutine)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    f.techniqueAnswer = customTechnique();
    f.trigger("actionNewCustomTechnique");
    ASSERT_EQ(f.routine().customTechniques.size(), 1u);
    EXPECT_EQ(f.editor->library()->currentTechniqueId(), u"upper-glute-short");
    EXPECT_EQ(f.editor->tabs()->currentWidget(), f.editor->pathEditor());
    EXPECT_EQ(f.editor->pathEditor()->techniqueId(), u"upper-glute-short");
    // Without a roller path it is not finished: the checks say so and the player cannot take it.
    EXPECT_FALSE(f.doc().diagnosticsAt(QStringLiteral("customTechniques[0].paths")).empty());
    EXPECT_FALSE(f.action("actionUseInPlayer")->isEnabled());

    Technique drawn = f.routine().customTechniques[0];
    drawn.paths = withMirroredPaths({RollerPath{View::Posterior, Side::Right, {{10.5, 97}, {11, 92}}, 5.0, 0}}); // over the glute, clear of the sacrum and the hip bone
    f.doc().setCustomTechnique(0, drawn, QStringLiteral("Edit path"));
    EXPECT_FALSE(f.doc().hasErrors()) << qPrintable(f.doc().diagnostics().toText());
    f.trigger("actionAddExercise");
    EXPECT_EQ(f.routine().exercises[size_t(f.editor->currentExercise())].techniqueId, u"upper-glute-short");

    std::vector<Routine> handedOver;
    QObject::connect(f.editor.get(), &RoutineEditor::useRoutineRequested,
                     [&](const Routine& r) { handedOver.push_back(r); });
    f.trigger("actionUseInPlayer");
    ASSERT_EQ(handedOver.size(), 1u);
    EXPECT_EQ(bytes(handedOver[0]), bytes(f.routine()));

    // Cancelling the dialog changes nothing.
    const int steps = f.doc().undoStack()->count();
    f.techniqueAnswer.reset();
    f.trigger("actionNewCustomTechnique");
    EXPECT_EQ(f.doc().undoStack()->count(), steps);
}
