// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wording rules for clinician-written techniques: a technique may not be named after the lumbar spine
// (in English or German), and no text of it may tell the reader to roll the lower back. The article's own
// warnings ("stop before reaching the lumbar spine. Avoid rolling into the lower back curve") stay fine:
// a mention after a "not", "avoid", "stop before", "never" … in the same sentence is a warning, not an order.

#include <QString>

#include <optional>

namespace rollwise {

// True when `text` (a name, an id such as "low-back", a region id) names the lumbar spine, the lower back,
// the lumbar erector spinae or quadratus lumborum. The thoracic extensors are fine.
bool namesLowerBack(const QString& text);

// The first sentence of `text` that tells the reader to roll (place the roller on, move over …) the lower
// back; nothing when there is none.
std::optional<QString> sentenceRollingLowerBack(const QString& text);

} // namespace rollwise
