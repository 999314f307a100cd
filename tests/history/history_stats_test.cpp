// SPDX-License-Identifier: GPL-3.0-or-later
// Weekly adherence, streak and tenderness trend with a fixed "today": ISO weeks across a New Year with a
// week 53, local dates deciding the week, and only sessions of actual rolling counting.
#include "history_fixtures.h"

#include "core/history/history_stats.h"

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {
const QTimeZone kUtc = QTimeZone::utc();
const WeeklyTarget kTarget{3, 5};

// Adds `n` sessions on `date` (7:30 UTC onward).
void add(std::vector<SessionRecord>& out, const QDate& date, int n = 1)
{
    for (int i = 0; i < n; ++i)
        out.push_back(session(QDateTime(date, QTime(7 + i, 30), kUtc)));
}
} // namespace

TEST(HistoryStats, IsoWeeksAcrossNewYear)
{
    EXPECT_EQ(isoWeekLabel(QDate(2021, 1, 1)), QStringLiteral("2020-W53"));
    EXPECT_EQ(isoWeekLabel(QDate(2021, 1, 4)), QStringLiteral("2021-W01"));
    EXPECT_EQ(isoWeekLabel(QDate(2025, 12, 29)), QStringLiteral("2026-W01"));
    EXPECT_EQ(isoWeekMonday(QDate(2021, 1, 3)), QDate(2020, 12, 28)); // a Sunday belongs to the week before
    EXPECT_EQ(isoWeekMonday(QDate(2021, 1, 4)), QDate(2021, 1, 4));
}

TEST(HistoryStats, SessionsPerWeekSpanningTheYearBoundary)
{
    std::vector<SessionRecord> s;
    add(s, QDate(2020, 12, 15), 2);     // W51
    add(s, QDate(2020, 12, 28));        // W53 Monday
    add(s, QDate(2020, 12, 31));        // W53 Thursday
    add(s, QDate(2021, 1, 1));          // W53 Friday, already next year
    add(s, QDate(2021, 1, 3));          // W53 Sunday
    add(s, QDate(2021, 1, 4));          // 2021-W01 Monday
    add(s, QDate(2021, 1, 12));         // after "today": not shown
    s.push_back(session(utc(2020, 12, 22), SessionOutcome::Stopped, false)); // W52, nothing done: not counted

    const auto weeks = sessionsPerWeek(s, QDate(2021, 1, 5), 4, kUtc);
    const std::vector<WeekCount> expected{
        {QDate(2020, 12, 14), 2020, 51, 2, false},
        {QDate(2020, 12, 21), 2020, 52, 0, false},
        {QDate(2020, 12, 28), 2020, 53, 4, false},
        {QDate(2021, 1, 4), 2021, 1, 1, true},
    };
    EXPECT_EQ(weeks, expected);
}

TEST(HistoryStats, TheLocalDateDecidesTheWeek)
{
    // Sunday 23:30 UTC is already Monday in UTC+2: the session belongs to the new week there.
    const std::vector<SessionRecord> s{session(utc(2021, 1, 3, 23, 30))};
    const QTimeZone plusTwo(2 * 3600);
    EXPECT_EQ(sessionsPerWeek(s, QDate(2021, 1, 5), 2, kUtc)[0].sessions, 1);
    EXPECT_EQ(sessionsPerWeek(s, QDate(2021, 1, 5), 2, plusTwo)[1].sessions, 1);
    EXPECT_EQ(localStartDate(s[0], plusTwo), QDate(2021, 1, 4));
}

TEST(HistoryStats, StreakCountsConsecutiveWeeksAtTarget)
{
    std::vector<SessionRecord> s;
    add(s, QDate(2020, 12, 1), 5);  // W49: met, but W50 breaks the run
    add(s, QDate(2020, 12, 8), 2);  // W50: below
    add(s, QDate(2020, 12, 14), 3); // W51: met
    add(s, QDate(2020, 12, 22), 4); // W52: met
    add(s, QDate(2020, 12, 29), 6); // W53: met (more than 5 still meets the minimum)
    add(s, QDate(2021, 1, 4), 1);   // 2021-W01, this week: not yet at target, so it does not break the run
    EXPECT_EQ(currentStreak(s, QDate(2021, 1, 5), kTarget, kUtc), 3);

    add(s, QDate(2021, 1, 5), 2); // this week reaches 3: it joins the streak
    EXPECT_EQ(currentStreak(s, QDate(2021, 1, 6), kTarget, kUtc), 4);

    // A week later with nothing done in 2021-W02 yet: still 4. A week after that, W02 empty: broken.
    EXPECT_EQ(currentStreak(s, QDate(2021, 1, 11), kTarget, kUtc), 4);
    EXPECT_EQ(currentStreak(s, QDate(2021, 1, 18), kTarget, kUtc), 0);
}

TEST(HistoryStats, NoSessionsNoStreak)
{
    EXPECT_EQ(currentStreak({}, QDate(2021, 1, 5), kTarget, kUtc), 0);
    const auto weeks = sessionsPerWeek({}, QDate(2021, 1, 5), 3, kUtc);
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[0].monday, QDate(2020, 12, 21));
    EXPECT_EQ(weeks[2].sessions, 0);
}

TEST(HistoryStats, TendernessTrendPerMuscleGroup)
{
    const QString glutes = QStringLiteral("glutes-piriformis");
    const QString hams = QStringLiteral("hamstrings");
    std::vector<SessionRecord> s{
        rated(rated(session(utc(2021, 1, 4)), glutes, 7, 4), hams, 5, 3),
        rated(session(utc(2021, 1, 6)), glutes, 6, std::nullopt), // before only
        session(utc(2021, 1, 8)),                                 // not rated at all
        rated(session(utc(2020, 12, 1)), glutes, 9, 8),           // before the window
    };
    // Two exercises of one group rated differently (a hand-edited routine): the point is their mean.
    s[2].exercises[2].tendernessAfter = 2;
    s[2].exercises.push_back({QStringLiteral("custom-roll"), hams, true, true, 0, std::nullopt, 5});

    const auto trend = tendernessTrend(s, QDate(2021, 1, 1), QDate(2021, 1, 10), kUtc);
    ASSERT_EQ(trend.size(), 2u);
    const auto& g = trend.at(glutes);
    ASSERT_EQ(g.size(), 2u);
    EXPECT_EQ(g[0].date, QDate(2021, 1, 4));
    EXPECT_EQ(g[0].before, 7.0);
    EXPECT_EQ(g[0].after, 4.0);
    EXPECT_EQ(g[1].date, QDate(2021, 1, 6));
    EXPECT_EQ(g[1].before, 6.0);
    EXPECT_FALSE(g[1].after.has_value());
    const auto& h = trend.at(hams);
    ASSERT_EQ(h.size(), 2u);
    EXPECT_EQ(h[0].after, 3.0);
    EXPECT_EQ(h[1].start, utc(2021, 1, 8));
    EXPECT_FALSE(h[1].before.has_value());
    EXPECT_EQ(h[1].after, 3.5);
}

TEST(HistoryStats, OutcomesAreCountedApartAndStopsListedNewestFirstWithTheirReason)
{
    SessionRecord early = session(utc(2025, 1, 6), SessionOutcome::SafetyStop, false);
    early.stopReason = SessionRecord::kStopButton;
    SessionRecord late = session(utc(2025, 1, 9), SessionOutcome::SafetyStop, false);
    late.exercises[0].started = true;
    late.exercises[1].started = true; // the STOP came during the second exercise
    const std::vector<SessionRecord> sessions{session(utc(2025, 1, 7)), early,
                                              session(utc(2025, 1, 8), SessionOutcome::Stopped, false), late};
    const OutcomeCounts c = sessionOutcomes(sessions);
    EXPECT_EQ(c.completed, 1);
    EXPECT_EQ(c.endedEarly, 1);
    EXPECT_EQ(c.safetyStops, 2);

    const std::vector<SafetyStopEntry> stops = safetyStops(sessions, QTimeZone::utc());
    ASSERT_EQ(stops.size(), 2u);
    EXPECT_EQ(stops[0].date, QDate(2025, 1, 9));
    EXPECT_EQ(stops[0].techniqueId, late.exercises[1].techniqueId);
    EXPECT_EQ(stops[0].reason, QString()); // an older history kept no reason
    EXPECT_EQ(stops[1].date, QDate(2025, 1, 6));
    EXPECT_EQ(stops[1].techniqueId, QString()); // stopped before rolling began
    EXPECT_EQ(stops[1].reason, SessionRecord::kStopButton);
    // Neither stop counts toward the week's target.
    EXPECT_EQ(sessionsPerWeek(sessions, QDate(2025, 1, 12), 1, QTimeZone::utc()).front().sessions, 1);
}
