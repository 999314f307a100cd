// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed cue events: every state change of a session produces one, stamped with the exact moment it
// was due. Audio, visuals, history and the --plan timeline all consume the same events.

#include "core/body.h"
#include "core/clock.h"
#include "core/session_plan.h"

#include <QString>

namespace rollwise {

enum class CueType {
    GetReady,        // the first technique's get-ready countdown begins
    NextTechnique,   // a later technique's get-ready countdown begins
    StartRolling,    // rolling begins (or resumes after a tender-spot hold)
    HoldStart,       // sustained pressure on a tender spot begins
    Countdown,       // 3, 2, 1 seconds before a hold or a get-ready ends
    TimeLeft,        // 10 s before a long phase ends (only when asked for: SessionEngine::setTimeLeftCall)
    HoldComplete,    // the hold is over: ease off and breathe
    HoldEndedEarly,  // "released" before the article's 15 s: the hold ends anyway, with a neutral note
    SwitchSide,
    Rest,
    SessionComplete,
    Paused,
    Resumed,
    Stopped,         // the user ended the session
    SafetyStop,      // sharp pain, numbness or tingling: stop immediately
};
QString toString(CueType t);

struct CueEvent {
    CueType type = CueType::GetReady;
    Ms offset{0};           // since the session started, at the moment the cue was due
    Phase phase = Phase::Idle; // the phase entered (or current, for Countdown/Paused/…)
    int exercise = -1;
    QString techniqueId;
    Side side = Side::Centre;
    Ms phaseDuration{0};    // length of the phase this cue opens
    int count = 0;          // Countdown, TimeLeft: seconds left (3, 2, 1; 10); HoldEndedEarly: whole seconds held
};

} // namespace rollwise
