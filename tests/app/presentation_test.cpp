// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode, driven with the keys a presentation clicker sends, and the mirror and zoom toggles
// checked on the rendered diagrams.
#include "app/anatomy/anatomy_view.h"
#include "app/session/cautions_box.h"
#include "app_test_support.h"
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "app/window/main_window.h"
#include "app/session/presentation_mode.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_panel.h"
#include "window_harness.h"
#include "core/content_library.h"
#include "core/session_engine.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
struct Presenting : test::WindowHarness {
    Presenting()
    {
        seedClearScreening();
        open();
        window->resize(1200, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
};

QPoint anchorPixel(AnatomyView& view, const char* regionId)
{
    const RegionShape* s = ContentLibrary::builtIn().region(QString::fromLatin1(regionId))->shapeIn(View::Posterior);
    return view.anatomy().drawingToTarget(QRectF(view.rect())).map(QPointF(s->anchor.x, -s->anchor.y)).toPoint();
}

} // namespace

TEST(PresentationMode, F11GoesFullScreenWithLargeTypeAndHidesTheSidebar)
{
    Presenting p;
    SessionPanel* panel = p.window->sessionPanel();
    const PanelFloors normal = panel->floors();
    p.key(Qt::Key_F11);
    EXPECT_TRUE(p.window->presentation()->isActive());
    EXPECT_TRUE(p.window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(p.window->findChild<QWidget*>(QStringLiteral("exerciseList"))->isVisible());
    // Large type follows the screen: 160 px digits and 40 px steps on a 1080-line screen.
    EXPECT_EQ(PanelFloors::forWindow(true, 1080).countdownInkPx, 160);
    EXPECT_EQ(PanelFloors::forWindow(true, 1080).stepPx, 40);
    EXPECT_EQ(panel->floors().stepPx, PanelFloors::forWindow(true, p.window->height()).stepPx);
    p.key(Qt::Key_F11);
    EXPECT_FALSE(p.window->presentation()->isActive());
    EXPECT_TRUE(p.window->findChild<QWidget*>(QStringLiteral("exerciseList"))->isVisible());
    EXPECT_EQ(panel->floors().stepPx, normal.stepPx);
    EXPECT_EQ(panel->floors().countdownInkPx, normal.countdownInkPx);
}

TEST(PresentationMode, ControlsHideUntilTheMouseMovesButTheSafetyStopStays)
{
    Presenting p;
    p.key(Qt::Key_F11);
    SessionControls* c = p.window->controls();
    PresentationMode* mode = p.window->presentation();
    EXPECT_TRUE(mode->controlsHidePending());
    EXPECT_TRUE(c->startPause()->isVisible()); // until the idle time has passed
    mode->hideIdleControls();                  // what the timer does once it has
    EXPECT_FALSE(c->startPause()->isVisible());
    EXPECT_TRUE(c->safetyStop()->isVisible());
    // The keys still work with the buttons hidden.
    p.key(Qt::Key_Space);
    EXPECT_TRUE(p.engine().isRunning());
    QTest::mouseMove(p.window->bodyView(), QPoint(50, 50));
    QMouseEvent move(QEvent::MouseMove, QPointF(60, 60), QPointF(60, 60), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(p.window->bodyView(), &move);
    EXPECT_TRUE(c->startPause()->isVisible());
    EXPECT_TRUE(mode->controlsHidePending()); // and they hide again once the mouse rests
}

TEST(PresentationMode, ClickerKeysStepThroughAndBlankTheScreen)
{
    Presenting p;
    p.key(Qt::Key_F11);
    p.key(Qt::Key_Space);
    ASSERT_EQ(p.engine().phase(), Phase::Prepare);
    p.key(Qt::Key_PageDown);
    EXPECT_EQ(p.engine().phase(), Phase::Roll);
    p.key(Qt::Key_PageDown);
    EXPECT_EQ(p.engine().phase(), Phase::Hold);
    p.key(Qt::Key_PageUp); // within 2 s of the hold starting: back to rolling
    EXPECT_EQ(p.engine().phase(), Phase::Roll);
    p.key(Qt::Key_Right);
    EXPECT_EQ(p.engine().phase(), Phase::Hold);
    auto* cover = p.window->findChild<QWidget*>(QStringLiteral("blankScreen"));
    ASSERT_NE(cover, nullptr);
    p.key(Qt::Key_B);
    EXPECT_TRUE(cover->isVisible());
    p.key(Qt::Key_Period);
    EXPECT_FALSE(cover->isVisible());
}

TEST(PresentationMode, MirrorShowsTheDiagramAsTheMirrorImage)
{
    Presenting p;
    AnatomyView* body = p.window->bodyView();
    body->resize(500, 800);
    QApplication::processEvents();
    // Glutes preview: the right glute is the target; in the posterior view it is on the viewer's right.
    const QPoint right = anchorPixel(*body, "glutes-right");
    QImage normal = body->grab().toImage();
    ASSERT_TRUE(test::isTeal(normal.pixelColor(right)));
    EXPECT_GT(right.x(), body->width() / 2);
    p.key(Qt::Key_M);
    EXPECT_TRUE(p.window->presentation()->isMirrored());
    EXPECT_TRUE(p.window->poseView()->anatomy().mirrored());
    const QImage mirrored = body->grab().toImage();
    const QPoint flipped(body->width() - 1 - right.x(), right.y());
    EXPECT_TRUE(test::isTeal(mirrored.pixelColor(flipped)));
    EXPECT_FALSE(test::isTeal(mirrored.pixelColor(right)));
    // Column by column the body itself is the mirror image (labels aside).
    int same = 0;
    int total = 0;
    for (int y = 0; y < normal.height(); y += 7)
        for (int x = 0; x < normal.width(); x += 7) {
            ++total;
            const QColor a = normal.pixelColor(x, y);
            const QColor b = mirrored.pixelColor(normal.width() - 1 - x, y);
            same += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
        }
    EXPECT_GT(same, total * 95 / 100);
    p.key(Qt::Key_M);
    EXPECT_FALSE(p.window->presentation()->isMirrored());
}

TEST(PresentationMode, MirroringIsMarkedOnBothDiagramsAndEndsWithPresenting)
{
    Presenting p;
    PresentationMode* mode = p.window->presentation();
    ASSERT_EQ(mode->mirrorBadges().size(), 2u);
    for (QLabel* badge : mode->mirrorBadges())
        EXPECT_FALSE(badge->isVisible());
    p.key(Qt::Key_F11);
    p.key(Qt::Key_M);
    QApplication::processEvents();
    ASSERT_TRUE(mode->isMirrored());
    for (QLabel* badge : mode->mirrorBadges()) {
        EXPECT_TRUE(badge->isVisible());
        EXPECT_TRUE(badge->text().startsWith(QStringLiteral("MIRRORED")));
        EXPECT_FALSE(badge->accessibleName().isEmpty());
        // Fully on its diagram, at the top, readable across the room.
        const QWidget* view = badge->parentWidget();
        EXPECT_TRUE(view == p.window->bodyView() || view == p.window->poseView());
        EXPECT_TRUE(view->rect().contains(badge->geometry())) << badge->geometry().width() << " in " << view->width();
        EXPECT_LT(badge->y(), view->height() / 10);
        EXPECT_GE(QFontInfo(badge->font()).pixelSize(), 20);
    }
    // Leaving presentation mode undoes the mirror: at home nobody follows a mirrored picture.
    p.key(Qt::Key_F11);
    EXPECT_FALSE(mode->isActive());
    EXPECT_FALSE(mode->isMirrored());
    EXPECT_FALSE(p.window->bodyView()->anatomy().mirrored());
    EXPECT_FALSE(p.window->poseView()->anatomy().mirrored());
    for (QLabel* badge : mode->mirrorBadges())
        EXPECT_FALSE(badge->isVisible());
    // Mirrored outside presentation mode (the View menu's M), the mark is there too, in normal type.
    p.key(Qt::Key_M);
    for (QLabel* badge : mode->mirrorBadges())
        EXPECT_TRUE(badge->isVisible());
}

TEST(PresentationMode, ZoomFocusesOnTheTargetAndTheLumbarZone)
{
    Presenting p;
    AnatomyView* body = p.window->bodyView();
    EXPECT_TRUE(body->anatomy().focusRect().isEmpty());
    p.key(Qt::Key_Z);
    const QRectF focus = body->anatomy().focusRect();
    ASSERT_FALSE(focus.isEmpty());
    // The glutes, their roller path and the lumbar spine (y 101-120 cm → SVG -120…-101) are all in view.
    EXPECT_LT(focus.top(), -120.0);
    EXPECT_GT(focus.bottom(), -82.0);
    EXPECT_LT(focus.height(), 80.0); // far closer than the whole 186 cm figure
    p.key(Qt::Key_Z);
    EXPECT_TRUE(body->anatomy().focusRect().isEmpty());
}

TEST(PresentationMode, ShowsTheCurrentTechniquesCautionsWhileTheSidebarIsHidden)
{
    Presenting p;
    auto* box = p.window->findChild<CautionsBox*>(QStringLiteral("cautionsBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isVisible()) << "outside presentation mode the sidebar shows the cautions";
    p.key(Qt::Key_F11);
    EXPECT_TRUE(box->isVisible());
    const Technique* glutes = ContentLibrary::builtIn().technique(QStringLiteral("glutes"));
    ASSERT_NE(glutes, nullptr);
    ASSERT_FALSE(glutes->cautions.isEmpty());
    for (const QString& caution : glutes->cautions)
        EXPECT_TRUE(box->text().contains(caution)) << box->text().toStdString();
    // The glute caution is Rollwise's own words, and says so on the big screen too.
    ASSERT_TRUE(glutes->isOwnGuidance(QStringLiteral("cautions[0]")));
    EXPECT_TRUE(box->text().contains(QStringLiteral("• Rollwise tip: ") + glutes->cautions[0])) << box->text().toStdString();
    // The session moves on to the next technique: its cautions replace the glutes'.
    p.key(Qt::Key_Space);
    const QString second = p.window->routine().exercises.at(1).techniqueId;
    while (p.engine().isRunning() && p.engine().techniqueId() != second)
        p.key(Qt::Key_PageDown);
    const Technique* next = ContentLibrary::builtIn().technique(second);
    ASSERT_NE(next, nullptr);
    ASSERT_FALSE(next->cautions.isEmpty());
    EXPECT_TRUE(box->text().contains(next->cautions.front())) << box->text().toStdString();
    EXPECT_FALSE(box->text().contains(glutes->cautions.front()));
    p.key(Qt::Key_F11);
    EXPECT_FALSE(box->isVisible());
}

TEST(PresentationMode, BlankScreenStopsAboveTheSafetyStopAndF12StillWorks)
{
    Presenting p;
    p.key(Qt::Key_F11);
    p.key(Qt::Key_Space);
    ASSERT_TRUE(p.engine().isRunning());
    auto* cover = p.window->findChild<QWidget*>(QStringLiteral("blankScreen"));
    ASSERT_NE(cover, nullptr);
    p.key(Qt::Key_B);
    ASSERT_TRUE(cover->isVisible());
    QPushButton* stop = p.window->controls()->safetyStop();
    EXPECT_TRUE(stop->isVisible());
    const QRect stopInWindow(stop->mapTo(p.window.get(), QPoint(0, 0)), stop->size());
    EXPECT_FALSE(cover->geometry().intersects(stopInWindow))
        << "cover " << cover->geometry().bottom() << " reaches into the stop button at " << stopInWindow.top();
    EXPECT_GT(cover->geometry().height(), p.window->height() / 2) << "the rest of the screen is dark";
    EXPECT_FALSE(p.window->controls()->startPause()->isVisible()) << "only the safety stop stays while blanked";
    // A mouse move while blanked does not bring the other buttons back over the dark screen.
    QMouseEvent move(QEvent::MouseMove, QPointF(60, 60), QPointF(60, 60), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(cover, &move);
    EXPECT_FALSE(p.window->controls()->startPause()->isVisible());
    // The window changes size (a projector's resolution): the cover follows and still stops above the button.
    p.window->resize(1000, 700);
    QApplication::processEvents();
    const QRect moved(stop->mapTo(p.window.get(), QPoint(0, 0)), stop->size());
    EXPECT_FALSE(cover->geometry().intersects(moved));
    p.key(Qt::Key_F12);
    EXPECT_EQ(p.engine().phase(), Phase::Stopped);
    EXPECT_EQ(p.audio.playedIds().value(p.audio.playedIds().size() - 1), QStringLiteral("safety-stop")) << "the safety stop's own cue";
    EXPECT_NE(p.window->findChild<QDialog*>(QStringLiteral("stopAdvice")), nullptr) << "and its advice";
}
