// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export, byte for byte: RFC 4180 quoting of commas, quotes and newlines, CRLF rows, UTF-8, one row per
// exercise, and spreadsheet formulas defused in routine titles.
#include "history_fixtures.h"

#include "core/history/history_csv.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {
SessionRecord twoExercises(const QDateTime& start, const QString& title)
{
    SessionRecord s = session(start, SessionOutcome::Stopped);
    s.routineTitle = title;
    s.exercises.resize(2);
    s.exercises[1].completed = false;
    s.exercises[0].tenderSpots = 2;
    s.exercises[0].tendernessBefore = 6;
    s.exercises[0].tendernessAfter = 3;
    return s;
}

const char* kHeader = "session_start_utc,session_end_utc,local_date,routine,outcome,counts_toward_target,exercise,"
                      "technique,muscle_group,"
                      "started,completed,tender_spots,tenderness_before,tenderness_after\r\n";
} // namespace

TEST(HistoryCsv, QuotesOnlyWhatRfc4180Requires)
{
    EXPECT_EQ(csvField(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    EXPECT_EQ(csvField(QString()), QString());
}

TEST(HistoryCsv, ExactContent)
{
    const std::vector<SessionRecord> sessions{
        twoExercises(utc(2025, 1, 6, 7, 30), QStringLiteral("Back, \"gentle\"\nevening")),
        twoExercises(utc(2025, 1, 7, 23, 15), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
    };
    QByteArray expected(kHeader);
    expected += "2025-01-06T07:30:00Z,2025-01-06T07:44:04Z,2025-01-06,\"Back, \"\"gentle\"\"\nevening\",stopped,no,1,glutes,"
                "glutes-piriformis,yes,yes,2,6,3\r\n";
    expected += "2025-01-06T07:30:00Z,2025-01-06T07:44:04Z,2025-01-06,\"Back, \"\"gentle\"\"\nevening\",stopped,no,2,"
                "hip-flexors,hip-flexors,yes,no,0,,\r\n";
    // In UTC+2 the second session is on the 8th; its formula-like title gets a leading apostrophe.
    expected += "2025-01-07T23:15:00Z,2025-01-07T23:29:04Z,2025-01-08,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                "stopped,no,1,glutes,glutes-piriformis,yes,yes,2,6,3\r\n";
    expected += "2025-01-07T23:15:00Z,2025-01-07T23:29:04Z,2025-01-08,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                "stopped,no,2,hip-flexors,hip-flexors,yes,no,0,,\r\n";
    EXPECT_EQ(historyToCsv(sessions, QTimeZone(2 * 3600)), expected);
}

TEST(HistoryCsv, SessionWithoutExercisesStillHasARow)
{
    SessionRecord s = session(utc(2025, 3, 1), SessionOutcome::SafetyStop);
    s.exercises.clear();
    EXPECT_EQ(historyToCsv({s}, QTimeZone::utc()),
              QByteArray(kHeader) + "2025-03-01T07:30:00Z,2025-03-01T07:44:04Z,2025-03-01,Lower-back relief,safety-stop,no,,,,,,,,\r\n");
}

TEST(HistoryCsv, OnlyACompletedSessionCountsTowardTheTarget)
{
    SessionRecord done = session(utc(2025, 3, 1), SessionOutcome::Completed);
    SessionRecord early = session(utc(2025, 3, 2), SessionOutcome::Stopped);
    SessionRecord stop = session(utc(2025, 3, 3), SessionOutcome::SafetyStop);
    for (SessionRecord* s : {&done, &early, &stop})
        s->exercises.clear();
    const QList<QByteArray> lines = historyToCsv({done, early, stop}, QTimeZone::utc()).split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines[1].contains(",completed,yes,")) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(",stopped,no,")) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(",safety-stop,no,")) << lines[3].toStdString();
}

TEST(HistoryCsv, ExportWritesUtf8WithoutBom)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    const std::vector<SessionRecord> sessions{twoExercises(utc(2025, 1, 6), QStringLiteral("Rücken – ß"))};
    ASSERT_EQ(exportHistoryCsv(path, sessions, QTimeZone::utc()), QString());
    const QByteArray bytes = readAll(path);
    EXPECT_EQ(bytes, historyToCsv(sessions, QTimeZone::utc()));
    EXPECT_TRUE(bytes.startsWith("session_start_utc,"));
    EXPECT_TRUE(bytes.contains("R\xc3\xbc" "cken \xe2\x80\x93 \xc3\x9f"));
}

TEST(HistoryCsv, ExportFailureNamesThePath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/history.csv"));
    const QString error = exportHistoryCsv(path, {session(utc(2025, 1, 6))}, QTimeZone::utc());
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << error.toStdString();
}
