// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What Rollwise remembers about one session once it has ended: when, which routine, how it ended, and per
// exercise whether it was done, how many tender spots the user held and how tender the muscle group felt.
// Plain data; the recorder fills it from cues, the store persists it, statistics and CSV read it.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rollwise {

enum class SessionOutcome {
    Completed,  // the engine reached the end of the routine
    Stopped,    // the user ended it early (or the app replaced or closed it mid-session)
    SafetyStop, // sharp pain, numbness or tingling
};
QString toString(SessionOutcome o); // "completed", "stopped", "safety-stop": file and CSV values
std::optional<SessionOutcome> sessionOutcomeFromString(const QString& s);

struct ExerciseRecord {
    QString techniqueId;
    QString groupId;          // muscle group id from content.json (custom techniques name one too)
    bool started = false;     // rolling began on it
    bool completed = false;   // the session moved past its last phase (to a rest, a later exercise or the end)
    int tenderSpots = 0;      // holds the user started with "Tender spot"; the scripted end-of-side hold is not one
    std::optional<int> tendernessBefore; // 0-10 as the user rated it; absent when not asked or skipped
    std::optional<int> tendernessAfter;

    friend bool operator==(const ExerciseRecord& a, const ExerciseRecord& b);
};

struct TendernessLimits {
    static constexpr int kMin = 0;
    static constexpr int kMax = 10;
};

struct SessionRecord {
    Q_DECLARE_TR_FUNCTIONS(SessionRecord)

public:
    QDateTime start; // UTC
    QDateTime end;   // UTC; pauses are included, so this is wall-clock time on the mat
    QString routineTitle;
    SessionOutcome outcome = SessionOutcome::Completed;
    // Why a safety stop happened (kStopButton today); empty for any other outcome.
    QString stopReason;
    static inline const QString kStopButton = QStringLiteral("stop-button");
    std::vector<ExerciseRecord> exercises;

    // Only a session rolled to its end counts towards the weekly 3-5 target. One ended early is shown as such,
    // and a safety stop is never progress: counting it would reward rolling on through a warning sign.
    bool countsTowardTarget() const;
    // Muscle groups the user actually worked (rolling began), in routine order, each once.
    QStringList workedGroups() const;
    // Sets both ratings on every exercise of the group; values are clamped to 0-10.
    void setTenderness(const QString& groupId, std::optional<int> before, std::optional<int> after);

    friend bool operator==(const SessionRecord& a, const SessionRecord& b);
};

} // namespace rollwise
