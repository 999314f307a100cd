// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the editor for docs/screenshots, drawn by the app itself. Skipped unless
// ROLLWISE_EDITOR_SCREENSHOTS names the folder to write to, e.g.
//   ROLLWISE_EDITOR_SCREENSHOTS=docs/screenshots build/tests/editor_tests --gtest_filter='EditorScreenshots.*'
#include "app/editor/path_canvas.h"
#include "app/editor/path_editor.h"
#include "app/editor/technique_library.h"
#include "editor_test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>

using namespace rollwise;
using namespace rollwise::test;

TEST(EditorScreenshots, WritesTheEditorAndARefusedPathWhenAsked)
{
    const QString out = qEnvironmentVariable("ROLLWISE_EDITOR_SCREENSHOTS");
    if (out.isEmpty())
        GTEST_SKIP() << "set ROLLWISE_EDITOR_SCREENSHOTS to a folder to write the editor's screenshots";
    QDir().mkpath(out);
    EditorFixture f;
    ASSERT_TRUE(f.editor->openFile(f.copyOfExample("desk-worker.json")));
    // A realistic session of work: one more exercise, a patient, and a warning on a long hold.
    f.editor->library()->selectTechnique(QStringLiteral("glutes"));
    f.editor->selectExercise(1);
    f.trigger("actionAddExercise");
    f.retype(f.child<QLineEdit>("patientEdit"), QStringLiteral("Jane Doe"));
    f.retype(f.child<QLineEdit>("clinicianEdit"), QStringLiteral("Dr A. Lee, PT"));
    f.editor->selectExercise(0);
    f.retype(f.child<QSpinBox>("holdSpin"), QStringLiteral("45"));
    f.editor->tabs()->setCurrentIndex(0);
    f.editor->statusBar()->clearMessage(); // "Opened /tmp/…" has no place in the docs
    QApplication::processEvents();
    const QString editorPng = QDir(out).filePath(QStringLiteral("editor.png"));
    ASSERT_TRUE(f.editor->grab().save(editorPng));

    // The custom technique's path, redrawn across the lumbar spine: refused, in red, with the zone named.
    f.editor->library()->selectTechnique(QStringLiteral("upper-glute-short"));
    f.editor->tabs()->setCurrentWidget(f.editor->pathEditor());
    QApplication::processEvents();
    PathCanvas* c = f.editor->pathEditor()->canvas();
    QTest::mouseClick(c, Qt::LeftButton, {}, c->toWidget({3, 104}).toPoint());
    QApplication::processEvents();
    EXPECT_FALSE(f.editor->pathEditor()->refusedZones().isEmpty());
    ASSERT_TRUE(f.editor->grab().save(QDir(out).filePath(QStringLiteral("editor-unsafe-path.png"))));

    // The prescription and the clinic, with a frequency below the article's advice (a warning, in amber).
    f.editor->tabs()->setCurrentIndex(2);
    f.retype(f.child<QSpinBox>("routinePerWeekSpin"), QStringLiteral("2"));
    f.retype(f.child<QSpinBox>("routineSetsSpin"), QStringLiteral("2"));
    f.retype(f.child<QLineEdit>("clinicNameEdit"), QStringLiteral("Riverside Physiotherapy"));
    f.retype(f.child<QLineEdit>("clinicAddressEdit"), QStringLiteral("1 River Lane, Springfield"));
    f.retype(f.child<QLineEdit>("clinicPhoneEdit"), QStringLiteral("+44 20 7946 0000"));
    f.editor->statusBar()->clearMessage();
    QApplication::processEvents();
    ASSERT_TRUE(f.editor->grab().save(QDir(out).filePath(QStringLiteral("editor-prescription.png"))));
}
