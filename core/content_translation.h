// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Content translations live next to the content: content.<lang>.json holds, for every translatable text of
// content.json, the same text in that language, addressed by the content's own ids. Geometry, ids, numbers and
// reminders exist once, in content.json; a translation can only replace words.

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace rollwise {

// Replaces the translatable texts of `content` with those of `translation`; anything else in the translation
// (an unknown id, a number, a changed step count) is an error naming its path.
bool applyTranslation(QJsonObject& content, const QJsonObject& translation, const QString& file, Diagnostics& d);

// The translatable texts `translation` leaves in the original language, as paths like "techniques.glutes.steps".
QStringList untranslated(const QJsonObject& content, const QJsonObject& translation);

// Every translatable text of `content` as (path, text), in the content's order: what provenance classifies.
std::vector<std::pair<QString, QString>> translatableTexts(const QJsonObject& content);

} // namespace rollwise
