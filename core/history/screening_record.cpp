// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/screening_record.h"

namespace rollwise {

QString toString(ScreeningKind k)
{
    switch (k) {
    case ScreeningKind::Check: return QStringLiteral("check");
    case ScreeningKind::RepeatedStopsAcknowledged: return QStringLiteral("repeated-stops-acknowledged");
    }
    return {};
}

std::optional<ScreeningKind> screeningKindFromString(const QString& s)
{
    for (ScreeningKind k : {ScreeningKind::Check, ScreeningKind::RepeatedStopsAcknowledged})
        if (s == toString(k))
            return k;
    return std::nullopt;
}

ScreeningRecord ScreeningRecord::check(QDateTime timeUtc, const CheckAssessment& a, ScreeningAnswers answers,
                                       bool confirmedCleared, std::optional<ClinicianClearance> clearance)
{
    ScreeningRecord r;
    r.time = timeUtc.toUTC();
    r.kind = ScreeningKind::Check;
    r.answers = std::move(answers);
    r.confirmedCleared = confirmedCleared;
    r.clearance = std::move(clearance);
    r.verdict = a.verdict;
    return r;
}

ScreeningRecord ScreeningRecord::acknowledgement(QDateTime timeUtc)
{
    ScreeningRecord r;
    r.time = timeUtc.toUTC();
    r.kind = ScreeningKind::RepeatedStopsAcknowledged;
    return r;
}

bool ScreeningRecord::reportsWarningSign(const Screening& screening) const
{
    if (kind != ScreeningKind::Check)
        return false;
    for (const auto& [id, yes] : answers) {
        const ScreeningSign* s = screening.sign(id);
        // A sign this version does not know is taken as a warning sign: the safe reading.
        if (yes && (!s || s->tier != ScreeningTier::ClinicianFirst))
            return true;
    }
    return false;
}

bool operator==(const ScreeningRecord& a, const ScreeningRecord& b)
{
    return a.time == b.time && a.kind == b.kind && a.answers == b.answers && a.confirmedCleared == b.confirmedCleared
           && a.clearance == b.clearance && a.verdict == b.verdict;
}

} // namespace rollwise
