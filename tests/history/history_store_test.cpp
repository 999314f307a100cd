// SPDX-License-Identifier: GPL-3.0-or-later
// The history file: sessions survive restarts field for field; a damaged, unreadable or oversized file is set
// aside once, byte for byte, reported with both paths and never overwritten; a newer version's file is refused
// and left exactly as it is.
#include "history_fixtures.h"

#include "core/history/history_format.h"
#include "core/history/history_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {
QStringList backups(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("history.damaged-*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                               QDir::Name);
}

SessionRecord richSession()
{
    SessionRecord s = session(utc(2025, 1, 6, 7, 30), SessionOutcome::Stopped);
    s.start = s.start.addMSecs(123);
    s.end = s.start.addMSecs(95'456);
    s.routineTitle = QStringLiteral("Rücken, \"sanft\" – Abend");
    s.exercises[0].tenderSpots = 2;
    s.exercises[0].tendernessBefore = 7;
    s.exercises[0].tendernessAfter = 3;
    s.exercises[1].tendernessAfter = 0; // rated after only
    s.exercises[2].completed = false;
    s.exercises[3].started = s.exercises[3].completed = false;
    return s;
}
} // namespace

TEST(HistoryStore, MissingFileIsAnEmptyHistoryWithoutComplaint)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    const HistoryLoad load = store.load();
    EXPECT_TRUE(store.sessions().empty());
    EXPECT_TRUE(load.diagnostics.empty());
    EXPECT_FALSE(load.recovered());
    EXPECT_FALSE(QFileInfo::exists(store.filePath())); // loading alone writes nothing
}

TEST(HistoryStore, RoundTripKeepsEveryField)
{
    QTemporaryDir dir;
    const SessionRecord a = richSession();
    const SessionRecord b = session(utc(2025, 1, 8), SessionOutcome::SafetyStop);
    {
        HistoryStore store(dir.path());
        store.load();
        ASSERT_EQ(store.append(a), QString());
        ASSERT_EQ(store.append(b), QString());
    }
    HistoryStore reread(dir.path());
    EXPECT_TRUE(reread.load().diagnostics.empty());
    ASSERT_EQ(reread.sessions().size(), 2u);
    EXPECT_EQ(reread.sessions()[0], a);
    EXPECT_EQ(reread.sessions()[1], b);
    EXPECT_EQ(reread.sessions()[0].start.timeSpec(), Qt::UTC);

    // The file is the documented, versioned JSON; unrated values are absent rather than null.
    const QJsonObject root = QJsonDocument::fromJson(readAll(reread.filePath())).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("rollwise-history"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject first = root.value(QStringLiteral("sessions"))[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2025-01-06T07:30:00.123Z"));
    EXPECT_EQ(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("stopped"));
    const QJsonObject hip = first.value(QStringLiteral("exercises"))[1].toObject();
    EXPECT_FALSE(hip.contains(QStringLiteral("tendernessBefore")));
    EXPECT_EQ(hip.value(QStringLiteral("tendernessAfter")).toInt(-1), 0);
}

TEST(HistoryStore, SessionsAccumulateAcrossRestarts)
{
    QTemporaryDir dir;
    {
        HistoryStore first(dir.path());
        first.load();
        ASSERT_EQ(first.append(session(utc(2025, 1, 6))), QString());
    }
    {
        HistoryStore second(dir.path());
        second.load();
        ASSERT_EQ(second.sessions().size(), 1u);
        ASSERT_EQ(second.append(session(utc(2025, 1, 8))), QString());
    }
    HistoryStore third(dir.path());
    third.load();
    ASSERT_EQ(third.sessions().size(), 2u);
    EXPECT_EQ(third.sessions()[0].start, utc(2025, 1, 6));
    EXPECT_EQ(third.sessions()[1].start, utc(2025, 1, 8));
}

TEST(HistoryStore, CorruptFileIsBackedUpReportedAndNewSessionsStillSaved)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    const QByteArray garbage("{\"format\": \"rollwise-history\", \"version\": 1, \"sessions\": [{\"start\": \x01\xff");
    ASSERT_TRUE(writeAll(store.filePath(), garbage));

    const HistoryLoad load = store.load();
    EXPECT_TRUE(store.sessions().empty());
    ASSERT_TRUE(load.recovered());
    EXPECT_EQ(QFileInfo(load.backupPath).dir(), QDir(dir.path()));
    EXPECT_TRUE(QFileInfo(load.backupPath).fileName().startsWith(QStringLiteral("history.damaged-")));
    EXPECT_TRUE(load.backupPath.endsWith(QStringLiteral(".json")));
    EXPECT_EQ(readAll(load.backupPath), garbage);
    const QString report = load.diagnostics.toText();
    EXPECT_TRUE(load.diagnostics.hasErrors());
    EXPECT_TRUE(report.contains(store.filePath() + QStringLiteral(": malformed JSON"))) << report.toStdString();
    EXPECT_TRUE(report.contains(load.backupPath)) << report.toStdString();
    EXPECT_FALSE(QFileInfo::exists(store.filePath())) << "the damaged file leaves history.json";

    ASSERT_EQ(store.append(session(utc(2025, 2, 3))), QString());
    HistoryStore reread(dir.path());
    EXPECT_TRUE(reread.load().diagnostics.empty());
    EXPECT_EQ(reread.sessions().size(), 1u);
    EXPECT_EQ(readAll(load.backupPath), garbage); // the backup is never touched again
}

TEST(HistoryStore, EveryRecoveryGetsItsOwnBackup)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    ASSERT_TRUE(writeAll(store.filePath(), "first damage"));
    const QString one = store.load().backupPath;
    ASSERT_TRUE(writeAll(store.filePath(), "second damage"));
    const QString two = store.load().backupPath; // almost certainly within the same second
    ASSERT_FALSE(one.isEmpty());
    ASSERT_FALSE(two.isEmpty());
    EXPECT_NE(one, two);
    EXPECT_EQ(readAll(one), QByteArray("first damage"));
    EXPECT_EQ(readAll(two), QByteArray("second damage"));
    EXPECT_EQ(backups(dir.path()).size(), 2);
}

TEST(HistoryStore, NewerVersionIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const int newer = HistoryLimits::kFormatVersion + 1;
    const QByteArray future = QStringLiteral(R"({"format": "rollwise-history", "version": %1, "sessions": []})")
                                  .arg(newer)
                                  .toUtf8();
    {
        HistoryStore store(dir.path());
        ASSERT_TRUE(writeAll(store.filePath(), future));
        const HistoryLoad load = store.load();
        EXPECT_TRUE(store.sessions().empty());
        EXPECT_FALSE(load.recovered()) << "not damage: nothing is moved or copied";
        ASSERT_TRUE(load.newerVersion.has_value());
        EXPECT_EQ(*load.newerVersion, newer);
        EXPECT_FALSE(store.canSave());
        const QString report = load.diagnostics.toText();
        EXPECT_TRUE(load.diagnostics.hasErrors());
        EXPECT_TRUE(report.contains(store.filePath()
                                    + QStringLiteral(": was written by a newer Rollwise (history version %1; this "
                                                     "version reads version %2); it is left untouched")
                                          .arg(newer)
                                          .arg(HistoryLimits::kFormatVersion)))
            << report.toStdString();
        // A session recorded meanwhile is refused with the same words, and the file keeps its bytes.
        const QString refused = store.append(session(utc(2025, 2, 3)));
        EXPECT_TRUE(refused.contains(QStringLiteral("newer Rollwise"))) << refused.toStdString();
    }
    HistoryStore again(dir.path());
    EXPECT_TRUE(again.load().newerVersion.has_value());
    EXPECT_EQ(readAll(again.filePath()), future);
    EXPECT_TRUE(backups(dir.path()).isEmpty());
}

TEST(HistoryStore, DamagedFileIsSetAsideOnceNotOnEveryStart)
{
    QTemporaryDir dir;
    const QByteArray garbage = QByteArray("{\"format\": \"rollwise-history\", \"version\": 1, \"sessions\": [")
                               + QByteArray(512 * 1024, 'x');
    ASSERT_TRUE(writeAll(HistoryStore(dir.path()).filePath(), garbage));
    for (int start = 1; start <= 3; ++start) {
        SCOPED_TRACE(start);
        HistoryStore store(dir.path());
        const HistoryLoad load = store.load();
        EXPECT_EQ(load.recovered(), start == 1);
        EXPECT_EQ(load.diagnostics.empty(), start > 1) << load.diagnostics.toText().toStdString();
    }
    const QStringList kept = backups(dir.path());
    ASSERT_EQ(kept.size(), 1) << kept.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(readAll(QDir(dir.path()).filePath(kept.front())), garbage) << "kept byte for byte";
    EXPECT_FALSE(QFileInfo::exists(HistoryStore(dir.path()).filePath())) << "moved, not copied";
}

TEST(HistoryStore, PartlyDamagedFileIsSetAsideOnceAndTheReadableSessionsWrittenBack)
{
    QTemporaryDir dir;
    QByteArray json = HistoryFormat::toJson({session(utc(2025, 1, 6)), session(utc(2025, 1, 8))});
    const int second = json.indexOf("\"outcome\"", json.indexOf("2025-01-08"));
    json.replace(second, int(qstrlen("\"outcome\": \"completed\"")), "\"outcome\": \"finished\"");
    ASSERT_TRUE(writeAll(HistoryStore(dir.path()).filePath(), json));
    {
        HistoryStore store(dir.path());
        EXPECT_TRUE(store.load().recovered());
    }
    for (int start = 2; start <= 3; ++start) {
        HistoryStore store(dir.path());
        const HistoryLoad load = store.load();
        EXPECT_FALSE(load.recovered());
        EXPECT_TRUE(load.diagnostics.empty()) << load.diagnostics.toText().toStdString();
        ASSERT_EQ(store.sessions().size(), 1u);
        EXPECT_EQ(store.sessions()[0].start, utc(2025, 1, 6));
    }
    ASSERT_EQ(backups(dir.path()).size(), 1);
    EXPECT_EQ(readAll(QDir(dir.path()).filePath(backups(dir.path()).front())), json);
}

TEST(HistoryStore, AnotherFormatIsRefused)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    ASSERT_TRUE(writeAll(store.filePath(), R"({"format": "rollwise-routine", "version": 1, "sessions": []})"));
    const HistoryLoad load = store.load();
    EXPECT_TRUE(load.recovered());
    EXPECT_TRUE(load.diagnostics.toText().contains(
        QStringLiteral("format: \"rollwise-routine\" is not a Rollwise history (expected \"rollwise-history\")")));
}

TEST(HistoryStore, DamagedSessionIsLeftOutAndTheRestKept)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QByteArray json = HistoryFormat::toJson({session(utc(2025, 1, 6)), session(utc(2025, 1, 8)), session(utc(2025, 1, 10))});
    // Break the middle session two ways; the first and last are untouched.
    const int second = json.indexOf("\"outcome\"", json.indexOf("2025-01-08"));
    json.replace(second, int(qstrlen("\"outcome\": \"completed\"")), "\"outcome\": \"finished\"");
    ASSERT_TRUE(writeAll(store.filePath(), json));

    const HistoryLoad load = store.load();
    ASSERT_EQ(store.sessions().size(), 2u);
    EXPECT_EQ(store.sessions()[0].start, utc(2025, 1, 6));
    EXPECT_EQ(store.sessions()[1].start, utc(2025, 1, 10));
    EXPECT_EQ(readAll(load.backupPath), json);
    const QString report = load.diagnostics.toText();
    EXPECT_TRUE(report.contains(store.filePath()
                                + QStringLiteral(": sessions[1].outcome: \"finished\" is not an outcome (expected "
                                                 "\"completed\", \"stopped\" or \"safety-stop\")")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("1 damaged session was left out; the original file was kept as ")
                                + load.backupPath))
        << report.toStdString();
}

TEST(HistoryStore, OutOfRangeRatingNamesItsField)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QByteArray json = HistoryFormat::toJson({rated(session(utc(2025, 1, 6)), QStringLiteral("hamstrings"), 4, 2)});
    json.replace("\"tendernessBefore\": 4", "\"tendernessBefore\": 11");
    ASSERT_TRUE(writeAll(store.filePath(), json));
    const QString report = store.load().diagnostics.toText();
    EXPECT_TRUE(store.sessions().empty());
    EXPECT_TRUE(report.contains(QStringLiteral(": sessions[0].exercises[2].tendernessBefore: 11 is out of range "
                                               "(expected a whole number from 0 to 10)")))
        << report.toStdString();
}

TEST(HistoryStore, UnreadableStoreIsMovedAsideIntact)
{
    // Running as root defeats permission bits, so "unreadable" is a folder where the file should be.
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("history.json/keep")));
    const HistoryLoad load = store.load();
    ASSERT_TRUE(load.recovered());
    EXPECT_TRUE(QFileInfo::exists(load.backupPath + QStringLiteral("/keep")));
    EXPECT_TRUE(load.diagnostics.toText().contains(store.filePath() + QStringLiteral(": is a folder")));
    EXPECT_TRUE(store.canSave());
    EXPECT_EQ(store.append(session(utc(2025, 1, 6))), QString());
    EXPECT_TRUE(QFileInfo(store.filePath()).isFile());
}

TEST(HistoryStore, OversizedFileIsRefusedAndKept)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QByteArray big(int(HistoryLimits::kMaxFileBytes) + 1, ' ');
    big[0] = '{';
    ASSERT_TRUE(writeAll(store.filePath(), big));
    const HistoryLoad load = store.load();
    EXPECT_TRUE(store.sessions().empty());
    EXPECT_EQ(QFileInfo(load.backupPath).size(), big.size());
    EXPECT_TRUE(load.diagnostics.toText().contains(
        QStringLiteral("file is %1 bytes (expected a history file of at most %2 bytes)")
            .arg(big.size())
            .arg(HistoryLimits::kMaxFileBytes)));
}

TEST(HistoryStore, RefusesSessionsBeyondTheCap)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    std::vector<SessionRecord> full(size_t(HistoryLimits::kMaxSessions), session(utc(2025, 1, 6)));
    for (SessionRecord& s : full)
        s.exercises.clear(); // keeps the file small; the count is what is capped here
    ASSERT_TRUE(writeAll(store.filePath(), HistoryFormat::toJson(full)));
    EXPECT_TRUE(store.load().diagnostics.empty());
    ASSERT_EQ(int(store.sessions().size()), HistoryLimits::kMaxSessions);
    const QString error = store.append(session(utc(2025, 1, 7)));
    EXPECT_TRUE(error.contains(QStringLiteral("the history is full (10000 sessions)"))) << error.toStdString();
    EXPECT_EQ(int(store.sessions().size()), HistoryLimits::kMaxSessions);
}

TEST(HistoryStore, RefusesASessionThatWouldMakeTheFileTooLarge)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    // Long titles and the most exercises a routine may have: a few thousand sessions reach the byte limit.
    SessionRecord big = session(utc(2025, 1, 6));
    big.routineTitle = QString(HistoryLimits::kMaxTitleLength, QLatin1Char('x'));
    big.exercises.resize(size_t(HistoryLimits::kMaxExercisesPerSession), big.exercises.front());
    const qsizetype empty = HistoryFormat::toJson({}).size();
    const qsizetype each = HistoryFormat::toJson({big, big}).size() - HistoryFormat::toJson({big}).size();
    std::vector<SessionRecord> nearlyFull(size_t((HistoryLimits::kMaxFileBytes - empty) / each), big);
    ASSERT_LT(int(nearlyFull.size()), HistoryLimits::kMaxSessions);
    ASSERT_TRUE(writeAll(store.filePath(), HistoryFormat::toJson(nearlyFull)));
    ASSERT_TRUE(store.load().diagnostics.empty());
    const QByteArray before = readAll(store.filePath());

    const QString error = store.append(big);
    EXPECT_TRUE(error.contains(QStringLiteral("over the limit of %1").arg(HistoryLimits::kMaxFileBytes)))
        << error.toStdString();
    EXPECT_EQ(store.sessions().size(), nearlyFull.size());
    EXPECT_EQ(readAll(store.filePath()), before);
}

TEST(HistoryStore, FailedWriteKeepsTheSessionForTheNextSave)
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("file"));
    ASSERT_TRUE(writeAll(notAFolder, "x"));
    HistoryStore store(notAFolder);
    store.load();
    const QString error = store.append(session(utc(2025, 1, 6)));
    EXPECT_TRUE(error.contains(notAFolder)) << error.toStdString();
    EXPECT_EQ(store.sessions().size(), 1u);
}
