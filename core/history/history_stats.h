// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Figures the progress view shows, computed from the recorded sessions with "today" and the time zone
// passed in, so tests get exact answers and the GUI gets the user's own calendar.
//
// Weeks are ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), so a week spanning
// New Year is one week, e.g. 2024-W01 runs from Monday 1 January 2024, 2026-W01 from Monday 29 December
// 2025. A session belongs to the week of its local start date. Only sessions that count toward the target
// (SessionRecord::countsTowardTarget: completed to the end; never a session ended early or a safety stop) are
// counted. Sessions that did not count are listed by outcome (sessionOutcomes, safetyStops).
//
// Streak: the number of consecutive weeks, ending with the most recent one, in which at least the target's
// minimum (the seed's 3 a week, from content.json) was met. The current week is still in progress, so it
// extends the streak once it meets the target but never breaks it: on a Monday the streak still shows the
// run that ended last Sunday. Earlier weeks with no sessions break it like any other week below target.

#include "core/history/session_record.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <map>
#include <optional>
#include <vector>

namespace rollwise {

struct WeekCount {
    QDate monday;     // first day of the ISO week
    int isoYear = 0;
    int isoWeek = 0;
    int sessions = 0; // sessions that count toward the target
    bool current = false; // the week containing "today", still in progress

    friend bool operator==(const WeekCount& a, const WeekCount& b)
    {
        return a.monday == b.monday && a.isoYear == b.isoYear && a.isoWeek == b.isoWeek && a.sessions == b.sessions
               && a.current == b.current;
    }
};

struct WeeklyTarget {
    int min = 3; // the caller passes ContentLibrary::dosage().sessionsPerWeekMin/Max
    int max = 5;
};

struct TendernessPoint {
    QDateTime start;                // the session's start (UTC)
    QDate date;                     // its local date
    std::optional<double> before;   // mean of the group's ratings in that session (exercises of one group
    std::optional<double> after;    // share the rating, so this is normally the rating itself)
};

struct OutcomeCounts {
    int completed = 0;
    int endedEarly = 0; // the user stopped, or the app closed mid-session
    int safetyStops = 0;
};

// One safety stop as the progress view and the CSV show it: when, and from which session.
struct SafetyStopEntry {
    QDateTime at;   // the moment the session stopped (UTC)
    QDate date;     // its local date
    QString routineTitle;
    QString techniqueId; // the exercise being rolled when it stopped; empty if none had started
    QString reason;      // SessionRecord::stopReason; empty in a history written before reasons were kept
};

// The Monday of the ISO week holding `date`.
QDate isoWeekMonday(const QDate& date);
// "2025-W02"
QString isoWeekLabel(const QDate& date);
// The local calendar date a session started on.
QDate localStartDate(const SessionRecord& s, const QTimeZone& zone);

// The last `weeks` ISO weeks, oldest first, ending with the week of `today` (marked current).
std::vector<WeekCount> sessionsPerWeek(const std::vector<SessionRecord>& sessions, const QDate& today, int weeks,
                                       const QTimeZone& zone);
// As defined above.
int currentStreak(const std::vector<SessionRecord>& sessions, const QDate& today, const WeeklyTarget& target,
                  const QTimeZone& zone);
OutcomeCounts sessionOutcomes(const std::vector<SessionRecord>& sessions);
// Every safety stop, newest first.
std::vector<SafetyStopEntry> safetyStops(const std::vector<SessionRecord>& sessions, const QTimeZone& zone);
// Per muscle group id: one point per session from `from` to `to` (local dates, inclusive) in which the group
// was rated before or after, oldest first. Groups without any rating in the window are absent.
std::map<QString, std::vector<TendernessPoint>> tendernessTrend(const std::vector<SessionRecord>& sessions,
                                                                const QDate& from, const QDate& to,
                                                                const QTimeZone& zone);

} // namespace rollwise
