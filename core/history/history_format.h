// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The history file: a versioned JSON document, one object per session and one per safety check.
//   {"format": "rollwise-history", "version": 1, "sessions": [
//     {"start": "2025-01-06T07:30:00.000Z", "end": "…", "routine": "Lower-back relief", "outcome": "completed",
//      "exercises": [{"technique": "glutes", "group": "glutes-piriformis", "started": true, "completed": true,
//                     "tenderSpots": 2, "tendernessBefore": 6, "tendernessAfter": 3}, …]},
//     {…, "outcome": "safety-stop", "stopReason": "stop-button", …}, …],
//    "screenings": [
//     {"time": "…Z", "kind": "check", "answers": {"numbness": false, …}, "confirmedCleared": false,
//      "clearance": {"clinician": "Dr. A. Meyer", "date": "2025-01-02"}, "verdict": "clear"},
//     {"time": "…Z", "kind": "repeated-stops-acknowledged"}]}
// "screenings" and "stopReason" are optional, so every version-1 file written before them still loads.
// Parsing reports problems as "file: sessions[3].outcome: what is wrong (expected …)". A damaged session is
// dropped and reported, the rest kept; a damaged file (not JSON, another format or version, over a limit)
// yields nothing. Either way the caller (HistoryStore) backs the original bytes up before rewriting it.

#include "core/diagnostic.h"
#include "core/history/screening_record.h"
#include "core/history/session_record.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace rollwise {

struct HistoryLimits {
    static constexpr int kFormatVersion = 1;
    // Five sessions a week for twenty years is ~5,200; a cap keeps a runaway file from eating memory.
    static constexpr int kMaxSessions = 10000;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr int kMaxExercisesPerSession = 50; // RoutineLimits::kMaxExercises
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxIdLength = 40;
    static constexpr int kMaxTenderSpots = 1000;
    // A check before every session for twenty years, with room to spare.
    static constexpr int kMaxScreenings = 20000;
    static constexpr int kMaxAnswers = 100;
    static constexpr int kMaxNameLength = 200;
};

struct HistoryParse {
    std::vector<SessionRecord> sessions;
    std::vector<ScreeningRecord> screenings;
    Diagnostics diagnostics;
    bool fileRejected = false;  // nothing could be read: the file as a whole is damaged
    int droppedSessions = 0;    // sessions skipped because they were damaged
    // A Rollwise history of a later version than this build reads: not damage, so the store leaves it alone.
    std::optional<int> newerVersion;
    int droppedScreenings = 0;  // safety checks skipped because they were damaged
};

class HistoryFormat {
    Q_DECLARE_TR_FUNCTIONS(HistoryFormat)

public:
    static QByteArray toJson(const std::vector<SessionRecord>& sessions,
                             const std::vector<ScreeningRecord>& screenings = {});
    static HistoryParse parse(const QByteArray& bytes, const QString& fileName);
    // The version of a well-formed Rollwise history newer than this build reads; nothing for anything else.
    static std::optional<int> newerVersionOf(const QByteArray& bytes);
};

} // namespace rollwise
