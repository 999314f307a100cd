// SPDX-License-Identifier: GPL-3.0-or-later
// The facade as the main window uses it: a SessionController on a manual clock, tender spots pressed on
// the controller, sessions saved the moment they end and still there after a restart, the tenderness
// dialog after a session, and a corrupt store reported with its backup while new sessions are still saved.
#include "history_fixtures.h"

#include "app/history/progress_view.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/session/session_controller.h"
#include "core/history/history_store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;
using namespace std::chrono_literals;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

// The window's side of the wiring, on a manual clock.
struct Window {
    Routine routine = Routine::defaultRoutine(content());
    ManualClock clock;
    SessionController controller{&clock};
    SessionHistory history;

    Window(const QString& dir, const QDateTime& now) : history(content(), dir)
    {
        history.setNow([now, this] { return now.addMSecs(clock.now().count()); });
        history.setRoutine(routine);
        history.attach(&controller);
    }
    void start()
    {
        controller.load(SessionPlan::build(routine, content()));
        controller.start();
    }
    void at(Ms t)
    {
        clock.set(t);
        controller.poll();
    }
    void runToEnd()
    {
        while (controller.engine()->isRunning())
            at(controller.engine()->deadline());
    }
};
} // namespace

TEST(SessionHistory, SessionsAreRecordedAndSurviveRestarts)
{
    QTemporaryDir dir;
    SessionRecord first;
    {
        Window w(dir.path(), utc(2025, 1, 6, 18, 0));
        EXPECT_EQ(w.history.loadReport(), QString());
        QSignalSpy recorded(&w.history, &SessionHistory::recorded);
        w.start();
        w.at(20s);
        w.controller.tenderSpot(); // 15 s into the glutes' rolling
        w.at(40s);
        w.controller.released();
        w.at(70s);
        w.controller.stop();
        ASSERT_EQ(recorded.count(), 1);
        ASSERT_EQ(w.history.store().sessions().size(), 1u);
        first = w.history.store().sessions()[0];
        EXPECT_EQ(first.outcome, SessionOutcome::Stopped);
        EXPECT_EQ(first.start, utc(2025, 1, 6, 18, 0));
        EXPECT_EQ(first.end, utc(2025, 1, 6, 18, 0).addSecs(70));
        EXPECT_EQ(first.exercises[0].tenderSpots, 1);
        EXPECT_TRUE(first.exercises[0].started);
        EXPECT_FALSE(first.exercises[0].completed);
    }
    {
        Window w(dir.path(), utc(2025, 1, 8, 18, 0)); // the app restarted
        ASSERT_EQ(w.history.store().sessions().size(), 1u);
        EXPECT_EQ(w.history.store().sessions()[0], first);
        w.start();
        w.runToEnd();
        ASSERT_EQ(w.history.store().sessions().size(), 2u);
    }
    HistoryStore reread(dir.path());
    EXPECT_TRUE(reread.load().diagnostics.empty());
    ASSERT_EQ(reread.sessions().size(), 2u);
    EXPECT_EQ(reread.sessions()[0], first);
    const SessionRecord& second = reread.sessions()[1];
    EXPECT_EQ(second.outcome, SessionOutcome::Completed);
    EXPECT_EQ(second.start, utc(2025, 1, 8, 18, 0));
    EXPECT_EQ(second.end, utc(2025, 1, 8, 18, 0).addSecs(844));
    for (const ExerciseRecord& e : second.exercises) {
        EXPECT_TRUE(e.completed);
        EXPECT_EQ(e.tenderSpots, 0); // the scripted holds are not tender spots
    }
}

TEST(SessionHistory, AsksHowTenderAfterASessionAndSavesTheAnswer)
{
    QTemporaryDir dir;
    QWidget window;
    Window w(dir.path(), utc(2025, 1, 6, 18, 0));
    w.history.setDialogParent(&window);
    QSignalSpy changed(&w.history, &SessionHistory::changed);
    w.start();
    // Through the glutes and into the hip flexors' rolling, then stop.
    while (w.controller.engine()->techniqueId() != QStringLiteral("hip-flexors")
           || w.controller.engine()->phase() != Phase::Roll)
        w.at(w.controller.engine()->deadline());
    w.controller.stop();
    EXPECT_EQ(w.history.pendingDialog(), nullptr); // not opened inside the cue delivery...
    QApplication::processEvents();
    TendernessDialog* dialog = w.history.pendingDialog(); // ...but right after
    ASSERT_NE(dialog, nullptr);
    EXPECT_NE(dialog->beforeBox(QStringLiteral("glutes-piriformis")), nullptr);
    EXPECT_NE(dialog->beforeBox(QStringLiteral("hip-flexors")), nullptr);
    EXPECT_EQ(dialog->beforeBox(QStringLiteral("hamstrings")), nullptr); // never reached
    dialog->setRating(QStringLiteral("glutes-piriformis"), 6, 3);
    dialog->accept();
    QApplication::processEvents();

    const SessionRecord& s = w.history.store().sessions().back();
    EXPECT_EQ(s.exercises[0].tendernessBefore, 6);
    EXPECT_EQ(s.exercises[0].tendernessAfter, 3);
    EXPECT_FALSE(s.exercises[1].tendernessBefore.has_value());
    EXPECT_EQ(changed.count(), 2); // recorded, then rated
    HistoryStore reread(dir.path());
    reread.load();
    EXPECT_EQ(reread.sessions().back().exercises[0].tendernessAfter, 3);
}

TEST(SessionHistory, SafetyStopIsSavedWithoutAskingAnything)
{
    QTemporaryDir dir;
    QWidget window;
    Window w(dir.path(), utc(2025, 1, 6, 18, 0));
    w.history.setDialogParent(&window);
    w.start();
    w.at(30s);
    w.controller.safetyStop();
    QApplication::processEvents();
    EXPECT_EQ(w.history.pendingDialog(), nullptr);
    ASSERT_EQ(w.history.store().sessions().size(), 1u);
    EXPECT_EQ(w.history.store().sessions()[0].outcome, SessionOutcome::SafetyStop);
}

TEST(SessionHistory, CorruptStoreIsReportedBackedUpAndNewSessionsStillSaved)
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("history.json"));
    const QByteArray damaged = HistoryFormat::toJson({session(utc(2025, 1, 2))}).left(300);
    ASSERT_TRUE(writeAll(file, damaged));

    Window w(dir.path(), utc(2025, 1, 6, 18, 0));
    const QString backup = w.history.loadResult().backupPath;
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(readAll(backup), damaged);
    const QString report = w.history.loadReport();
    EXPECT_TRUE(report.contains(QStringLiteral("history.json"))) << report.toStdString();
    EXPECT_TRUE(report.contains(backup)) << report.toStdString();
    EXPECT_TRUE(w.history.store().sessions().empty());

    w.start();
    w.runToEnd();
    HistoryStore reread(dir.path());
    EXPECT_TRUE(reread.load().diagnostics.empty());
    EXPECT_EQ(reread.sessions().size(), 1u);
    EXPECT_EQ(readAll(backup), damaged);
}

TEST(SessionHistory, ClosingMidSessionRecordsWhatWasDone)
{
    QTemporaryDir dir;
    {
        Window w(dir.path(), utc(2025, 1, 6, 18, 0));
        w.start();
        w.at(100s);
    } // the window (and the history) goes away while the glutes are still being rolled
    HistoryStore reread(dir.path());
    reread.load();
    ASSERT_EQ(reread.sessions().size(), 1u);
    EXPECT_EQ(reread.sessions()[0].outcome, SessionOutcome::Stopped);
    EXPECT_TRUE(reread.sessions()[0].exercises[0].started);
}

TEST(SessionHistory, ReplacingTheEngineMidSessionEndsTheOpenSession)
{
    QTemporaryDir dir;
    Window w(dir.path(), utc(2025, 1, 6, 18, 0));
    w.start();
    w.at(10s);
    w.start(); // a new plan loaded and started without a Stop in between
    EXPECT_EQ(w.history.store().sessions().size(), 1u);
    w.controller.stop();
    EXPECT_EQ(w.history.store().sessions().size(), 2u);
}

TEST(SessionHistory, ProgressViewFollowsNewSessions)
{
    QTemporaryDir dir;
    QWidget window;
    Window w(dir.path(), QDateTime::currentDateTimeUtc());
    ProgressView* view = w.history.showProgress(&window);
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isWindow());
    EXPECT_EQ(view->painter().data().recordedSessions, 0);
    w.start();
    w.runToEnd();
    EXPECT_EQ(view->painter().data().recordedSessions, 1);
    EXPECT_EQ(view->painter().data().currentWeek()->sessions, 1);
    EXPECT_EQ(w.history.showProgress(&window), view); // one window, raised again
}
