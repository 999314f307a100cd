// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session_engine.h"
#include "core/seconds.h"

#include <algorithm>

namespace rollwise {

namespace {
constexpr Ms kSecond{1000};
// "Back" within this long after a phase began goes to the previous phase, like a media player.
constexpr Ms kBackRestartWindow{2000};
constexpr Ms kTimeLeftClearance{5000};

bool hasCountdown(Phase p)
{
    return p == Phase::Prepare || p == Phase::SwitchSide || p == Phase::Hold;
}
} // namespace

QString toString(CueType t)
{
    switch (t) {
    case CueType::GetReady: return QStringLiteral("get-ready");
    case CueType::NextTechnique: return QStringLiteral("next-technique");
    case CueType::StartRolling: return QStringLiteral("start-rolling");
    case CueType::HoldStart: return QStringLiteral("hold-start");
    case CueType::Countdown: return QStringLiteral("countdown");
    case CueType::TimeLeft: return QStringLiteral("time-left");
    case CueType::HoldComplete: return QStringLiteral("hold-complete");
    case CueType::HoldEndedEarly: return QStringLiteral("hold-ended-early");
    case CueType::SwitchSide: return QStringLiteral("switch-side");
    case CueType::Rest: return QStringLiteral("rest");
    case CueType::SessionComplete: return QStringLiteral("session-complete");
    case CueType::Paused: return QStringLiteral("paused");
    case CueType::Resumed: return QStringLiteral("resumed");
    case CueType::Stopped: return QStringLiteral("stopped");
    case CueType::SafetyStop: return QStringLiteral("safety-stop");
    }
    return {};
}

SessionEngine::SessionEngine(SessionPlan plan, const Clock& clock) : m_plan(std::move(plan)), m_clock(clock) {}

int SessionEngine::exerciseIndex() const
{
    return m_phase == Phase::Idle ? -1 : segment().exercise;
}

int SessionEngine::set() const
{
    return isRunning() && exerciseIndex() >= 0 ? segment().set + 1 : 0;
}

int SessionEngine::setCount() const
{
    return isRunning() && exerciseIndex() >= 0 ? timing().sets : 0;
}

Side SessionEngine::side() const
{
    return m_phase == Phase::Idle ? Side::Centre : segment().side;
}

QString SessionEngine::techniqueId() const
{
    const int e = exerciseIndex();
    return e < 0 ? QString() : m_plan.exercises()[size_t(e)].techniqueId;
}

Ms SessionEngine::remaining() const
{
    if (!isRunning())
        return Ms{0};
    const Ms ref = m_paused ? m_pausedAt : now();
    return std::max(Ms{0}, m_deadline - ref);
}

Ms SessionEngine::elapsedInPhase() const
{
    if (!isRunning())
        return Ms{0};
    const Ms ref = m_paused ? m_pausedAt : now();
    return std::clamp(ref - m_phaseStart, Ms{0}, m_deadline - m_phaseStart);
}

Ms SessionEngine::nextDue() const
{
    if (m_timeLeftPending)
        return m_deadline - m_timeLeftCall;
    return m_nextCountdown > 0 ? m_deadline - kSecond * m_nextCountdown : m_deadline;
}

Ms SessionEngine::planElapsed() const
{
    if (m_phase == Phase::Idle)
        return Ms{0};
    if (!isRunning())
        return m_phase == Phase::Complete ? m_plan.totalDuration() : Ms{0};
    Ms done{0};
    for (int i = 0; i < m_index; ++i)
        done += m_plan.segments()[size_t(i)].duration;
    if (m_userHold != UserHold::None)
        return done + rollElapsed();
    return done + std::min(elapsedInPhase(), segment().duration);
}

Ms SessionEngine::rollElapsed() const
{
    if (!isRunning())
        return Ms{0};
    const Ms total = timing().roll;
    switch (m_phase) {
    case Phase::Roll: return std::clamp(total - remaining(), Ms{0}, total);
    case Phase::Hold:
    case Phase::Release: return m_userHold != UserHold::None ? total - m_rollRemaining : total;
    default: return Ms{0};
    }
}

void SessionEngine::emitCue(CueType type, Ms at, int count)
{
    if (!m_listener)
        return;
    CueEvent e;
    e.type = type;
    e.offset = at - m_start;
    e.phase = m_phase;
    e.exercise = segment().exercise;
    e.techniqueId = e.exercise >= 0 ? m_plan.exercises()[size_t(e.exercise)].techniqueId : QString();
    e.side = segment().side;
    e.phaseDuration = m_deadline - m_phaseStart;
    e.count = count;
    m_listener(e);
}

void SessionEngine::enterPhase(Phase phase, Ms at, Ms duration, CueType cue)
{
    m_phase = phase;
    m_phaseStart = at;
    m_deadline = at + duration;
    // 3-2-1 ticks, each strictly after the phase began.
    m_nextCountdown = hasCountdown(phase) ? int(std::min<qint64>(3, (duration.count() - 1) / 1000)) : 0;
    // The time-left call only where it tells something new: at least 5 s after the phase began (not on top of
    // its announcement) and before the 3-2-1.
    m_timeLeftPending = m_timeLeftCall > Ms{0} && duration >= m_timeLeftCall + kTimeLeftClearance;
    emitCue(cue, at);
}

void SessionEngine::enterSegment(int index, Ms at)
{
    m_index = index;
    const Segment& s = segment();
    switch (s.phase) {
    case Phase::Prepare:
        enterPhase(s.phase, at, s.duration, s.exercise == 0 ? CueType::GetReady : CueType::NextTechnique);
        break;
    case Phase::Roll:
        m_heldThisSide = false;
        enterPhase(s.phase, at, s.duration, CueType::StartRolling);
        break;
    case Phase::Hold: enterPhase(s.phase, at, s.duration, CueType::HoldStart); break;
    case Phase::Release: enterPhase(s.phase, at, s.duration, CueType::HoldComplete); break;
    case Phase::SwitchSide: enterPhase(s.phase, at, s.duration, CueType::SwitchSide); break;
    case Phase::Rest: enterPhase(s.phase, at, s.duration, CueType::Rest); break;
    case Phase::Complete:
    case Phase::Idle:
    case Phase::Stopped:
        m_paused = false;
        enterPhase(Phase::Complete, at, Ms{0}, CueType::SessionComplete);
        break;
    }
}

void SessionEngine::finishPhase(Ms at)
{
    switch (m_userHold) {
    case UserHold::Holding:
        m_userHold = UserHold::Releasing;
        enterPhase(Phase::Release, at, timing().release, CueType::HoldComplete);
        return;
    case UserHold::Releasing:
        m_userHold = UserHold::None;
        enterPhase(Phase::Roll, at, m_rollRemaining, CueType::StartRolling);
        return;
    case UserHold::None: break;
    }
    int next = m_index + 1;
    const auto& segs = m_plan.segments();
    if (segment().phase == Phase::Roll && m_heldThisSide) {
        // The user already held a tender spot on this side; the scripted end-of-side hold is not needed.
        while (next < int(segs.size()) && (segs[size_t(next)].phase == Phase::Hold || segs[size_t(next)].phase == Phase::Release)
               && segs[size_t(next)].exercise == segment().exercise && segs[size_t(next)].side == segment().side)
            ++next;
    }
    enterSegment(std::min(next, int(segs.size()) - 1), at);
}

void SessionEngine::processDue(Ms upTo)
{
    while (isRunning()) {
        if (m_timeLeftPending) {
            const Ms at = m_deadline - m_timeLeftCall;
            if (at <= upTo) {
                m_timeLeftPending = false;
                emitCue(CueType::TimeLeft, at, int(m_timeLeftCall.count() / 1000));
                continue;
            }
        }
        if (m_nextCountdown > 0) {
            const Ms at = m_deadline - kSecond * m_nextCountdown;
            if (at <= upTo) {
                emitCue(CueType::Countdown, at, m_nextCountdown--);
                continue;
            }
        }
        if (m_deadline > upTo)
            break;
        finishPhase(m_deadline);
    }
}

void SessionEngine::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_start = now();
    enterSegment(0, m_start);
}

void SessionEngine::tick()
{
    if (isRunning() && !m_paused)
        processDue(now());
}

std::optional<Ms> SessionEngine::catchUp(WhilePaused whilePaused)
{
    if (!isRunning() || (m_paused && whilePaused == WhilePaused::Refuse))
        return std::nullopt;
    const Ms t = now();
    if (!m_paused)
        processDue(t);
    if (!isRunning())
        return std::nullopt;
    return t;
}

bool SessionEngine::pause()
{
    const auto at = catchUp(WhilePaused::Refuse);
    if (!at)
        return false;
    const Ms t = *at;
    m_paused = true;
    m_pausedAt = t;
    emitCue(CueType::Paused, t);
    return true;
}

bool SessionEngine::resume()
{
    if (!isRunning() || !m_paused)
        return false;
    const Ms t = now();
    // Shifting the deadline by the pause is what freezes the countdown; nothing is re-summed.
    const Ms shift = t - m_pausedAt;
    m_phaseStart += shift;
    m_deadline += shift;
    m_paused = false;
    emitCue(CueType::Resumed, t);
    return true;
}

bool SessionEngine::tenderSpot()
{
    const auto at = catchUp(WhilePaused::Refuse);
    if (!at || m_phase != Phase::Roll)
        return false;
    const Ms t = *at;
    m_rollRemaining = m_deadline - t;
    m_userHold = UserHold::Holding;
    m_heldThisSide = true;
    enterPhase(Phase::Hold, t, timing().hold, CueType::HoldStart);
    return true;
}

bool SessionEngine::released()
{
    const auto at = catchUp(WhilePaused::Refuse);
    if (!at || m_phase != Phase::Hold)
        return false;
    const Ms t = *at;
    // "Listen to your body": letting go is always allowed. Below the article's range the player only notes the
    // range; it never asks the person to keep pressing on a spot they chose to leave.
    const Ms held = t - m_phaseStart;
    if (held < timing().suggestedMinHold)
        emitCue(CueType::HoldEndedEarly, t, int(wholeSecondsDown(held.count())));
    finishPhase(t);
    return true;
}

bool SessionEngine::skip()
{
    const auto at = catchUp(WhilePaused::Apply);
    if (!at)
        return false;
    const Ms t = *at;
    finishPhase(t);
    if (m_paused)
        m_pausedAt = t; // the new phase waits, whole, for resume
    return true;
}

bool SessionEngine::back()
{
    const auto at = catchUp(WhilePaused::Apply);
    if (!at)
        return false;
    const Ms t = *at;
    const Ms elapsed = (m_paused ? m_pausedAt : t) - m_phaseStart;
    const bool restart = elapsed > kBackRestartWindow || m_index == 0 || m_userHold != UserHold::None;
    m_userHold = UserHold::None;
    enterSegment(restart ? m_index : m_index - 1, t);
    if (m_paused)
        m_pausedAt = t;
    return true;
}

void SessionEngine::halt(CueType cue)
{
    if (!isRunning())
        return;
    // No catch-up cues first: a stop means silence now, not a burst of stale prompts.
    const Ms t = now();
    m_paused = false;
    m_userHold = UserHold::None;
    m_phase = Phase::Stopped;
    m_deadline = m_phaseStart = t;
    emitCue(cue, t);
}

void SessionEngine::stop()
{
    halt(CueType::Stopped);
}

void SessionEngine::safetyStop()
{
    halt(CueType::SafetyStop);
}

} // namespace rollwise
