// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deterministic state machine over a session plan:
//   prepare → roll → (tender spot) hold → release → switch side → … → rest → next technique → complete
// with pause/resume/skip/back and the safety stop. It never counts ticks: each phase has an absolute
// deadline on the injected clock, and every transition is stamped with the moment it was due, so late
// or irregular ticks change nothing but how soon the cue is delivered.

#include "core/clock.h"
#include "core/cue.h"
#include "core/session_plan.h"

#include <functional>
#include <optional>
#include <vector>

namespace rollwise {

class SessionEngine {
public:
    using Listener = std::function<void(const CueEvent&)>;

    SessionEngine(SessionPlan plan, const Clock& clock);

    void setListener(Listener l) { m_listener = std::move(l); }
    // Eyes-free sessions: a TimeLeft cue this long before the end of every phase long enough for it (whole
    // seconds; Ms{0}, the default, for none). Applies from the next phase on.
    void setTimeLeftCall(Ms before) { m_timeLeftCall = Ms{before.count() / 1000 * 1000}; }
    const SessionPlan& plan() const { return m_plan; }

    void start();
    // Delivers every cue that has fallen due since the last call, in order, with its exact due time.
    void tick();
    bool pause();
    bool resume();
    bool tenderSpot(); // during rolling: start a hold on this spot
    bool released();   // during a hold: end it, at any moment (the person decides, not the timer)
    bool skip();       // end the current phase now
    bool back();       // restart the current phase, or go to the previous one if it has only just begun
    void stop();
    void safetyStop();

    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Complete && m_phase != Phase::Stopped; }
    bool isPaused() const { return m_paused; }
    Phase phase() const { return m_phase; }
    int exerciseIndex() const;
    Side side() const;
    // The current round of the exercise, from 1, and how many the clinician prescribed (1 of 1 unless sets
    // were prescribed; 0 of 0 before the start and after the end).
    int set() const;
    int setCount() const;
    QString techniqueId() const;
    bool inTenderSpotHold() const { return m_userHold != UserHold::None; }
    Ms phaseDuration() const { return m_deadline - m_phaseStart; }
    Ms remaining() const;
    Ms elapsedInPhase() const;
    // Clock time at which the current phase ends (while running and not paused).
    Ms deadline() const { return m_deadline; }
    // Clock time of the next cue (a countdown tick or the phase's end), for precise timer scheduling.
    Ms nextDue() const;
    // How much of the current side's rolling has been done: where the roller is along its path. Stays put
    // through a tender-spot hold, so the roller waits on the spot and resumes from it.
    Ms rollElapsed() const;
    // Progress through the scripted plan (for a progress bar): finished phases plus the current one.
    Ms planElapsed() const;

private:
    enum class UserHold { None, Holding, Releasing };

    Ms now() const { return m_clock.now(); }
    const Segment& segment() const { return m_plan.segments()[size_t(m_index)]; }
    const ExerciseTiming& timing() const { return m_plan.exercises()[size_t(segment().exercise)]; }
    void enterSegment(int index, Ms at);
    void enterPhase(Phase phase, Ms at, Ms duration, CueType cue);
    void finishPhase(Ms at);
    void emitCue(CueType type, Ms at, int count = 0);
    void processDue(Ms upTo);
    // Whether a user action applies while the session is paused (resume, stop) or waits for it to resume.
    enum class WhilePaused { Refuse, Apply };
    // Delivers what fell due up to now; returns now if the session is still running (and, unless
    // WhilePaused::Apply, not paused), so a user action applies to the phase that is really current.
    std::optional<Ms> catchUp(WhilePaused whilePaused);
    void halt(CueType cue);

    SessionPlan m_plan;
    const Clock& m_clock;
    Listener m_listener;

    Phase m_phase = Phase::Idle;
    int m_index = 0;
    Ms m_start{0};
    Ms m_phaseStart{0};
    Ms m_deadline{0};
    int m_nextCountdown = 0;
    Ms m_timeLeftCall{0};
    bool m_timeLeftPending = false;
    bool m_paused = false;
    Ms m_pausedAt{0};
    UserHold m_userHold = UserHold::None;
    Ms m_rollRemaining{0};
    bool m_heldThisSide = false;
};

} // namespace rollwise
