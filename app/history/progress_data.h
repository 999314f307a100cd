// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the progress view draws, computed once from the recorded sessions: the weekly counts against
// the seed's target, the streak, and the tenderness series per muscle group with display names.

#include "core/history/history_stats.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace rollwise {

class ContentLibrary;

struct TrendSeries {
    QString groupId;
    QString name;
    int styleIndex = 0; // the group's position in content.json: a stable colour and marker per group
    std::vector<TendernessPoint> points;
};

struct ProgressData {
    Q_DECLARE_TR_FUNCTIONS(ProgressData)

public:
    QDate today;
    std::vector<WeekCount> weeks;  // oldest first; the last is the current week
    WeeklyTarget target;
    int streak = 0;
    int totalSessions = 0;         // counted toward the target, all time
    int recordedSessions = 0;      // every record, including sessions stopped before any exercise was done
    QDate lastSession;             // local date of the latest record; invalid when there is none
    QDate trendFrom;               // the trend chart's date range: the weeks shown above
    QDate trendTo;
    std::vector<TrendSeries> trends; // in content order
    OutcomeCounts outcomes;          // all time: completed, ended early, safety stops
    std::vector<SafetyStopEntry> stops; // newest first

    bool empty() const { return recordedSessions == 0; }
    const WeekCount* currentWeek() const { return weeks.empty() ? nullptr : &weeks.back(); }
    // The mean number of counted sessions over the completed weeks shown (the current one excluded).
    double averagePerWeek() const;
    // The figures as one sentence, for screen readers.
    QString summary() const;
    // "Completed: 4 · Ended early: 1 · Safety stops: 1"
    QString outcomeLine() const;

    static ProgressData compute(const std::vector<SessionRecord>& sessions, const ContentLibrary& content,
                                const QDate& today, int weeks, const QTimeZone& zone);
};

} // namespace rollwise
