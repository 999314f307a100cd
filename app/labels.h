#pragma once
// User-facing words for core enums, translated in one place.

#include "core/body.h"
#include "core/routine.h"
#include "core/session_plan.h"

#include <QString>

namespace rollwise {

class ContentLibrary;

QString phaseLabel(Phase phase);
QString sideLabel(Side side);
QString sidesLabel(SidesChoice sides, bool perSide);
QString formatCountdown(qint64 milliseconds);
// "both sides · roll 60 s · hold 30 s · rest 15 s"
QString dosageSummary(const Exercise& e, const Routine& routine, const ContentLibrary& content);

} // namespace rollwise
