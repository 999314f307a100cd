// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor shows the core validator's diagnostics next to the control they are about. A diagnostic
// addresses a field by its path in the routine file ("exercises[2].holdSeconds"); these helpers turn
// that path into "which exercise, which field" and into words a clinician reads.

#include "core/diagnostic.h"

#include <QString>

namespace rollwise {

class ContentLibrary;
struct Routine;

struct DiagnosticTarget {
    enum class Kind { Routine, Exercise, CustomTechnique };
    Kind kind = Kind::Routine;
    int index = -1; // the exercise or custom technique
    QString field;  // what follows it: "holdSeconds", "paths[0]"; for Routine, the top-level key
};

DiagnosticTarget diagnosticTarget(const QString& path);
// True for a routine-level field of the prescription form (sets, default hold, next review, clinic.…).
bool isPrescriptionField(const QString& field);
// True when `path` is `prefix` itself or lies inside it ("exercises[2].sides" is within "exercises[2]").
bool pathWithin(const QString& path, const QString& prefix);
// "200 is out of range (expected 5 to 120 seconds)"
QString diagnosticMessage(const Diagnostic& d);
// "Exercise 3 (Glutes and piriformis), hold: 200 is out of range (expected 5 to 120 seconds)"
QString describeDiagnostic(const Diagnostic& d, const Routine& routine, const ContentLibrary& content);

} // namespace rollwise
