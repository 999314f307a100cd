// SPDX-License-Identifier: GPL-3.0-or-later
// Safety checks and stop reasons in the history file: written, read back field for field, version-1 files
// from before them still load, and a damaged check is reported by its JSON path and kept in the backup.
#include "core/history/history_format.h"
#include "core/history/history_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
QDateTime utc(int y, int m, int d, int h = 7, int min = 30)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

ScreeningRecord sampleCheck()
{
    ScreeningRecord r;
    r.time = utc(2025, 1, 6).addMSecs(250);
    r.answers = {{QStringLiteral("numbness"), true}, {QStringLiteral("pregnancy"), true}, {QStringLiteral("cancer"), false}};
    r.confirmedCleared = true;
    r.clearance = ClinicianClearance{QStringLiteral("Dr. Ä. Meyer"), QDate(2025, 1, 2)};
    r.verdict = CheckVerdict::ConsultCleared;
    return r;
}

SessionRecord stoppedSession()
{
    SessionRecord s;
    s.start = utc(2025, 1, 6, 8);
    s.end = s.start.addSecs(90);
    s.routineTitle = QStringLiteral("Evening");
    s.outcome = SessionOutcome::SafetyStop;
    s.stopReason = SessionRecord::kStopButton;
    return s;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST(ScreeningHistory, ChecksAcknowledgementsAndStopReasonsRoundTrip)
{
    QTemporaryDir dir;
    {
        HistoryStore store(dir.path());
        store.load();
        EXPECT_EQ(store.append(stoppedSession()), QString());
        EXPECT_EQ(store.appendScreening(sampleCheck()), QString());
        EXPECT_EQ(store.appendScreening(ScreeningRecord::acknowledgement(utc(2025, 1, 7))), QString());
    }
    HistoryStore again(dir.path());
    const HistoryLoad load = again.load();
    EXPECT_TRUE(load.diagnostics.empty()) << load.diagnostics.toText().toStdString();
    ASSERT_EQ(again.screenings().size(), 2u);
    EXPECT_EQ(again.screenings()[0], sampleCheck());
    EXPECT_EQ(again.screenings()[1], ScreeningRecord::acknowledgement(utc(2025, 1, 7)));
    ASSERT_EQ(again.sessions().size(), 1u);
    EXPECT_EQ(again.sessions()[0].stopReason, QStringLiteral("stop-button"));
    EXPECT_EQ(again.sessions()[0], stoppedSession());
}

TEST(ScreeningHistory, AVersionOneFileWithoutChecksStillLoads)
{
    const QByteArray old = R"({"format": "rollwise-history", "version": 1, "sessions": [
        {"start": "2025-01-06T07:30:00.000Z", "end": "2025-01-06T07:44:00.000Z", "routine": "R",
         "outcome": "safety-stop", "exercises": []}]})";
    const HistoryParse p = HistoryFormat::parse(old, QStringLiteral("history.json"));
    EXPECT_FALSE(p.fileRejected);
    EXPECT_TRUE(p.diagnostics.empty()) << p.diagnostics.toText().toStdString();
    ASSERT_EQ(p.sessions.size(), 1u);
    EXPECT_EQ(p.sessions[0].outcome, SessionOutcome::SafetyStop);
    EXPECT_TRUE(p.sessions[0].stopReason.isEmpty());
    EXPECT_TRUE(p.screenings.empty());
}

TEST(ScreeningHistory, ADamagedCheckNamesItsFieldAndTheFileIsKeptAside)
{
    QTemporaryDir dir;
    const QByteArray bytes = R"({"format": "rollwise-history", "version": 1, "sessions": [], "screenings": [
        {"time": "2025-01-06T07:30:00.000Z", "kind": "check", "answers": {"numbness": "yes"},
         "confirmedCleared": false, "verdict": "clear"},
        {"time": "2025-01-06T07:31:00.000Z", "kind": "check", "answers": {"numbness": false},
         "confirmedCleared": false, "verdict": "fine"},
        {"time": "2025-01-06T07:32:00.000Z", "kind": "repeated-stops-acknowledged"}]})";
    write(dir.filePath(QStringLiteral("history.json")), bytes);
    HistoryStore store(dir.path());
    const HistoryLoad load = store.load();
    const QString text = load.diagnostics.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("screenings[0].answers.numbness"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("screenings[1].verdict"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\"fine\" is not a verdict"))) << text.toStdString();
    ASSERT_EQ(store.screenings().size(), 1u);
    EXPECT_EQ(store.screenings()[0].kind, ScreeningKind::RepeatedStopsAcknowledged);
    ASSERT_TRUE(load.recovered());
    QFile backup(load.backupPath);
    ASSERT_TRUE(backup.open(QIODevice::ReadOnly));
    EXPECT_EQ(backup.readAll(), bytes);
}

TEST(ScreeningHistory, AStopReasonOnASessionThatWasNotStoppedForSafetyIsAnError)
{
    const QByteArray bytes = R"({"format": "rollwise-history", "version": 1, "sessions": [
        {"start": "2025-01-06T07:30:00.000Z", "end": "2025-01-06T07:44:00.000Z", "routine": "R",
         "outcome": "completed", "stopReason": "stop-button", "exercises": []}]})";
    const HistoryParse p = HistoryFormat::parse(bytes, QStringLiteral("history.json"));
    EXPECT_EQ(p.droppedSessions, 1);
    EXPECT_TRUE(p.diagnostics.toText().contains(QStringLiteral("sessions[0].stopReason"))) << p.diagnostics.toText().toStdString();
}
