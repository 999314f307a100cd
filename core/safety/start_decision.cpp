// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/safety/start_decision.h"

namespace rollwise {

namespace {
const ScreeningRecord* latestCheck(const std::vector<ScreeningRecord>& screenings)
{
    const ScreeningRecord* last = nullptr;
    for (const ScreeningRecord& r : screenings)
        if (r.kind == ScreeningKind::Check && (!last || r.time >= last->time))
            last = &r;
    return last;
}

bool sessionStartedSince(const std::vector<SessionRecord>& sessions, const QDateTime& t)
{
    for (const SessionRecord& s : sessions)
        if (s.start >= t)
            return true;
    return false;
}

bool stoppedSince(const std::vector<SessionRecord>& sessions, const QDateTime& t)
{
    for (const SessionRecord& s : sessions)
        if (s.outcome == SessionOutcome::SafetyStop && s.end > t)
            return true;
    return false;
}
} // namespace

StartVerdict decideStart(const Screening& screening, const std::vector<ScreeningRecord>& screenings,
                         const std::vector<SessionRecord>& sessions, const QDateTime& nowUtc, const QTimeZone& zone,
                         const std::optional<ClinicianClearance>& clearance)
{
    StartVerdict v;
    const QDate today = nowUtc.toTimeZone(zone).date();
    for (const ScreeningRecord& r : screenings)
        if (r.kind == ScreeningKind::Check && r.verdict == CheckVerdict::Urgent && r.time.toTimeZone(zone).date() == today) {
            v.decision = StartDecision::UrgentToday;
            return v;
        }

    const ScreeningRecord* last = latestCheck(screenings);
    if (!last)
        v.reason = RecheckReason::FirstTime;
    else if (last->time.addDays(ScreeningRules::kRecheckAfterDays) < nowUtc)
        v.reason = RecheckReason::Expired;
    else if (stoppedSince(sessions, last->time))
        v.reason = RecheckReason::AfterSafetyStop;
    else if (!allowsSession(last->verdict))
        v.reason = RecheckReason::NotCleared;
    else if (last->verdict == CheckVerdict::ConsultCleared && sessionStartedSince(sessions, last->time))
        v.reason = RecheckReason::ClearedOnce;
    else if (last->verdict == CheckVerdict::ClinicianCleared && !clearanceValid(clearance, today))
        v.reason = RecheckReason::ClearanceGone;
    if (v.reason != RecheckReason::None) {
        v.decision = StartDecision::AnswerCheck;
        return v;
    }

    const QDateTime windowStart = nowUtc.addDays(-ScreeningRules::kRepeatedStopsWindowDays);
    QDateTime lastStop;
    for (const SessionRecord& s : sessions)
        if (s.outcome == SessionOutcome::SafetyStop && s.end > windowStart && s.end <= nowUtc) {
            ++v.recentStops;
            if (!lastStop.isValid() || s.end > lastStop)
                lastStop = s.end;
        }
    for (const ScreeningRecord& r : screenings)
        if (r.reportsWarningSign(screening) && r.time > windowStart && r.time <= nowUtc) {
            ++v.recentStops;
            if (!lastStop.isValid() || r.time > lastStop)
                lastStop = r.time;
        }
    if (v.recentStops >= ScreeningRules::kRepeatedStops) {
        bool acknowledged = false;
        for (const ScreeningRecord& r : screenings)
            if (r.kind == ScreeningKind::RepeatedStopsAcknowledged && r.time >= lastStop && !sessionStartedSince(sessions, r.time))
                acknowledged = true;
        if (!acknowledged) {
            v.decision = StartDecision::AcknowledgeRepeatedStops;
            return v;
        }
    }
    v.decision = StartDecision::MayStart;
    return v;
}

} // namespace rollwise
