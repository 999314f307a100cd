// The plain main window, driven through its real widgets with a manual clock.
#include "app/main_window.h"
#include "app/session_controller.h"
#include "core/content_library.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
template <typename T>
T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c;
}
} // namespace

TEST(MainWindow, ListsTheRoutineAndShowsTheSelectedTechniquesSteps)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    MainWindow w(content, Routine::defaultRoutine(content));
    auto* list = child<QListWidget>(w, "exerciseList");
    ASSERT_EQ(list->count(), 5);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("1. Glutes and piriformis")));
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("right, then left")));
    EXPECT_TRUE(list->item(2)->text().contains(QStringLiteral("both sides together")));
    list->setCurrentRow(3);
    const QString details = child<QTextBrowser>(w, "techniqueDetails")->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Thoracic spine")));
    EXPECT_TRUE(details.contains(QStringLiteral("stop before reaching the lumbar spine")));
    EXPECT_FALSE(child<QLabel>(w, "problemBanner")->isVisibleTo(&w));
}

TEST(MainWindow, StartButtonRunsTheEngineOnTheInjectedClock)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    ManualClock clock;
    auto* controller = new SessionController(&clock);
    MainWindow w(content, Routine::defaultRoutine(content), {}, controller);
    auto* start = child<QPushButton>(w, "startButton");
    auto* pause = child<QPushButton>(w, "pauseButton");
    auto* phase = child<QLabel>(w, "phaseLabel");
    auto* countdown = child<QLabel>(w, "countdownLabel");
    EXPECT_FALSE(pause->isEnabled());

    start->click();
    EXPECT_EQ(phase->text(), QStringLiteral("Get ready"));
    EXPECT_EQ(countdown->text(), QStringLiteral("0:05"));
    EXPECT_FALSE(start->isEnabled());

    clock.set(5500ms);
    controller->poll();
    EXPECT_EQ(phase->text(), QStringLiteral("Roll"));
    EXPECT_EQ(countdown->text(), QStringLiteral("1:00")); // 59.5 s left rounds up

    pause->click();
    EXPECT_EQ(pause->text(), QStringLiteral("&Resume"));
    clock.set(600s);
    controller->poll();
    EXPECT_EQ(countdown->text(), QStringLiteral("1:00")); // frozen while paused
    pause->click();
    clock.set(600s + 59500ms);
    controller->poll();
    EXPECT_EQ(phase->text(), QStringLiteral("Hold"));

    child<QPushButton>(w, "stopButton")->click();
    EXPECT_EQ(phase->text(), QStringLiteral("Stopped"));
    EXPECT_TRUE(start->isEnabled());
}

TEST(MainWindow, ProblemsLoadingARoutineAreShownInABanner)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    MainWindow w(content, Routine::defaultRoutine(content),
                 QStringLiteral("error: bad.json: exercises[0].technique: unknown technique \"x\""));
    auto* banner = child<QLabel>(w, "problemBanner");
    EXPECT_TRUE(banner->isVisibleTo(&w));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("unknown technique")));
}
