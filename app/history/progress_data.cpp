// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/progress_data.h"

#include "core/content_library.h"

#include <algorithm>

namespace rollwise {

double ProgressData::averagePerWeek() const
{
    if (weeks.size() < 2)
        return 0.0;
    int sum = 0;
    for (size_t i = 0; i + 1 < weeks.size(); ++i)
        sum += weeks[i].sessions;
    return double(sum) / double(weeks.size() - 1);
}

QString ProgressData::summary() const
{
    if (empty())
        return tr("No sessions recorded yet.");
    const int thisWeek = currentWeek() ? currentWeek()->sessions : 0;
    const QString week = thisWeek == 1 ? tr("This week: 1 session; the target is %1 to %2 a week.").arg(target.min).arg(target.max)
                                       : tr("This week: %1 sessions; the target is %2 to %3 a week.")
                                             .arg(thisWeek)
                                             .arg(target.min)
                                             .arg(target.max);
    const QString run = streak == 1 ? tr("Streak: 1 week at target.") : tr("Streak: %1 weeks at target.").arg(streak);
    const QString total = totalSessions == 1 ? tr("1 session in all.") : tr("%1 sessions in all.").arg(totalSessions);
    return week + QLatin1Char(' ') + run + QLatin1Char(' ') + total + QLatin1Char(' ') + outcomeLine();
}

QString ProgressData::outcomeLine() const
{
    return tr("Completed: %1 · Ended early: %2 · Safety stops: %3")
        .arg(outcomes.completed)
        .arg(outcomes.endedEarly)
        .arg(outcomes.safetyStops);
}

ProgressData ProgressData::compute(const std::vector<SessionRecord>& sessions, const ContentLibrary& content,
                                   const QDate& today, int weeks, const QTimeZone& zone)
{
    ProgressData d;
    d.today = today;
    d.target = {content.dosage().sessionsPerWeekMin, content.dosage().sessionsPerWeekMax};
    d.weeks = sessionsPerWeek(sessions, today, weeks, zone);
    d.streak = currentStreak(sessions, today, d.target, zone);
    d.recordedSessions = int(sessions.size());
    d.outcomes = sessionOutcomes(sessions);
    d.stops = safetyStops(sessions, zone);
    d.totalSessions = int(std::count_if(sessions.begin(), sessions.end(),
                                        [](const SessionRecord& s) { return s.countsTowardTarget(); }));
    for (const SessionRecord& s : sessions) {
        const QDate date = localStartDate(s, zone);
        if (!d.lastSession.isValid() || date > d.lastSession)
            d.lastSession = date;
    }
    d.trendFrom = d.weeks.empty() ? today : d.weeks.front().monday;
    d.trendTo = d.weeks.empty() ? today : d.weeks.back().monday.addDays(6);

    auto trend = tendernessTrend(sessions, d.trendFrom, d.trendTo, zone);
    const auto& groups = content.muscleGroups();
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto it = trend.find(groups[i].id);
        if (it == trend.end())
            continue;
        d.trends.push_back({groups[i].id, groups[i].name, int(i), std::move(it->second)});
        trend.erase(it);
    }
    // Groups the content does not know (a custom technique's own group) follow, under their ids.
    int extra = int(groups.size());
    for (auto& [id, points] : trend)
        d.trends.push_back({id, id, extra++, std::move(points)});
    return d;
}

} // namespace rollwise
