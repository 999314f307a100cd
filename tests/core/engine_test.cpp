// SPDX-License-Identifier: GPL-3.0-or-later
// The session engine runs on an injected clock: these tests run whole sessions in microseconds and
// assert exact timings, including under late, irregular ticks and long pauses.
#include "core/content_library.h"
#include "core/routine.h"
#include "core/session_engine.h"
#include "core/timeline.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

struct Recorder {
    std::vector<CueEvent> events;
    void attach(SessionEngine& e)
    {
        e.setListener([this](const CueEvent& c) { events.push_back(c); });
    }
    // Phase-entering cues only (no countdown ticks), as "phase@offset" strings for readable diffs.
    std::vector<std::string> phases() const
    {
        std::vector<std::string> out;
        for (const CueEvent& e : events)
            if (e.type != CueType::Countdown)
                out.push_back(toString(e.type).toStdString() + ":" + e.techniqueId.toStdString() + ":"
                              + toString(e.side).toStdString() + "@" + std::to_string(e.offset.count()));
        return out;
    }
};

// The seed's default dosage, restated: 5 s get ready, 60 s rolling, 30 s hold, 3 s release, 15 s rest.
std::vector<std::string> expectedDefaultTimeline()
{
    std::vector<std::string> out;
    qint64 t = 0;
    auto add = [&](const char* cue, const char* technique, const char* side, qint64 duration) {
        out.push_back(std::string(cue) + ":" + technique + ":" + side + "@" + std::to_string(t));
        t += duration;
    };
    const std::vector<std::pair<const char*, bool>> techniques{
        {"glutes", true}, {"hip-flexors", true}, {"hamstrings", false}, {"thoracic-spine", false}, {"lats", true}};
    for (size_t i = 0; i < techniques.size(); ++i) {
        const auto [id, perSide] = techniques[i];
        add(i == 0 ? "get-ready" : "next-technique", id, perSide ? "right" : "centre", 5000);
        for (const char* side : perSide ? std::vector<const char*>{"right", "left"} : std::vector<const char*>{"centre"}) {
            if (std::string(side) == "left")
                add("switch-side", id, side, 5000);
            add("start-rolling", id, side, 60000);
            add("hold-start", id, side, 30000);
            add("hold-complete", id, side, 3000);
        }
        if (i + 1 < techniques.size())
            add("rest", id, perSide ? "left" : "centre", 15000);
    }
    out.push_back("session-complete:lats:centre@" + std::to_string(t));
    return out;
}

SessionPlan defaultPlan()
{
    return SessionPlan::build(Routine::defaultRoutine(content()), content());
}
} // namespace

TEST(SessionEngine, DefaultRoutineRunsExactlyAsTheSeedsDosagePrescribes)
{
    const SessionPlan plan = defaultPlan();
    EXPECT_EQ(plan.totalDuration(), 844000ms);
    Recorder rec;
    for (const CueEvent& e : simulateSession(plan))
        rec.events.push_back(e);
    EXPECT_EQ(rec.phases(), expectedDefaultTimeline());
}

TEST(SessionEngine, FrequentTicksDeliverExactlyTheSameCuesAsDeadlineJumps)
{
    ManualClock clock(1'000'000ms); // an arbitrary monotonic origin
    SessionEngine engine(defaultPlan(), clock);
    Recorder rec;
    rec.attach(engine);
    engine.start();
    while (engine.isRunning()) {
        clock.advance(16ms);
        engine.tick();
    }
    const std::vector<CueEvent> ideal = simulateSession(defaultPlan());
    ASSERT_EQ(rec.events.size(), ideal.size());
    for (size_t i = 0; i < ideal.size(); ++i) {
        EXPECT_EQ(rec.events[i].type, ideal[i].type) << i;
        EXPECT_EQ(rec.events[i].offset, ideal[i].offset) << i;
    }
}

TEST(SessionEngine, NoDriftOverASixtyMinuteSessionWithIrregularTicks)
{
    // Twelve exercises of the longest sensible dosage: just over an hour when nobody presses anything.
    Routine r = Routine::defaultRoutine(content());
    const std::vector<Exercise> five = r.exercises;
    r.exercises.clear();
    for (int round = 0; round < 3; ++round)
        for (Exercise e : five) {
            e.rollSeconds = 120;
            e.restSeconds = 30;
            r.exercises.push_back(e);
        }
    const SessionPlan plan = SessionPlan::build(r, content());
    ASSERT_GE(plan.totalDuration(), 60min);

    const std::vector<CueEvent> ideal = simulateSession(plan);
    ManualClock clock(123'456ms);
    SessionEngine engine(plan, clock);
    Recorder rec;
    rec.attach(engine);
    engine.start();
    QRandomGenerator rng(42);
    qint64 ticks = 0;
    while (engine.isRunning()) {
        // Mostly frame-like jitter, sometimes a multi-second stall (a busy machine, a suspended laptop lid).
        clock.advance(Ms{rng.bounded(100) < 2 ? 1000 + rng.bounded(9000) : 1 + rng.bounded(97)});
        engine.tick();
        ++ticks;
        if (engine.isRunning()) {
            ASSERT_EQ(engine.remaining(), engine.deadline() - clock.now());
            ASSERT_GE(engine.remaining(), 0ms);
        }
    }
    ASSERT_EQ(rec.events.size(), ideal.size());
    for (size_t i = 0; i < ideal.size(); ++i)
        ASSERT_EQ(rec.events[i].offset, ideal[i].offset) << "cue " << i << " after " << ticks << " ticks";
    EXPECT_EQ(rec.events.back().type, CueType::SessionComplete);
    EXPECT_EQ(rec.events.back().offset, plan.totalDuration());
}

TEST(SessionEngine, CountdownTicksFallExactlyThreeTwoOneSecondsBeforeAHoldEnds)
{
    std::vector<CueEvent> holdTicks;
    bool inFirstHold = false;
    for (const CueEvent& e : simulateSession(defaultPlan())) {
        if (e.type == CueType::HoldStart)
            inFirstHold = holdTicks.empty();
        if (e.type == CueType::Countdown && inFirstHold && e.phase == Phase::Hold)
            holdTicks.push_back(e);
    }
    // First hold: 5 s get ready + 60 s rolling, then a 30 s hold ending at 95 s.
    ASSERT_EQ(holdTicks.size(), 3u);
    EXPECT_EQ(holdTicks[0].offset, 92000ms);
    EXPECT_EQ(holdTicks[0].count, 3);
    EXPECT_EQ(holdTicks[1].offset, 93000ms);
    EXPECT_EQ(holdTicks[2].offset, 94000ms);
    EXPECT_EQ(holdTicks[2].count, 1);
}

TEST(SessionEngine, TenderSpotStartsAHoldAndRollingResumesWithTheTimeThatWasLeft)
{
    ManualClock clock;
    SessionEngine engine(defaultPlan(), clock);
    Recorder rec;
    rec.attach(engine);
    engine.start();
    clock.set(25s); // 20 s into rolling the right glute
    engine.tick();
    ASSERT_EQ(engine.phase(), Phase::Roll);
    EXPECT_FALSE(engine.released()); // nothing to release while rolling
    ASSERT_TRUE(engine.tenderSpot());
    EXPECT_EQ(engine.phase(), Phase::Hold);
    EXPECT_TRUE(engine.inTenderSpotHold());
    EXPECT_EQ(engine.remaining(), 30s);
    EXPECT_FALSE(engine.tenderSpot()); // already holding
    EXPECT_EQ(engine.rollElapsed(), 20s); // the roller waits on the tender spot

    clock.set(55s);
    engine.tick();
    EXPECT_EQ(engine.phase(), Phase::Release);
    clock.set(58s);
    engine.tick();
    EXPECT_EQ(engine.phase(), Phase::Roll);
    EXPECT_EQ(engine.remaining(), 40s); // 60 s of rolling minus the 20 s before the hold
    clock.set(60s);
    engine.tick();
    EXPECT_EQ(engine.rollElapsed(), 22s); // and resumes from it
    // The side already had its hold, so rolling leads straight to switching sides.
    clock.set(98s);
    engine.tick();
    EXPECT_EQ(engine.phase(), Phase::SwitchSide);
    EXPECT_EQ(engine.side(), Side::Left);
    const std::vector<std::string> expected{"get-ready:glutes:right@0",      "start-rolling:glutes:right@5000",
                                            "hold-start:glutes:right@25000", "hold-complete:glutes:right@55000",
                                            "start-rolling:glutes:right@58000", "switch-side:glutes:left@98000"};
    EXPECT_EQ(rec.phases(), expected);
}

// A session 10 s into the first roll with a tender spot just marked: the hold began at 10 s.
class HoldJustBegan : public ::testing::Test {
protected:
    void SetUp() override
    {
        rec.attach(engine);
        engine.start();
        clock.set(10s);
        engine.tick();
        ASSERT_TRUE(engine.tenderSpot());
    }
    ManualClock clock;
    SessionEngine engine{defaultPlan(), clock};
    Recorder rec;
};

TEST_F(HoldJustBegan, ReleasedEndsAHoldAtAnyMomentWithANoteBelowTheArticlesRange)
{
    clock.set(21500ms); // 11.5 s into the hold: the article suggests 15-30 s, but the person decides
    EXPECT_TRUE(engine.released());
    EXPECT_EQ(engine.phase(), Phase::Release);
    ASSERT_GE(rec.events.size(), 2u);
    const CueEvent& note = rec.events[rec.events.size() - 2];
    EXPECT_EQ(note.type, CueType::HoldEndedEarly);
    EXPECT_EQ(note.count, 11) << "whole seconds held";
    EXPECT_EQ(note.offset, 21500ms);
    EXPECT_EQ(rec.events.back().type, CueType::HoldComplete);
    EXPECT_EQ(rec.events.back().offset, 21500ms);
}

TEST_F(HoldJustBegan, ReleasedWithinTheArticlesRangeHasNoNote)
{
    clock.set(25s); // exactly 15 s held
    EXPECT_TRUE(engine.released());
    EXPECT_EQ(engine.phase(), Phase::Release);
    for (const CueEvent& e : rec.events)
        EXPECT_NE(e.type, CueType::HoldEndedEarly);
    EXPECT_EQ(rec.events.back().type, CueType::HoldComplete);
    EXPECT_EQ(rec.events.back().offset, 25s);
}

TEST_F(HoldJustBegan, ReleasedRightAfterTheHoldBeganIsAllowed)
{
    EXPECT_TRUE(engine.released()) << "0 s held: still the person's call";
    EXPECT_EQ(engine.phase(), Phase::Release);
    EXPECT_EQ(rec.events[rec.events.size() - 2].count, 0);
}

TEST(SessionEngine, PauseFreezesTheCountdownAndShiftsEveryLaterCue)
{
    ManualClock clock;
    SessionEngine engine(defaultPlan(), clock);
    Recorder rec;
    rec.attach(engine);
    engine.start();
    clock.set(30s);
    engine.tick();
    const Ms before = engine.remaining();
    ASSERT_TRUE(engine.pause());
    EXPECT_FALSE(engine.pause());
    EXPECT_FALSE(engine.tenderSpot());
    clock.advance(10min);
    engine.tick();
    EXPECT_EQ(engine.remaining(), before);
    EXPECT_EQ(engine.phase(), Phase::Roll);
    ASSERT_TRUE(engine.resume());
    clock.advance(before);
    engine.tick();
    EXPECT_EQ(engine.phase(), Phase::Hold);
    EXPECT_EQ(rec.events.back().type, CueType::HoldStart);
    EXPECT_EQ(rec.events.back().offset, 65s + 10min); // the scripted hold, late by exactly the pause
}

TEST(SessionEngine, SkipEndsThePhaseNowAndBackRestartsOrReturns)
{
    ManualClock clock;
    SessionEngine engine(defaultPlan(), clock);
    engine.start();
    clock.set(1s);
    ASSERT_TRUE(engine.skip()); // skip the get-ready countdown
    EXPECT_EQ(engine.phase(), Phase::Roll);
    EXPECT_EQ(engine.remaining(), 60s);
    clock.set(11s);
    ASSERT_TRUE(engine.back()); // 10 s in: restart rolling
    EXPECT_EQ(engine.phase(), Phase::Roll);
    EXPECT_EQ(engine.remaining(), 60s);
    clock.set(12s);
    ASSERT_TRUE(engine.back()); // within 2 s of the start: previous phase
    EXPECT_EQ(engine.phase(), Phase::Prepare);
    EXPECT_EQ(engine.remaining(), 5s);

    // Skipping while paused moves on and keeps the new phase whole until resume.
    ASSERT_TRUE(engine.pause());
    clock.set(20s);
    ASSERT_TRUE(engine.skip());
    EXPECT_TRUE(engine.isPaused());
    EXPECT_EQ(engine.phase(), Phase::Roll);
    clock.set(50s);
    EXPECT_EQ(engine.remaining(), 60s);
}

TEST(SessionEngine, SafetyStopEndsTheSessionImmediatelyAndSilently)
{
    ManualClock clock;
    SessionEngine engine(defaultPlan(), clock);
    Recorder rec;
    rec.attach(engine);
    engine.start();
    clock.set(40s);
    engine.tick();
    clock.set(300s); // a long gap with cues due: none of them may play after the stop
    engine.safetyStop();
    ASSERT_EQ(rec.events.back().type, CueType::SafetyStop);
    EXPECT_EQ(rec.events.back().offset, 300s);
    const size_t count = rec.events.size();
    clock.set(400s);
    engine.tick();
    EXPECT_FALSE(engine.isRunning());
    EXPECT_EQ(engine.phase(), Phase::Stopped);
    EXPECT_EQ(rec.events.size(), count);
    EXPECT_FALSE(engine.resume());
    EXPECT_FALSE(engine.skip());
}

TEST(SessionEngine, SidesFollowTheRoutine)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.resize(3);
    r.exercises[0].sides = SidesChoice::Left;                // glutes, left only
    r.exercises[2].variant = QStringLiteral("crossed-leg"); // hamstrings one leg at a time
    const SessionPlan plan = SessionPlan::build(r, content());
    std::vector<std::pair<std::string, Side>> rolls;
    for (const Segment& s : plan.segments())
        if (s.phase == Phase::Roll)
            rolls.emplace_back(plan.exercises()[size_t(s.exercise)].techniqueId.toStdString(), s.side);
    const std::vector<std::pair<std::string, Side>> expected{
        {"glutes", Side::Left}, {"hip-flexors", Side::Right}, {"hip-flexors", Side::Left},
        {"hamstrings", Side::Right}, {"hamstrings", Side::Left}};
    EXPECT_EQ(rolls, expected);
}

TEST(SessionEngine, NoRestFollowsTheLastExerciseWhateverItsRestSecondsSay)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.back().restSeconds = 45; // kept in the file, never rested
    const SessionPlan plan = SessionPlan::build(r, content());
    ASSERT_GE(plan.segments().size(), 2u);
    const Segment& lastWork = plan.segments()[plan.segments().size() - 2];
    EXPECT_EQ(lastWork.phase, Phase::Release);
    EXPECT_EQ(plan.segments().back().phase, Phase::Complete);
    EXPECT_EQ(plan.exercises().back().rest, Ms{0});
    EXPECT_EQ(r.restSecondsAfter(r.exercises.size() - 1), 0);
    EXPECT_EQ(r.restSecondsAfter(0), r.exercises.front().restSeconds);
    EXPECT_EQ(plan.exercises().front().rest, Ms{qint64(r.exercises.front().restSeconds) * 1000});
    int rests = 0;
    for (const Segment& seg : plan.segments())
        rests += seg.phase == Phase::Rest;
    EXPECT_EQ(rests, int(r.exercises.size()) - 1);
}

TEST(SessionEngine, PassesConvertToRollingTimeAtTheSeedsPace)
{
    Routine r = Routine::defaultRoutine(content());
    Exercise& e = r.exercises[3]; // thoracic spine: a 16 cm path from mid-back to below the neck
    e.rollSeconds.reset();
    e.passes = 10;
    const double cm = content().technique(QStringLiteral("thoracic-spine"))->paths.front().lengthCm();
    EXPECT_DOUBLE_EQ(cm, 16.0);
    EXPECT_EQ(r.rollMilliseconds(e, content()), qint64(std::llround(160.0 / 2.54 * 1000)));
}
