// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clinic printed on every sheet, kept in Settings for the clinician who prints many routines: used when a
// routine file gives no clinic of its own (a routine's clinic always wins, so a file sent by another clinic
// prints as that clinic's).

#include "core/routine.h"

class QSettings;

namespace rollwise {

namespace ClinicSettings {
Clinic load(const QSettings& settings);
void save(QSettings& settings, const Clinic& clinic);
// What the sheet prints: the routine's clinic when it gives one, else the one in `settings` (if any).
Clinic forSheet(const Routine& routine, const QSettings* settings);
// Why `clinic` cannot be printed, one line a field ("Clinic name: text is 95 characters long (expected at most
// 80 …)", a bad logo), or empty: RoutineReader::checkClinic, the routine file's own rules.
QString problem(const Clinic& clinic);
} // namespace ClinicSettings

} // namespace rollwise
