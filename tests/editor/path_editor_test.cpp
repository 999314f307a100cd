// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing a custom technique's roller path with the mouse and keyboard on the body diagram: unsafe
// drawings (over the lumbar spine, dragged into the sacrum, a roller band widened onto a bone) are refused
// visibly and never reach the document; safe ones are applied as undoable edits.
#include "app/editor/path_canvas.h"
#include "app/editor/path_editor.h"
#include "app/editor/roller_paths.h"
#include "app/editor/technique_library.h"
#include "editor_test_support.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace rollwise;
using namespace rollwise::test;

namespace {
struct PathFixture : EditorFixture {
    PathFixture()
    {
        editor->editRoutine(Routine::defaultRoutine(content()));
        techniqueAnswer = customTechnique();
        trigger("actionNewCustomTechnique");
        QApplication::processEvents();
    }
    PathEditor* paths() const { return editor->pathEditor(); }
    PathCanvas* canvas() const { return editor->pathEditor()->canvas(); }
    void click(Point body) const { QTest::mouseClick(canvas(), Qt::LeftButton, {}, canvas()->toWidget(body).toPoint()); }
    const Technique& technique() const { return routine().customTechniques.at(0); }
    // The colour drawn at a body point, to prove the verdict is visible and not only in a label.
    QColor colourAt(Point body) const
    {
        return canvas()->grab().toImage().pixelColor(canvas()->toWidget(body).toPoint());
    }
};

bool reddish(const QColor& c)
{
    return c.red() > 150 && c.red() > c.green() + 60 && c.red() > c.blue() + 60;
}

bool greenish(const QColor& c)
{
    return c.green() > c.red() + 20 && c.green() > c.blue();
}
} // namespace

TEST(PathEditor, CanvasMapsTheMouseToTheBodyFrame)
{
    PathFixture f;
    PathCanvas* c = f.canvas();
    for (const Point p : {Point{0, 110}, Point{11.5, 97.5}, Point{-20, 60}}) {
        const Point back = c->toBody(c->toWidget(p));
        EXPECT_NEAR(back.x, p.x, 0.11);
        EXPECT_NEAR(back.y, p.y, 0.11);
    }
    // Body (0, 110) is the middle of the lumbar zone: the view's own hit test agrees.
    const auto hit = c->anatomy().hitTest(c->toWidget({0, 110}), QRectF(c->rect()));
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->id, u"zone-lumbar-spine");
}

TEST(PathEditor, APathOverTheLumbarSpineIsRefusedVisiblyAndNotApplied)
{
    PathFixture f;
    const QByteArray before = bytes(f.routine());
    const int steps = f.doc().undoStack()->count();

    f.click({0, 106});
    // A single point is not a path yet, but a roller there would touch the spine: refused at once.
    EXPECT_TRUE(f.paths()->refusedZones().contains(QStringLiteral("Lumbar spine")));
    f.click({0, 116});
    EXPECT_EQ(f.canvas()->points().size(), 2u);
    EXPECT_EQ(f.paths()->refusedZones(), QStringList{QStringLiteral("Lumbar spine")});
    const QString status = f.paths()->statusText();
    EXPECT_TRUE(status.contains(QStringLiteral("Refused"))) << qPrintable(status);
    EXPECT_TRUE(status.contains(QStringLiteral("Lumbar spine"))) << qPrintable(status);
    EXPECT_TRUE(status.contains(QStringLiteral("not applied"))) << qPrintable(status);
    EXPECT_TRUE(f.editor->findChild<QLabel*>(QStringLiteral("pathStatus"))->isVisible());
    // The point handles are filled with the verdict's colour: red here.
    EXPECT_TRUE(reddish(f.colourAt({0, 116}))) << qPrintable(f.colourAt({0, 116}).name());

    // The document never saw it.
    EXPECT_EQ(bytes(f.routine()), before);
    EXPECT_EQ(f.doc().undoStack()->count(), steps);
    EXPECT_TRUE(f.technique().paths.empty());

    // Reverting throws the drawing away.
    for (QPushButton* b : f.paths()->findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Revert")))
            b->click();
    EXPECT_TRUE(f.canvas()->points().empty());
    EXPECT_TRUE(f.paths()->refusedZones().isEmpty());
}

TEST(PathEditor, ASafePathIsAppliedAsAnUndoableEditWithItsMirrorImage)
{
    PathFixture f;
    const QByteArray before = bytes(f.routine());
    const int steps = f.doc().undoStack()->count();
    f.click({10.5, 97.5});
    EXPECT_EQ(f.doc().undoStack()->count(), steps); // one point: nothing to apply yet
    f.click({10.8, 95});
    EXPECT_TRUE(f.paths()->refusedZones().isEmpty());
    EXPECT_TRUE(f.paths()->statusText().contains(QStringLiteral("Clear of every contraindicated zone")))
        << qPrintable(f.paths()->statusText());
    EXPECT_EQ(f.doc().undoStack()->count(), steps + 1);
    ASSERT_EQ(f.technique().paths.size(), 2u); // the right path and its mirror image for the left side
    const RollerPath& right = f.technique().paths[0];
    EXPECT_EQ(right.side, Side::Right);
    EXPECT_EQ(right.view, View::Posterior);
    ASSERT_EQ(right.points.size(), 2u);
    EXPECT_NEAR(right.points[0].x, 10.5, 0.11);
    EXPECT_NEAR(right.points[1].y, 95, 0.11);
    EXPECT_EQ(f.technique().paths[1].side, Side::Left);
    EXPECT_NEAR(f.technique().paths[1].points[0].x, -right.points[0].x, 1e-9);
    EXPECT_TRUE(greenish(f.colourAt({10.8, 95}))) << qPrintable(f.colourAt({10.8, 95}).name());
    EXPECT_TRUE(f.doc().diagnosticsAt(QStringLiteral("customTechniques[0]")).empty())
        << qPrintable(f.doc().diagnostics().toText());

    // The core validator agrees with what the editor accepted.
    EXPECT_FALSE(RoutineReader(content()).validate(f.routine(), QStringLiteral("x")).hasErrors());

    // A third point is another step; undo takes the steps back one by one.
    f.click({11, 92.5});
    EXPECT_EQ(f.technique().paths[0].points.size(), 3u) << qPrintable(f.paths()->statusText());
    f.trigger("actionUndo");
    EXPECT_EQ(f.technique().paths[0].points.size(), 2u);
    EXPECT_EQ(f.canvas()->points().size(), 2u); // the drawing follows the document
    f.trigger("actionUndo");
    EXPECT_EQ(bytes(f.routine()), before);
}

TEST(PathEditor, DraggingAPointIntoTheSacrumIsRefusedAndTheSafePathKept)
{
    PathFixture f;
    f.click({10.5, 97});
    f.click({11, 92});
    const QByteArray safe = bytes(f.routine());
    const int steps = f.doc().undoStack()->count();

    PathCanvas* c = f.canvas();
    const QPoint from = c->toWidget({11, 92}).toPoint();
    const QPoint to = c->toWidget({1, 93}).toPoint(); // the sacrum
    QTest::mousePress(c, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), c->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(c, &move);
    QTest::mouseRelease(c, Qt::LeftButton, {}, to);
    EXPECT_TRUE(f.paths()->refusedZones().contains(QStringLiteral("Sacrum and tailbone")))
        << qPrintable(f.paths()->refusedZones().join(QLatin1Char(',')));
    EXPECT_EQ(bytes(f.routine()), safe);
    EXPECT_EQ(f.doc().undoStack()->count(), steps);

    // Moving it back out (with the keyboard this time) is safe again and applied.
    c->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(c, Qt::Key_Right, Qt::ShiftModifier); // 2 cm each
    EXPECT_TRUE(f.paths()->refusedZones().isEmpty()) << qPrintable(f.paths()->statusText());
    EXPECT_NEAR(f.technique().paths[0].points[1].x, 11, 0.11);
    EXPECT_GT(f.doc().undoStack()->count(), steps);

    // Delete removes the selected point: one point left is not a path, so the document keeps two.
    QTest::keyClick(c, Qt::Key_Delete);
    EXPECT_EQ(c->points().size(), 1u);
    EXPECT_EQ(f.technique().paths[0].points.size(), 2u);
}

TEST(PathEditor, WideningTheRollerOntoABoneIsRefusedAndWidthStepsMerge)
{
    PathFixture f;
    f.click({10.5, 97});
    f.click({11, 92});
    const int steps = f.doc().undoStack()->count();
    QDoubleSpinBox* width = f.paths()->widthBox();
    width->setValue(6.5);
    width->setValue(7.0);
    EXPECT_EQ(f.doc().undoStack()->count(), steps + 1); // one "width" step
    EXPECT_DOUBLE_EQ(f.technique().paths[0].widthCm, 7.0);
    width->setValue(14.0); // a 14 cm band reaches the hip bone and the sacrum
    EXPECT_FALSE(f.paths()->refusedZones().isEmpty());
    EXPECT_DOUBLE_EQ(f.technique().paths[0].widthCm, 7.0);
}

TEST(PathEditor, BuiltInTechniquesAreShownButNotEditable)
{
    PathFixture f;
    ASSERT_TRUE(f.editor->library()->selectTechnique(QStringLiteral("glutes")));
    EXPECT_EQ(f.paths()->techniqueId(), u"glutes");
    EXPECT_FALSE(f.canvas()->points().empty()); // the built-in path is drawn
    EXPECT_TRUE(f.paths()->statusText().contains(QStringLiteral("Built-in")));
    const QByteArray before = bytes(f.routine());
    const size_t points = f.canvas()->points().size();
    f.click({0, 110});
    EXPECT_EQ(f.canvas()->points().size(), points);
    EXPECT_EQ(bytes(f.routine()), before);
    EXPECT_FALSE(f.paths()->widthBox()->isEnabled());
}
