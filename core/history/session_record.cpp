// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/session_record.h"

#include <algorithm>

namespace rollwise {

QString toString(SessionOutcome o)
{
    switch (o) {
    case SessionOutcome::Completed: return QStringLiteral("completed");
    case SessionOutcome::Stopped: return QStringLiteral("stopped");
    case SessionOutcome::SafetyStop: return QStringLiteral("safety-stop");
    }
    return {};
}

std::optional<SessionOutcome> sessionOutcomeFromString(const QString& s)
{
    for (SessionOutcome o : {SessionOutcome::Completed, SessionOutcome::Stopped, SessionOutcome::SafetyStop})
        if (s == toString(o))
            return o;
    return std::nullopt;
}

bool operator==(const ExerciseRecord& a, const ExerciseRecord& b)
{
    return a.techniqueId == b.techniqueId && a.groupId == b.groupId && a.started == b.started
           && a.completed == b.completed && a.tenderSpots == b.tenderSpots && a.tendernessBefore == b.tendernessBefore
           && a.tendernessAfter == b.tendernessAfter;
}

bool operator==(const SessionRecord& a, const SessionRecord& b)
{
    return a.start == b.start && a.end == b.end && a.routineTitle == b.routineTitle && a.outcome == b.outcome
           && a.stopReason == b.stopReason && a.exercises == b.exercises;
}

bool SessionRecord::countsTowardTarget() const
{
    return outcome == SessionOutcome::Completed;
}

QStringList SessionRecord::workedGroups() const
{
    QStringList out;
    for (const ExerciseRecord& e : exercises)
        if (e.started && !e.groupId.isEmpty() && !out.contains(e.groupId))
            out << e.groupId;
    return out;
}

void SessionRecord::setTenderness(const QString& groupId, std::optional<int> before, std::optional<int> after)
{
    auto clamp = [](std::optional<int> v) -> std::optional<int> {
        if (!v)
            return std::nullopt;
        return std::clamp(*v, TendernessLimits::kMin, TendernessLimits::kMax);
    };
    for (ExerciseRecord& e : exercises)
        if (e.groupId == groupId) {
            e.tendernessBefore = clamp(before);
            e.tendernessAfter = clamp(after);
        }
}

} // namespace rollwise
