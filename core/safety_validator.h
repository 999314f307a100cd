#pragma once
// The geometric safety rule: the area a roller path sweeps may not touch any contraindicated zone in
// the same view. Touching includes grazing (zero clearance): there is no "a little bit" of lumbar rolling.

#include "core/body.h"
#include "core/technique.h"

#include <QString>

#include <vector>

namespace rollwise {

class ContentLibrary;
struct Routine;

struct SafetyViolation {
    QString techniqueId;
    const RollerPath* path = nullptr;
    const ContraindicatedZone* zone = nullptr;
    double clearanceCm = 0.0; // gap between the roller band and the zone; <= 0 means they touch
};

class SafetyValidator {
public:
    // Gaps smaller than this count as touching, so rounding can never turn a graze into a pass.
    static constexpr double kTouchToleranceCm = 1e-6;

    static double clearance(const RollerPath& path, const ContraindicatedZone& zone);
    static bool touches(const RollerPath& path, const ContraindicatedZone& zone);
    static std::vector<SafetyViolation> check(const Technique& technique, const ContentLibrary& content);
    // Every violation of every technique a routine uses (custom and built-in). The reader refuses such files;
    // saving, printing and running check again, so no path around the reader can reach a patient.
    static std::vector<SafetyViolation> check(const Routine& routine, const ContentLibrary& content);
    // "Custom technique "x" (right side, posterior view) touches Lumbar spine", one line per violation.
    static QString describe(const std::vector<SafetyViolation>& violations);
};

} // namespace rollwise
