// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether the next session may start, decided from the recorded history alone (checks, acknowledgements and
// the sessions' outcomes), so there is no separate "check done" flag to go stale. Pure: time and time zone
// are passed in.
//
// The rules, in order:
// 1. An urgent sign answered today (local day in `zone`): no session at all until tomorrow.
// 2. The check is asked again when it was never answered, last answered more than 30 days ago, when a safety
//    stop ended a session after it, when its verdict did not allow a session, when it was a consult sign the
//    person confirmed as cleared and a session has started since (that confirmation is for one session), or
//    when a clinician-first condition was lifted by a clearance the routine no longer carries.
// 3. Two safety stops (stop button, or a "yes" to an urgent or consult sign) within 7 days: every start first
//    needs "Talk to your clinician before rolling again" acknowledged; an acknowledgement covers one start.

#include "core/history/screening_record.h"
#include "core/history/session_record.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace rollwise {

struct ScreeningRules {
    static constexpr int kRecheckAfterDays = 30;
    static constexpr int kRepeatedStopsWindowDays = 7;
    static constexpr int kRepeatedStops = 2;
};

enum class StartDecision {
    MayStart,
    AnswerCheck,               // show the check (RecheckReason says why)
    UrgentToday,               // "Seek medical care now": no session until the next local day
    AcknowledgeRepeatedStops,  // "Talk to your clinician before rolling again" first
};

enum class RecheckReason {
    None,
    FirstTime,
    Expired,          // last answered more than 30 days ago
    AfterSafetyStop,  // a session was stopped for safety since
    NotCleared,       // the last check's verdict did not allow a session
    ClearedOnce,      // a professional's clearance the person confirmed covers one session, which has started
    ClearanceGone,    // the clinician's clearance that lifted a condition is no longer in the routine
};

struct StartVerdict {
    StartDecision decision = StartDecision::AnswerCheck;
    RecheckReason reason = RecheckReason::None;
    int recentStops = 0; // safety stops within the last 7 days
};

StartVerdict decideStart(const Screening& screening, const std::vector<ScreeningRecord>& screenings,
                         const std::vector<SessionRecord>& sessions, const QDateTime& nowUtc, const QTimeZone& zone,
                         const std::optional<ClinicianClearance>& clearance);

} // namespace rollwise
