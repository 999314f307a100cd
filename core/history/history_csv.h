// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// History as CSV for a spreadsheet or a clinician: RFC 4180 (comma-separated, CRLF line ends, a field with a
// comma, double quote, CR or LF is quoted and its quotes doubled), UTF-8 without a byte-order mark, one
// header row, then one row per exercise per session (a session without exercises still gets one row).
//
// Columns: session_start_utc, session_end_utc, local_date, routine, outcome, exercise (1-based),
// technique, muscle_group, started, completed, tender_spots, tenderness_before, tenderness_after.
// Times are ISO 8601 UTC; booleans "yes"/"no"; an unrated tenderness is an empty field.
//
// Routine titles come from routine files that may have been shared; a title beginning with = + - @ (or a
// tab or CR) would run as a formula in spreadsheet apps, so such a title is prefixed with an apostrophe
// (OWASP's advice for CSV injection). Nothing else is altered.

#include "core/history/session_record.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace rollwise {

QByteArray historyToCsv(const std::vector<SessionRecord>& sessions, const QTimeZone& zone);
// Writes the CSV atomically. Returns an empty string on success, otherwise "path: what went wrong".
QString exportHistoryCsv(const QString& path, const std::vector<SessionRecord>& sessions, const QTimeZone& zone);
// One field, quoted when RFC 4180 requires it.
QString csvField(const QString& value);

} // namespace rollwise
