// SPDX-License-Identifier: GPL-3.0-or-later
// The safety check as a person meets it in the window, on a manual clock and an injected wall clock: asked
// first, asked again after a stop or 30 days, an urgent sign blocking the day, a clearance lifting only the
// conditions, two stops in a week asking for an acknowledgement at every start, and answers given by
// keyboard, setChecked()/toggle() and accessibility actions all counting.
#include "app/session/safety_dialogs.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/session/session_controls.h"
#include "window_harness.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

struct Window : test::WindowHarness {
    void show()
    {
        open();
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    bool running() const { return window->controller()->engine() && engine().isRunning(); }
    // Dialogs close with WA_DeleteOnClose; collect them so findChild sees only the one open now.
    template <class T> T* only()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const auto all = window->findChildren<T*>();
        return all.size() == 1 ? all.front() : nullptr;
    }
    void startAndExpectCheck(RedFlagCheck*& check)
    {
        window->startOrPause();
        check = only<RedFlagCheck>();
    }
};

QPushButton* startButton(RedFlagCheck* c)
{
    return c->findChild<QPushButton*>(QStringLiteral("startAfterCheck"));
}

SessionRecord stop(const QDateTime& start)
{
    SessionRecord s;
    s.start = start;
    s.end = start.addSecs(120);
    s.routineTitle = QStringLiteral("Lower-back relief");
    s.outcome = SessionOutcome::SafetyStop;
    s.stopReason = SessionRecord::kStopButton;
    return s;
}
} // namespace

TEST(ScreeningWindow, TheCheckComesFirstAndAConsultSignNeedsTheArticleAdviceAndAConfirmation)
{
    Window w;
    w.show();
    w.key(Qt::Key_Space);
    EXPECT_FALSE(w.running());
    auto* check = w.only<RedFlagCheck>();
    ASSERT_NE(check, nullptr);
    EXPECT_FALSE(startButton(check)->isEnabled()); // nothing answered yet
    check->answerAll(false);
    check->answer(QStringLiteral("radiating-leg-pain"), true);
    auto* advice = check->findChild<QLabel*>(QStringLiteral("consultAdvice"));
    EXPECT_TRUE(advice->isVisibleTo(check));
    EXPECT_EQ(advice->text(), content().screening().advice(ScreeningTier::Consult).advice);
    EXPECT_FALSE(startButton(check)->isEnabled());
    startButton(check)->click();
    EXPECT_FALSE(w.running());
    check->findChild<QCheckBox*>(QStringLiteral("acknowledge"))->setChecked(true);
    ASSERT_TRUE(startButton(check)->isEnabled());
    startButton(check)->click();
    EXPECT_TRUE(w.running());
    const auto& recorded = w.window->history()->store().screenings();
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_EQ(recorded[0].verdict, CheckVerdict::ConsultCleared);
    EXPECT_TRUE(recorded[0].answers.at(QStringLiteral("radiating-leg-pain")));
    EXPECT_EQ(recorded[0].answers.size(), content().screening().signs().size());
}

TEST(ScreeningWindow, StartThenStopButtonThenStartAgainAsksTheCheckAndStartsNothing)
{
    Window w;
    w.seedClearScreening();
    w.show();
    w.key(Qt::Key_Space);
    ASSERT_TRUE(w.running());
    w.at(40s);
    QTest::keyClick(w.window.get(), Qt::Key_F12);
    EXPECT_FALSE(w.running());
    const auto& sessions = w.window->history()->store().sessions();
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::SafetyStop);
    EXPECT_EQ(sessions[0].stopReason, QStringLiteral("stop-button"));
    if (auto* advice = w.only<StopAdvice>())
        advice->accept();
    w.at(60s);
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(check->isVisible());
    EXPECT_FALSE(w.running());
    EXPECT_EQ(w.window->startVerdict().reason, RecheckReason::AfterSafetyStop);
    EXPECT_TRUE(check->findChild<QLabel*>(QStringLiteral("recheckReason"))->text().contains(QStringLiteral("stopped for safety")));
    // Answered again (all no), one stop in the week: the session starts.
    check->answerAll(false);
    startButton(check)->click();
    EXPECT_TRUE(w.running());
}

TEST(ScreeningWindow, TwoSafetyStopsInAWeekBlockEveryStartUntilAcknowledged)
{
    Window w;
    {
        HistoryStore store(w.dataDirectory());
        store.load();
        store.append(stop(w.wallStart.addDays(-5)));
        store.append(stop(w.wallStart.addDays(-1)));
        store.appendScreening(test::clearScreening(w.wallStart.addSecs(-600)));
    }
    w.show();
    for (int start = 0; start < 2; ++start) {
        SCOPED_TRACE(start);
        w.window->startOrPause();
        EXPECT_FALSE(w.running());
        auto* notice = w.only<RepeatedStopsNotice>();
        ASSERT_NE(notice, nullptr);
        EXPECT_EQ(notice->findChild<QLabel*>(QStringLiteral("repeatedStopsTitle"))->text(),
                  QStringLiteral("Talk to your clinician before rolling again"));
        EXPECT_NE(notice->findChild<QLabel*>(QStringLiteral("rollwiseGuidanceTag")), nullptr);
        auto* go = notice->findChild<QPushButton*>(QStringLiteral("continueAfterRepeatedStops"));
        EXPECT_FALSE(go->isEnabled());
        go->click();
        EXPECT_FALSE(w.running());
        notice->findChild<QCheckBox*>(QStringLiteral("acknowledgeRepeatedStops"))->setChecked(true);
        go->click();
        EXPECT_TRUE(w.running());
        w.window->controller()->stop();
        w.at(w.clock.now() + 60s);
    }
    // Both acknowledgements are on record.
    int acks = 0;
    for (const ScreeningRecord& r : w.window->history()->store().screenings())
        acks += r.kind == ScreeningKind::RepeatedStopsAcknowledged;
    EXPECT_EQ(acks, 2);
}

TEST(ScreeningWindow, AnUrgentYesBlocksTheRestOfTheDayAndTheNextDayAsksAgain)
{
    Window w;
    w.show();
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    check->answerAll(false);
    check->answer(QStringLiteral("after-fall"), true);
    EXPECT_TRUE(check->findChild<QLabel*>(QStringLiteral("urgentAdvice"))->isVisibleTo(check));
    EXPECT_TRUE(check->findChild<QLabel*>(QStringLiteral("urgentAdvice"))->text().startsWith(QStringLiteral("Seek medical care now")));
    EXPECT_FALSE(startButton(check)->isEnabled());
    EXPECT_FALSE(check->findChild<QCheckBox*>(QStringLiteral("acknowledge"))->isVisibleTo(check));
    check->reject();
    EXPECT_FALSE(w.running());
    // Later that day (08:00 UTC + 12 h is 21:00 in Berlin): no check, no session, the urgent advice.
    w.clock.set(12h);
    w.window->startOrPause();
    EXPECT_FALSE(w.running());
    EXPECT_EQ(w.only<RedFlagCheck>(), nullptr);
    auto* box = w.only<QMessageBox>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->objectName(), QStringLiteral("urgentToday"));
    EXPECT_TRUE(box->text().contains(QStringLiteral("Seek medical care now")));
    box->accept();
    // The next local day the check is asked again.
    w.clock.set(24h);
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    EXPECT_FALSE(w.running());
}

TEST(ScreeningWindow, AClearanceInTheRoutineLiftsTheConditionsButNotTheUrgentSigns)
{
    Window w;
    w.routine.clearance = ClinicianClearance{QStringLiteral("Dr. A. Meyer"), QDate(2025, 3, 1)};
    w.show();
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    check->answerAll(false);
    check->answer(QStringLiteral("pregnancy"), true);
    auto* conditions = check->findChild<QLabel*>(QStringLiteral("clinicianFirstAdvice"));
    EXPECT_TRUE(conditions->isVisibleTo(check));
    EXPECT_TRUE(conditions->text().contains(QStringLiteral("Dr. A. Meyer")));
    EXPECT_TRUE(startButton(check)->isEnabled());
    check->answer(QStringLiteral("worsening-weakness"), true);
    EXPECT_FALSE(startButton(check)->isEnabled());
    check->answer(QStringLiteral("worsening-weakness"), false);
    startButton(check)->click();
    EXPECT_TRUE(w.running());
}

TEST(ScreeningWindow, WithoutAClearanceAConditionMeansNoSession)
{
    Window w;
    w.show();
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    check->answerAll(false);
    check->answer(QStringLiteral("blood-thinners"), true);
    EXPECT_TRUE(check->findChild<QLabel*>(QStringLiteral("clinicianFirstAdvice"))->text().startsWith(QStringLiteral("Ask your clinician first")));
    EXPECT_FALSE(startButton(check)->isEnabled());
    startButton(check)->click();
    EXPECT_FALSE(w.running());
}

TEST(ScreeningWindow, ACheckMoreThanThirtyDaysOldIsAskedAgain)
{
    Window w;
    test::seedClearScreening(w.dataDirectory(), w.wallStart.addDays(-31));
    w.show();
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    ASSERT_NE(check, nullptr);
    EXPECT_FALSE(w.running());
    EXPECT_TRUE(check->findChild<QLabel*>(QStringLiteral("recheckReason"))->text().contains(QStringLiteral("30 days")));
}

TEST(ScreeningWindow, TheOldSettingsFlagNoLongerSkipsTheCheck)
{
    Window w;
    w.settings.setValue(QStringLiteral("safety/redFlagCheckDone"), true);
    w.show();
    EXPECT_FALSE(w.settings.contains(QStringLiteral("safety/redFlagCheckDone")));
    RedFlagCheck* check = nullptr;
    w.startAndExpectCheck(check);
    EXPECT_NE(check, nullptr);
    EXPECT_FALSE(w.running());
}

TEST(ScreeningWindow, AnswersByKeyboardSetCheckedToggleAndAccessibilityActionsAllEnableStart)
{
    RedFlagCheck check(content(), {}, QDate(2025, 3, 10));
    check.show();
    const auto& signs = content().screening().signs();
    for (size_t i = 0; i < signs.size(); ++i) {
        auto* no = check.findChild<QRadioButton*>(QStringLiteral("no-") + signs[i].id);
        ASSERT_NE(no, nullptr);
        switch (i % 4) {
        case 0: no->setChecked(true); break;
        case 1: no->toggle(); break;
        case 2: {
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(no);
            ASSERT_NE(a, nullptr);
            ASSERT_NE(a->actionInterface(), nullptr);
            const QStringList actions = a->actionInterface()->actionNames();
            ASSERT_TRUE(actions.contains(QAccessibleActionInterface::toggleAction())) << actions.join(QLatin1Char(',')).toStdString();
            a->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
            break;
        }
        case 3:
            no->setFocus();
            QTest::keyClick(no, Qt::Key_Space);
            break;
        }
        EXPECT_TRUE(no->isChecked()) << signs[i].id.toStdString();
        EXPECT_EQ(startButton(&check)->isEnabled(), i + 1 == signs.size()) << i;
    }
}

TEST(ScreeningWindow, TheArticlesWordsAndRollwisesOwnAreLabelledAndTheDialogFitsTheScreen)
{
    RedFlagCheck check(content(), {}, QDate(2025, 3, 10));
    check.show();
    EXPECT_EQ(check.findChildren<QLabel*>(QStringLiteral("articleTag")).size(), 1);
    EXPECT_EQ(check.findChildren<QLabel*>(QStringLiteral("rollwiseGuidanceTag")).size(), 2);
    EXPECT_EQ(check.findChild<QLabel*>(QStringLiteral("rollwiseGuidanceTag"))->text(), QStringLiteral("Rollwise guidance"));
    const QRect screen = check.screen()->availableGeometry();
    EXPECT_LE(check.height(), screen.height());
    EXPECT_LE(check.width(), screen.width());
}
