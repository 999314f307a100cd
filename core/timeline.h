// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session timeline when nobody presses anything, computed by running the real engine on a manual
// clock: what `rollwise --plan` prints and what documentation and tests compare against.

#include "core/cue.h"

#include <QJsonObject>

#include <vector>

namespace rollwise {

class ContentLibrary;
struct Routine;

std::vector<CueEvent> simulateSession(const SessionPlan& plan);
QJsonObject timelineToJson(const Routine& routine, const ContentLibrary& content);

} // namespace rollwise
