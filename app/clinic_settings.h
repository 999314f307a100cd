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
// Why `clinic` cannot be printed ("Clinic name: 95 characters, at most 80 fit on the sheet", a bad logo), or
// empty. The same limits and logo checks as the routine file's clinic.
QString problem(const Clinic& clinic);
} // namespace ClinicSettings

} // namespace rollwise
