// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, items 4 and 5, on a 1366×768 screen (ROLLWISE_TEST_SCREEN): every dialog and the editor open inside
// the available screen at no less than their content's minimum; the safety-stop advice in the session's large
// type; the warning-sign rows stay put while they are answered; the load-warning banner is worded for a person
// and can be dismissed; the mirror badge of presentation mode on the laptop screen.
// ROLLWISE_LAYOUT_SCREENSHOTS=<dir> also saves each window as it opened (docs/screenshots/fit-*.png).

#include "window_harness.h"

#include "app/editor/custom_technique_dialog.h"
#include "app/editor/routine_editor.h"
#include "app/learn/learn_view.h"
#include "app/session/presentation_mode.h"
#include "app/window/problem_banner.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_panel.h"
#include "app/window/settings_dialog.h"
#include "app/sheet/clinic_dialog.h"
#include "app/sheet/sheet_dialog.h"
#include "app/anatomy/body_art.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QCheckBox>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QScreen>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cstdlib>

namespace rollwise {
namespace {

const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

// The window as a person sees it, for docs/screenshots/ when asked for.
void saveScreenshot(QWidget* w, const char* name)
{
    if (const char* dir = std::getenv("ROLLWISE_LAYOUT_SCREENSHOTS"))
        w->grab().save(QStringLiteral("%1/fit-%2.png").arg(QString::fromLocal8Bit(dir), QString::fromLatin1(name)));
}

void expectInsideScreen(QWidget* w, const char* what, const char* screenshot = nullptr)
{
    SCOPED_TRACE(what);
    w->show();
    QApplication::processEvents();
    if (screenshot)
        saveScreenshot(w, screenshot);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    ASSERT_EQ(available.size(), QSize(1366, 768)) << "the suite runs on its own 1366x768 screen";
    EXPECT_TRUE(available.contains(w->frameGeometry())) << w->frameGeometry().x() << "," << w->frameGeometry().y()
                                                        << " " << w->frameGeometry().width() << "x"
                                                        << w->frameGeometry().height();
    const QSize minimum = w->minimumSizeHint();
    EXPECT_GE(w->width(), std::min(minimum.width(), int(available.width() * 0.92))) << w->width();
    EXPECT_GE(w->height(), std::min(minimum.height(), int(available.height() * 0.92))) << w->height();
    w->hide();
}

TEST(WindowFit, EveryDialogAndTheEditorOpenInsideA1366x768Screen)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    BodyArt art;
    RedFlagCheck check(content());
    StopAdvice advice(content(), 24);
    RepeatedStopsNotice repeated(content(), 3);
    SettingsDialog sound(AudioSettings{});
    SheetDialog sheet(SheetOptions::fromRoutine(Routine::defaultRoutine(content())), QStringLiteral("Preview"));
    sheet.offerClinicSettings(&settings, false); // as the player and the editor show it
    ClinicDialog clinic(Clinic{});
    RoutineEditor editor(content(), RoutineEditorServices{&settings, {}});
    editor.editRoutine(Routine::defaultRoutine(content()));
    LearnView learn(content(), art);
    expectInsideScreen(&check, "safety check", "safety-check");
    expectInsideScreen(&advice, "stop advice", "stop-advice");
    expectInsideScreen(&repeated, "repeated stops", "repeated-stops");
    expectInsideScreen(&sound, "sound and cues", "sound-and-cues");
    expectInsideScreen(&sheet, "sheet options", "sheet-options");
    expectInsideScreen(&clinic, "clinic details", "clinic-details");
    expectInsideScreen(&editor, "routine editor", "routine-editor");
    expectInsideScreen(&learn, "learn", "learn");
}

TEST(WindowFit, TheMainWindowAndItsAllStepsDialogFitTheScreen)
{
    test::WindowHarness h;
    h.seedClearScreening();
    h.open();
    expectInsideScreen(h.window.get(), "main window", "main-window");
    h.window->show();
    h.window->showAllSteps();
    auto* steps = h.window->findChild<QDialog*>(QStringLiteral("allStepsDialog"));
    ASSERT_NE(steps, nullptr);
    expectInsideScreen(steps, "all steps", "all-steps");
}

TEST(WindowFit, TheStopAdviceUsesTheSessionsLargeType)
{
    StopAdvice advice(content(), 24);
    advice.show();
    QApplication::processEvents();
    // 24 px fits a 768-line screen: nothing is shrunk, and no label is smaller than the session's step.
    EXPECT_EQ(advice.textPixels(), 24);
    int labels = 0;
    for (const QLabel* l : advice.findChildren<QLabel*>()) {
        ++labels;
        EXPECT_GE(QFontInfo(l->font()).pixelSize(), 24) << l->text().left(40).toStdString();
    }
    EXPECT_GE(labels, 4);
    EXPECT_GE(QFontInfo(advice.findChild<QLabel*>(QStringLiteral("stopAdviceTitle"))->font()).pixelSize(), 36);
    EXPECT_LE(advice.frameGeometry().height(), 768);
    // Type too large for the screen gets smaller until it fits, rather than running off it.
    StopAdvice huge(content(), 120);
    EXPECT_LT(huge.textPixels(), 120);
    EXPECT_GE(huge.textPixels(), 24);
    EXPECT_LE(huge.height(), 768);
}

TEST(WindowFit, WarningSignRowsStayPutWhileTheyAreAnswered)
{
    RedFlagCheck check(content());
    check.show();
    QApplication::processEvents();
    const auto rows = [&] {
        std::vector<int> ys;
        for (const QRadioButton* b : check.findChildren<QRadioButton*>())
            if (b->objectName().startsWith(QStringLiteral("yes-")))
                ys.push_back(b->mapTo(&check, QPoint()).y());
        return ys;
    };
    const std::vector<int> before = rows();
    ASSERT_GE(before.size(), 8u);
    // Each sign answered yes in turn (the answers that show advice), then all no: no row moves.
    for (const ScreeningSign& sign : content().screening().signs()) {
        check.answer(sign.id, true);
        QApplication::processEvents();
        EXPECT_EQ(rows(), before) << sign.id.toStdString();
        check.answer(sign.id, false);
    }
    check.answerAll(true);
    QApplication::processEvents();
    EXPECT_EQ(rows(), before);
}

TEST(WindowFit, TheSafetyCheckWrapsInANarrowWindowWithEveryAnswerInSight)
{
    RedFlagCheck check(content());
    check.answer(content().screening().signs(ScreeningTier::Consult).front()->id, true); // shows the acknowledgement
    check.resize(640, 700);
    check.show();
    QApplication::processEvents();
    auto* scroll = check.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width()) << "the questions are wider than the window";
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    int answers = 0;
    for (const QRadioButton* b : check.findChildren<QRadioButton*>()) {
        const QPoint right = b->mapTo(scroll->viewport(), QPoint(b->width(), 0));
        EXPECT_LE(right.x(), scroll->viewport()->width()) << b->objectName().toStdString() << " is off to the side";
        ++answers;
    }
    EXPECT_GE(answers, 16);
    // The long acknowledgement wraps; its words tick the box, and a screen reader hears them as its name.
    auto* box = check.findChild<QCheckBox*>(QStringLiteral("acknowledge"));
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(box->isVisibleTo(&check));
    EXPECT_TRUE(box->accessibleName().contains(QStringLiteral("told me foam rolling is safe for me")));
    auto* words = check.findChild<QLabel*>(QStringLiteral("acknowledgeText"));
    ASSERT_NE(words, nullptr);
    EXPECT_GT(words->height(), QFontMetrics(words->font()).height() * 3 / 2) << "the words do not wrap";
    QTest::mouseClick(words, Qt::LeftButton);
    EXPECT_TRUE(box->isChecked());
    QTest::mouseClick(words, Qt::LeftButton);
    EXPECT_FALSE(box->isChecked());
}

TEST(WindowFit, LoadWarningsNameTheFileAndTheExerciseAndCanBeDismissed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("knee-routine.json"));
    Diagnostics d;
    d.warning(path, QStringLiteral("exercises[0].holdSeconds"), QStringLiteral("is short"));
    test::WindowHarness h;
    h.seedClearScreening();
    h.window = std::make_unique<MainWindow>(content(), h.routine, d.toReadableText(),
                                            MainWindowServices{&h.clock, &h.audio, &h.settings, h.dataDirectory()});
    h.window->show();
    auto* banner = h.window->findChild<ProblemBanner*>(QStringLiteral("problemBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("knee-routine.json: exercise 1, holdSeconds"))) << banner->text().toStdString();
    EXPECT_FALSE(banner->text().contains(dir.path()));
    EXPECT_FALSE(banner->text().contains(QStringLiteral("[0]")));
    QToolButton* dismiss = banner->dismissButton();
    ASSERT_NE(dismiss, nullptr);
    EXPECT_FALSE(dismiss->accessibleName().isEmpty());
    saveScreenshot(h.window.get(), "load-warning");
    dismiss->click();
    EXPECT_FALSE(banner->isVisible());
}

TEST(WindowFit, TheMirrorBadgeFitsOverBothDiagramsWhilePresenting)
{
    test::WindowHarness h;
    h.seedClearScreening();
    h.open();
    h.window->show();
    PresentationMode* mode = h.window->presentation();
    mode->setActive(true);
    mode->setMirrored(true);
    QApplication::processEvents();
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    EXPECT_EQ(h.window->frameGeometry().size(), screen.size());
    for (const QLabel* badge : mode->mirrorBadges()) {
        ASSERT_TRUE(badge->isVisible());
        EXPECT_TRUE(badge->parentWidget()->rect().contains(badge->geometry()))
            << badge->width() << " px wide on a " << badge->parentWidget()->width() << " px diagram";
        EXPECT_LE(badge->heightForWidth(badge->width()), badge->height()) << "the badge's words are cut off";
    }
    saveScreenshot(h.window.get(), "presentation-mirrored");
    mode->setActive(false);
    EXPECT_FALSE(mode->isMirrored());
}

} // namespace
} // namespace rollwise
