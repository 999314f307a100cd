// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The safety check's questions, in three tiers, as content.json's "screening" section describes them:
// - consult signs: the article's red flags (ContentLibrary::redFlags()) and its advice, word for word;
//   a "yes" needs the person to confirm a professional has cleared them, for that one session;
// - urgent signs (Rollwise's own guidance): "Seek medical care now", no session that local day;
// - clinician-first conditions (Rollwise's own guidance): no session unless the routine carries a
//   clinician's clearance, which lifts this tier only.
// assess() turns one set of answers into the verdict that is recorded; decideStart() (start_decision.h)
// decides from the recorded history whether the next session may start.

#include "core/provenance.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rollwise {

class JsonReader;

enum class ScreeningTier { Urgent, Consult, ClinicianFirst };

struct ScreeningSign {
    QString id; // unique across all tiers; the history records answers by it
    QString text;
    ScreeningTier tier = ScreeningTier::Consult;
};

struct ScreeningAdvice {
    TextOrigin origin = TextOrigin::Rollwise; // from content/provenance.json ("screening.<tier>.advice")
    QString title;  // the verdict's headline ("Seek medical care now"); empty for the article's consult advice
    QString advice; // what to do
    QString why;    // why Rollwise asks (its own guidance only)
};

class Screening {
    Q_DECLARE_TR_FUNCTIONS(Screening)

public:
    // Reads content.json's "screening" section; consultSigns are the article's red flags, read before.
    // `provenance` says whose words each tier's advice is.
    static std::optional<Screening> read(JsonReader& r, const QJsonObject& root, std::vector<ScreeningSign> consultSigns,
                                         const Provenance& provenance);

    // Every sign in the order the check asks them: urgent first (they end the check), then consult, then
    // clinician-first.
    const std::vector<ScreeningSign>& signs() const { return m_signs; }
    std::vector<const ScreeningSign*> signs(ScreeningTier tier) const;
    const ScreeningSign* sign(const QString& id) const;
    const ScreeningAdvice& advice(ScreeningTier tier) const;
    const ScreeningAdvice& repeatedStops() const { return m_repeatedStops; }

private:
    std::vector<ScreeningSign> m_signs;
    ScreeningAdvice m_urgent;
    ScreeningAdvice m_consult;
    ScreeningAdvice m_clinicianFirst;
    ScreeningAdvice m_repeatedStops;
};

// What one completed check says. Stored in the history as the strings of toString().
enum class CheckVerdict {
    Clear,             // every answer no
    ConsultCleared,    // a consult sign, and the person confirmed a professional cleared them (this session only)
    ConsultNotCleared, // a consult sign, not confirmed: no session
    Urgent,            // an urgent sign: no session that local day
    ClinicianFirst,    // a clinician-first condition and no clearance in the routine: no session
    ClinicianCleared,  // clinician-first conditions only, lifted by the routine's clearance
};
QString toString(CheckVerdict v);
std::optional<CheckVerdict> checkVerdictFromString(const QString& s);
// Whether a session may follow a check with this verdict.
bool allowsSession(CheckVerdict v);

// sign id → true for "yes, I have this".
using ScreeningAnswers = std::map<QString, bool>;

struct CheckAssessment {
    bool complete = false; // every sign answered
    bool urgent = false;
    bool consult = false;
    bool clinicianFirst = false;
    CheckVerdict verdict = CheckVerdict::Clear; // meaningful only when complete
};

// The verdict of one set of answers. confirmedCleared: the person confirmed a professional cleared them
// (lifts the consult tier for one session); clearance: the routine's clinician clearance (lifts the
// clinician-first tier when it names a clinician and is dated no later than `today`). Nothing lifts the
// urgent tier.
CheckAssessment assess(const Screening& screening, const ScreeningAnswers& answers, bool confirmedCleared,
                       const std::optional<ClinicianClearance>& clearance, const QDate& today);
// A clearance counts when it names a clinician and a valid date that is not in the future.
bool clearanceValid(const std::optional<ClinicianClearance>& clearance, const QDate& today);

} // namespace rollwise
