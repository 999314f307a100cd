// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/history_stats.h"

#include <algorithm>

namespace rollwise {

namespace {
// Counted sessions per ISO week, keyed by the week's Monday.
std::map<QDate, int> countsByWeek(const std::vector<SessionRecord>& sessions, const QTimeZone& zone)
{
    std::map<QDate, int> counts;
    for (const SessionRecord& s : sessions)
        if (s.countsTowardTarget())
            ++counts[isoWeekMonday(localStartDate(s, zone))];
    return counts;
}

int countIn(const std::map<QDate, int>& counts, const QDate& monday)
{
    const auto it = counts.find(monday);
    return it == counts.end() ? 0 : it->second;
}

std::optional<double> mean(double sum, int n)
{
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}
} // namespace

QDate isoWeekMonday(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString isoWeekLabel(const QDate& date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QDate localStartDate(const SessionRecord& s, const QTimeZone& zone)
{
    return s.start.toTimeZone(zone).date();
}

std::vector<WeekCount> sessionsPerWeek(const std::vector<SessionRecord>& sessions, const QDate& today, int weeks,
                                       const QTimeZone& zone)
{
    const std::map<QDate, int> counts = countsByWeek(sessions, zone);
    const QDate thisMonday = isoWeekMonday(today);
    std::vector<WeekCount> out;
    for (int i = std::max(0, weeks) - 1; i >= 0; --i) {
        WeekCount w;
        w.monday = thisMonday.addDays(-7 * qint64(i));
        w.isoWeek = w.monday.weekNumber(&w.isoYear);
        w.sessions = countIn(counts, w.monday);
        w.current = i == 0;
        out.push_back(w);
    }
    return out;
}

int currentStreak(const std::vector<SessionRecord>& sessions, const QDate& today, const WeeklyTarget& target,
                  const QTimeZone& zone)
{
    const std::map<QDate, int> counts = countsByWeek(sessions, zone);
    if (counts.empty() || target.min <= 0)
        return 0;
    const QDate first = counts.begin()->first;
    QDate monday = isoWeekMonday(today);
    int streak = countIn(counts, monday) >= target.min ? 1 : 0;
    for (monday = monday.addDays(-7); monday >= first; monday = monday.addDays(-7)) {
        if (countIn(counts, monday) < target.min)
            break;
        ++streak;
    }
    return streak;
}

std::map<QString, std::vector<TendernessPoint>> tendernessTrend(const std::vector<SessionRecord>& sessions,
                                                                const QDate& from, const QDate& to,
                                                                const QTimeZone& zone)
{
    std::vector<const SessionRecord*> inWindow;
    for (const SessionRecord& s : sessions) {
        const QDate d = localStartDate(s, zone);
        if (d >= from && d <= to)
            inWindow.push_back(&s);
    }
    // The file is in recording order, which is time order unless the clock was changed; sort to be sure.
    std::stable_sort(inWindow.begin(), inWindow.end(),
                     [](const SessionRecord* a, const SessionRecord* b) { return a->start < b->start; });

    std::map<QString, std::vector<TendernessPoint>> out;
    for (const SessionRecord* s : inWindow) {
        std::map<QString, std::pair<std::pair<double, int>, std::pair<double, int>>> sums; // group → (before, after)
        for (const ExerciseRecord& e : s->exercises) {
            if (e.groupId.isEmpty() || (!e.tendernessBefore && !e.tendernessAfter))
                continue;
            auto& [before, after] = sums[e.groupId];
            if (e.tendernessBefore) {
                before.first += *e.tendernessBefore;
                ++before.second;
            }
            if (e.tendernessAfter) {
                after.first += *e.tendernessAfter;
                ++after.second;
            }
        }
        for (const auto& [group, sum] : sums)
            out[group].push_back({s->start, localStartDate(*s, zone), mean(sum.first.first, sum.first.second),
                                  mean(sum.second.first, sum.second.second)});
    }
    return out;
}

OutcomeCounts sessionOutcomes(const std::vector<SessionRecord>& sessions)
{
    OutcomeCounts c;
    for (const SessionRecord& s : sessions) {
        switch (s.outcome) {
        case SessionOutcome::Completed: ++c.completed; break;
        case SessionOutcome::Stopped: ++c.endedEarly; break;
        case SessionOutcome::SafetyStop: ++c.safetyStops; break;
        }
    }
    return c;
}

std::vector<SafetyStopEntry> safetyStops(const std::vector<SessionRecord>& sessions, const QTimeZone& zone)
{
    std::vector<SafetyStopEntry> out;
    for (const SessionRecord& s : sessions) {
        if (s.outcome != SessionOutcome::SafetyStop)
            continue;
        SafetyStopEntry e;
        e.at = s.end.isValid() ? s.end : s.start;
        e.date = e.at.toTimeZone(zone).date();
        e.routineTitle = s.routineTitle;
        e.reason = s.stopReason;
        // The last exercise rolling began on is the one the person was on when they pressed STOP.
        for (const ExerciseRecord& x : s.exercises)
            if (x.started)
                e.techniqueId = x.techniqueId;
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const SafetyStopEntry& a, const SafetyStopEntry& b) { return a.at > b.at; });
    return out;
}

} // namespace rollwise
