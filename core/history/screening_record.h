// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What Rollwise remembers about one safety check, or about one acknowledgement of the "two safety stops
// within 7 days" advice: when, each answer by sign id, whether the person confirmed a professional had
// cleared them, the routine's clinician clearance that was in force, and the verdict. The re-screen rules
// (core/safety/start_decision.h) are derived from these records and the sessions' outcomes alone.

#include "core/routine.h"
#include "core/safety/screening.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rollwise {

enum class ScreeningKind {
    Check,                      // the warning-sign check was answered
    RepeatedStopsAcknowledged,  // "Talk to your clinician before rolling again" was acknowledged
};
QString toString(ScreeningKind k); // "check", "repeated-stops-acknowledged": file values
std::optional<ScreeningKind> screeningKindFromString(const QString& s);

struct ScreeningRecord {
    QDateTime time; // UTC
    ScreeningKind kind = ScreeningKind::Check;
    ScreeningAnswers answers;      // Check only
    bool confirmedCleared = false; // Check only: "a professional has cleared me" was ticked
    std::optional<ClinicianClearance> clearance; // Check only: the routine's clearance when it was answered
    CheckVerdict verdict = CheckVerdict::Clear;  // Check only

    static ScreeningRecord check(QDateTime timeUtc, const CheckAssessment& a, ScreeningAnswers answers,
                                 bool confirmedCleared, std::optional<ClinicianClearance> clearance);
    static ScreeningRecord acknowledgement(QDateTime timeUtc);
    // A "yes" to an urgent or consult sign: counted as a safety stop, like the stop button.
    bool reportsWarningSign(const Screening& screening) const;

    friend bool operator==(const ScreeningRecord& a, const ScreeningRecord& b);
};

} // namespace rollwise
