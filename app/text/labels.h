// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// User-facing words for core enums, translated in one place.

#include "core/body.h"
#include "core/routine.h"
#include "core/session_plan.h"

#include <QString>

#include <vector>

namespace rollwise {

class ContentLibrary;

QString phaseLabel(Phase phase);
QString sideLabel(Side side);
// The sides a session went through for one exercise, as the Done screen names them: "right side",
// "right and left side", "both sides together".
QString sidesDoneLabel(const std::vector<Side>& sides);
QString sidesLabel(SidesChoice sides, bool perSide);
QString formatCountdown(qint64 milliseconds);
// "both sides · roll 60 s · hold 30 s · rest 15 s"
// One line of dosage for exercise `index` of the routine; no rest is named after the last exercise.
QString dosageSummary(const Routine& routine, size_t index, const ContentLibrary& content);
// How often the routine is done: the clinician's sessions a week (with the article's range when it differs),
// or the article's range when the routine does not say.
QString frequencySummary(const Routine& routine, const ContentLibrary& content);
// The mark on words that are Rollwise's own guidance rather than the article's (content/provenance.json):
// "Rollwise tip", and a plain text led by it when `own`.
QString rollwiseTip();
QString markedIfOwn(const QString& text, bool own);

} // namespace rollwise
