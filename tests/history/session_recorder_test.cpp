// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder fed by the real engine: an untouched run, a run with tender spots pressed on a manual clock,
// stops at various points. Only holds the user started count as tender spots found.
#include "history_fixtures.h"

#include "core/session_engine.h"
#include "core/timeline.h"

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;
using namespace std::chrono_literals;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

// An engine on a manual clock whose every cue goes to a recorder, with the tender-spot flag read from the
// engine while the cue is delivered, exactly as the app does.
struct EngineRun {
    Routine routine = Routine::defaultRoutine(content());
    ManualClock clock;
    SessionEngine engine{SessionPlan::build(routine, content()), clock};
    SessionRecorder recorder{routine.title, SessionRecorder::exercisesOf(routine, content()), utc(2025, 1, 6, 7, 0)};
    int scriptedHolds = 0;

    EngineRun()
    {
        engine.setListener([this](const CueEvent& e) {
            if (e.type == CueType::HoldStart && !engine.inTenderSpotHold())
                ++scriptedHolds;
            recorder.onCue(e, engine.inTenderSpotHold());
        });
        engine.start();
    }
    void at(Ms t)
    {
        clock.set(t);
        engine.tick();
    }
};
} // namespace

TEST(SessionRecorder, ExercisesComeFromTheRoutineWithTheirMuscleGroups)
{
    const auto ex = SessionRecorder::exercisesOf(Routine::defaultRoutine(content()), content());
    ASSERT_EQ(ex.size(), 5u);
    EXPECT_EQ(ex[0].techniqueId, QStringLiteral("glutes"));
    EXPECT_EQ(ex[0].groupId, QStringLiteral("glutes-piriformis"));
    EXPECT_EQ(ex[4].techniqueId, QStringLiteral("lats"));
    EXPECT_EQ(ex[4].groupId, QStringLiteral("latissimus-dorsi"));
    EXPECT_FALSE(ex[0].started);
}

TEST(SessionRecorder, UntouchedRunCompletesEverythingAndFindsNoTenderSpots)
{
    const Routine routine = Routine::defaultRoutine(content());
    SessionRecorder rec(routine.title, SessionRecorder::exercisesOf(routine, content()), utc(2025, 1, 6, 7, 0));
    int holds = 0;
    for (const CueEvent& e : simulateSession(SessionPlan::build(routine, content()))) {
        holds += e.type == CueType::HoldStart;
        rec.onCue(e, false); // simulateSession never presses "Tender spot"
    }
    EXPECT_EQ(holds, 8); // the scripted end-of-side holds are there...
    ASSERT_TRUE(rec.finished());
    const SessionRecord& r = rec.record();
    EXPECT_EQ(r.outcome, SessionOutcome::Completed);
    EXPECT_EQ(r.routineTitle, QStringLiteral("Lower-back relief"));
    EXPECT_EQ(r.start, utc(2025, 1, 6, 7, 0));
    EXPECT_EQ(r.end, utc(2025, 1, 6, 7, 0).addSecs(844)); // the seed's dosage, 14 min 4 s
    for (const ExerciseRecord& e : r.exercises) {
        EXPECT_TRUE(e.started);
        EXPECT_TRUE(e.completed);
        EXPECT_EQ(e.tenderSpots, 0); // ...but none of them is a tender spot the user found
    }
    EXPECT_TRUE(r.countsTowardTarget());
}

TEST(SessionRecorder, CountsTheTenderSpotsTheUserPressedThenStops)
{
    EngineRun run;
    // Glutes, right side: get ready 0-5 s, rolling from 5 s. Two tender spots on this side.
    run.at(15s);
    ASSERT_TRUE(run.engine.tenderSpot());
    run.at(15s + 20s);
    ASSERT_TRUE(run.engine.released());   // hold 15-35 s (minimum 15 s), release 3 s, rolling resumes
    run.at(45s);
    ASSERT_TRUE(run.engine.tenderSpot());
    run.at(45s + 30s);                    // this hold runs its full 30 s
    // Left side: one more. Right side rolling had 60 s in all: 5-15, 38-45, 78-121 s; then no scripted hold.
    run.at(121s + 5s + 10s);              // switch side 5 s, then 10 s into rolling the left side
    ASSERT_EQ(run.engine.phase(), Phase::Roll);
    ASSERT_TRUE(run.engine.tenderSpot());
    // Let everything else run unattended up to the hip flexors' rolling, then stop there.
    Ms t = 136s;
    while (run.engine.techniqueId() != QStringLiteral("hip-flexors") || run.engine.phase() != Phase::Roll) {
        t = run.engine.deadline();
        run.at(t);
    }
    run.at(t + 7s);
    run.engine.stop();

    ASSERT_TRUE(run.recorder.finished());
    const SessionRecord& r = run.recorder.record();
    EXPECT_EQ(r.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(r.end, r.start.addMSecs((t + 7s).count()));
    ASSERT_EQ(r.exercises.size(), 5u);
    EXPECT_EQ(r.exercises[0].tenderSpots, 3);
    EXPECT_TRUE(r.exercises[0].completed);
    EXPECT_TRUE(r.exercises[1].started);
    EXPECT_FALSE(r.exercises[1].completed);
    EXPECT_EQ(r.exercises[1].tenderSpots, 0);
    for (size_t i = 2; i < 5; ++i) {
        EXPECT_FALSE(r.exercises[i].started) << i;
        EXPECT_FALSE(r.exercises[i].completed) << i;
    }
    EXPECT_EQ(run.scriptedHolds, 0); // the user held on both glute sides, so the script skipped its holds
    EXPECT_EQ(r.workedGroups(), (QStringList{QStringLiteral("glutes-piriformis"), QStringLiteral("hip-flexors")}));
}

TEST(SessionRecorder, StopDuringTheRestStillCompletesThatExercise)
{
    EngineRun run;
    while (run.engine.phase() != Phase::Rest)
        run.at(run.engine.deadline());
    run.engine.stop();
    const SessionRecord& r = run.recorder.record();
    EXPECT_TRUE(r.exercises[0].completed);
    EXPECT_FALSE(r.exercises[1].started);
    EXPECT_EQ(r.outcome, SessionOutcome::Stopped);
    EXPECT_FALSE(r.countsTowardTarget()) << "ended early: recorded, shown as such, not counted toward the target";
}

TEST(SessionRecorder, SafetyStopIsRecordedAsSuch)
{
    EngineRun run;
    run.at(30s);
    run.engine.safetyStop();
    const SessionRecord& r = run.recorder.record();
    EXPECT_EQ(r.outcome, SessionOutcome::SafetyStop);
    EXPECT_EQ(r.end, r.start.addSecs(30));
    EXPECT_TRUE(r.exercises[0].started);
    EXPECT_FALSE(r.countsTowardTarget());
}

TEST(SessionRecorder, StopBeforeRollingRecordsNothingWorked)
{
    EngineRun run;
    run.at(2s);
    run.engine.stop();
    EXPECT_TRUE(run.recorder.finished());
    EXPECT_TRUE(run.recorder.record().workedGroups().isEmpty());
    EXPECT_FALSE(run.recorder.record().countsTowardTarget());
}

TEST(SessionRecorder, AbandonedSessionEndsAsStoppedAtTheLastCue)
{
    EngineRun run;
    run.at(20s);
    run.recorder.abandon();
    EXPECT_TRUE(run.recorder.finished());
    EXPECT_EQ(run.recorder.record().outcome, SessionOutcome::Stopped);
    EXPECT_EQ(run.recorder.record().end, run.recorder.record().start.addSecs(5)); // StartRolling at 5 s
    run.engine.stop();                                                           // later cues change nothing
    EXPECT_EQ(run.recorder.record().end, run.recorder.record().start.addSecs(5));
}
