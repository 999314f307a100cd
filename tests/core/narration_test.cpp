// SPDX-License-Identifier: GPL-3.0-or-later
// What is said aloud for each cue: the short prompts, and eyes-free the full step of the phase (from the
// technique's own steps, a clinician's too), the clinician's note, the time calls and the article's stop advice.
#include "core/content_library.h"
#include "core/narration.h"
#include "core/routine.h"
#include "core/routine_reader.h"
#include "core/session_engine.h"

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

const ContentLibrary& content() { return ContentLibrary::builtIn(); }

CueEvent cue(CueType type, const QString& technique = QStringLiteral("glutes"), Side side = Side::Right, int exercise = 0)
{
    CueEvent e;
    e.type = type;
    e.techniqueId = technique;
    e.side = side;
    e.exercise = exercise;
    return e;
}

CueEvent phase(CueType type, Phase p, qint64 ms, const QString& technique = QStringLiteral("glutes"))
{
    CueEvent e = cue(type, technique);
    e.phase = p;
    e.phaseDuration = Ms{ms};
    return e;
}

QStringList stepsOf(const Technique& t, const char* phase)
{
    QStringList out;
    for (int n : t.stepsForPhase(QString::fromLatin1(phase)))
        out << t.steps[n - 1];
    return out;
}

std::string said(const Narrator& n, const CueEvent& e, Narration mode) { return n.utterance(e, mode).text.toStdString(); }

} // namespace

TEST(Narration, PromptsSayWhatTheRecordingsSayWithTheTechniqueByName)
{
    const Routine routine = Routine::defaultRoutine(content());
    const Narrator n(routine, content());
    const QString glutes = content().technique(QStringLiteral("glutes"))->name;
    EXPECT_EQ(n.utterance(phase(CueType::GetReady, Phase::Prepare, 5000), Narration::Prompts).text,
              QStringLiteral("Get ready: %1, right side.").arg(glutes));
    EXPECT_EQ(said(n, phase(CueType::StartRolling, Phase::Roll, 60000), Narration::Prompts), "Start rolling slowly.");
    EXPECT_EQ(said(n, phase(CueType::HoldStart, Phase::Hold, 30000), Narration::Prompts), "Hold on the tender spot for 30 seconds.");
    // Only whole seconds are promised.
    EXPECT_EQ(said(n, phase(CueType::HoldStart, Phase::Hold, 12500), Narration::Prompts), "Hold on the tender spot.");
    EXPECT_EQ(said(n, cue(CueType::SwitchSide, QStringLiteral("glutes"), Side::Left), Narration::Prompts), "Switch to the left side.");
    EXPECT_EQ(said(n, cue(CueType::SwitchSide, QStringLiteral("hamstrings"), Side::Centre), Narration::Prompts), "");
    EXPECT_EQ(said(n, cue(CueType::SafetyStop), Narration::Prompts), "Stop now.");
    // Nothing to say where the recordings say nothing: the tick is the countdown.
    for (CueType quiet : {CueType::Countdown, CueType::TimeLeft, CueType::Paused, CueType::Resumed, CueType::Stopped,
                          CueType::HoldEndedEarly})
        EXPECT_TRUE(n.utterance(cue(quiet), Narration::Prompts).isEmpty()) << toString(quiet).toStdString();
}

TEST(Narration, EyesFreeReadsTheFullStepOfEachPhase)
{
    const Routine routine = Routine::defaultRoutine(content());
    const Narrator n(routine, content());
    const Technique& glutes = *content().technique(QStringLiteral("glutes"));
    const struct {
        CueType type;
        Phase phase;
        const char* steps;
    } phases[] = {{CueType::GetReady, Phase::Prepare, "prepare"},
                  {CueType::StartRolling, Phase::Roll, "roll"},
                  {CueType::HoldStart, Phase::Hold, "hold"},
                  {CueType::SwitchSide, Phase::SwitchSide, "switch-side"}};
    for (const auto& p : phases) {
        CueEvent e = phase(p.type, p.phase, 30000);
        e.side = Side::Left;
        const QString text = n.utterance(e, Narration::EyesFree).text;
        const QStringList steps = stepsOf(glutes, p.steps);
        ASSERT_FALSE(steps.isEmpty()) << p.steps;
        for (QString step : steps) {
            if (step.endsWith(u'.'))
                step.chop(1);
            EXPECT_TRUE(text.contains(step)) << p.steps << ": " << text.toStdString() << "\nmissing: " << step.toStdString();
        }
        EXPECT_FALSE(n.utterance(e, Narration::EyesFree).timing);
    }
    // Release and rest have no step in the article: our own words, and what comes next.
    EXPECT_EQ(said(n, cue(CueType::HoldComplete), Narration::EyesFree), "Release, and breathe. Then keep rolling.");
    const QString next = content().technique(routine.exercises[1].techniqueId)->name;
    EXPECT_EQ(n.utterance(phase(CueType::Rest, Phase::Rest, 15000), Narration::EyesFree).text,
              QStringLiteral("Rest for 15 seconds. Next: %1.").arg(next));
}

TEST(Narration, EyesFreeCallsTheTimeAndSaysTheStopAdviceWordForWord)
{
    const Routine routine = Routine::defaultRoutine(content());
    const Narrator n(routine, content());
    CueEvent three = cue(CueType::Countdown);
    three.count = 3;
    EXPECT_EQ(n.utterance(three, Narration::EyesFree).text, QStringLiteral("3"));
    EXPECT_TRUE(n.utterance(three, Narration::EyesFree).timing);
    CueEvent ten = cue(CueType::TimeLeft);
    ten.count = 10;
    EXPECT_EQ(said(n, ten, Narration::EyesFree), "10 seconds left.");
    EXPECT_TRUE(n.utterance(ten, Narration::EyesFree).timing);
    const QString stop = n.utterance(cue(CueType::SafetyStop), Narration::EyesFree).text;
    EXPECT_TRUE(stop.startsWith(QStringLiteral("Stop now. ")));
    EXPECT_TRUE(stop.endsWith(content().stopAdvice())) << stop.toStdString();
    EXPECT_EQ(said(n, cue(CueType::Paused), Narration::EyesFree), "Paused.");
    EXPECT_EQ(said(n, cue(CueType::Resumed), Narration::EyesFree), "Resumed.");
    EXPECT_TRUE(n.utterance(cue(CueType::HoldEndedEarly), Narration::EyesFree).isEmpty())
        << "the release cue right after it is what is heard";
}

TEST(Narration, AClinicianTechniqueIsSpokenFromItsOwnStepsAndNote)
{
    RoutineReader reader(content());
    reader.setToday(QDate(2026, 12, 1));
    const RoutineLoad load = reader.readFile(QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"));
    ASSERT_TRUE(load.routine) << load.diagnostics.toText().toStdString();
    Routine routine = *load.routine;
    routine.exercises[1].notes = QStringLiteral("Keep it short today.");
    const Narrator n(routine, content());
    const Technique* custom = routine.technique(QStringLiteral("upper-glute-short"), content());
    ASSERT_TRUE(custom && custom->custom);

    CueEvent next = phase(CueType::NextTechnique, Phase::Prepare, 5000, custom->id);
    next.exercise = 1;
    next.side = Side::Centre;
    const QString text = n.utterance(next, Narration::EyesFree).text;
    EXPECT_TRUE(text.startsWith(QStringLiteral("Next: Upper glute, short strokes. "))) << text.toStdString();
    for (const QString& step : custom->steps) // no phase mapping: the whole list, as on screen
        EXPECT_TRUE(text.contains(step)) << step.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("Your clinician's note: Keep it short today."))) << text.toStdString();
    EXPECT_EQ(n.utterance(next, Narration::Prompts).text, QStringLiteral("Next: Upper glute, short strokes."));
}

TEST(SessionEngineTimeLeft, OffByDefaultAndOnlyInPhasesLongEnoughWhenAskedFor)
{
    const Routine routine = Routine::defaultRoutine(content());
    ManualClock clock;
    auto run = [&](Ms call) {
        SessionEngine engine(SessionPlan::build(routine, content()), clock);
        engine.setTimeLeftCall(call);
        std::vector<CueEvent> events;
        engine.setListener([&](const CueEvent& e) { events.push_back(e); });
        clock.set(Ms{0});
        engine.start();
        clock.set(Ms{60 * 60 * 1000});
        engine.tick();
        return events;
    };
    for (const CueEvent& e : run(Ms{0}))
        EXPECT_NE(e.type, CueType::TimeLeft);

    const std::vector<CueEvent> events = run(Ms{10000});
    int calls = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].type != CueType::TimeLeft)
            continue;
        ++calls;
        const CueEvent& e = events[i];
        EXPECT_EQ(e.count, 10);
        // 10 s before the phase's end, and only in phases of 15 s or more (roll 60, hold 30, rest 15; not the 5 s
        // get-ready or the 3 s release).
        EXPECT_GE(e.phaseDuration, Ms{15000});
        ASSERT_GT(i, 0u);
        size_t start = i;
        while (start > 0 && (events[start].type == CueType::TimeLeft || events[start].type == CueType::Countdown))
            --start;
        EXPECT_EQ(e.offset, events[start].offset + e.phaseDuration - Ms{10000}) << toString(events[start].type).toStdString();
    }
    // Default routine: 8 sides rolled and held (16 calls) and 4 rests.
    EXPECT_EQ(calls, 20);
}

TEST(SessionEngineTimeLeft, APauseMovesTheCallWithThePhase)
{
    const Routine routine = Routine::defaultRoutine(content());
    ManualClock clock;
    SessionEngine engine(SessionPlan::build(routine, content()), clock);
    engine.setTimeLeftCall(Ms{10000});
    std::vector<CueEvent> events;
    engine.setListener([&](const CueEvent& e) { events.push_back(e); });
    engine.start();
    clock.set(Ms{5000}); // get ready is over: rolling for 60 s
    engine.tick();
    ASSERT_EQ(engine.phase(), Phase::Roll);
    EXPECT_EQ(engine.nextDue(), Ms{55000});
    clock.set(Ms{20000});
    engine.pause();
    clock.set(Ms{80000}); // a minute's pause
    engine.resume();
    EXPECT_EQ(engine.nextDue(), Ms{115000});
    clock.set(Ms{114999});
    engine.tick();
    EXPECT_NE(events.back().type, CueType::TimeLeft);
    clock.set(Ms{115000});
    engine.tick();
    EXPECT_EQ(events.back().type, CueType::TimeLeft);
}
