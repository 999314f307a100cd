// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The geometric safety rules, one place for the reader, editor, writer, player and sheet:
//  - the roller's footprint (RollerPath::sweptFootprint) keeps at least kMinZoneClearanceCm from every
//    contraindicated zone in the same view: no "a little bit" of lumbar rolling, and room for error;
//  - the footprint lies on the body (inside the view's body outline);
//  - at least kMinTargetCoverage of the path's length lies over the technique's primary targets.

#include "core/body.h"
#include "core/technique.h"

#include <QString>

#include <vector>

namespace rollwise {

class ContentLibrary;
struct Routine;

struct SafetyViolation {
    enum class Kind { NearZone, OffBody, OffTarget };
    Kind kind = Kind::NearZone;
    QString techniqueId;
    const RollerPath* path = nullptr;
    const ContraindicatedZone* zone = nullptr; // NearZone only
    double clearanceCm = 0.0; // NearZone: gap between the footprint and the zone (<= 0: they touch)
    Point where;              // OffBody: a point of the footprint outside the body
    double coverage = 0.0;    // OffTarget: share of the path's length over its primary targets (0-1)

    // "technique "x": the roller footprint (right side, posterior view) comes 0.4 cm from …", and what is
    // expected instead;
    // for people and for diagnostics (which add the file and the JSON path).
    QString problem() const;
    QString expected() const;
};

class SafetyValidator {
public:
    // Every footprint keeps this far from every zone (Rollwise's own margin: pressure spreads beyond the
    // contact patch and nobody places a roller to the millimetre).
    static constexpr double kMinZoneClearanceCm = 1.0;
    // Gaps this close to the margin count as inside it, so rounding can never turn a graze into a pass.
    static constexpr double kTouchToleranceCm = 1e-6;
    // Share of a path's length that must lie over the technique's primary targets.
    static constexpr double kMinTargetCoverage = 0.8;

    // Gap between the path's footprint and the zone (infinite when the zone is not in the path's view).
    static double clearance(const RollerPath& path, const ContraindicatedZone& zone, const ContentLibrary& content);
    // Closer than kMinZoneClearanceCm (touching included).
    static bool tooClose(const RollerPath& path, const ContraindicatedZone& zone, const ContentLibrary& content);
    // A point of the footprint outside the view's body outline, if any.
    static std::optional<Point> offBody(const RollerPath& path, const ContentLibrary& content);
    // Share (0-1) of the path's length over the primary targets' regions in its view, on its side.
    static double targetCoverage(const RollerPath& path, const Technique& technique, const ContentLibrary& content);

    static std::vector<SafetyViolation> check(const Technique& technique, const ContentLibrary& content);
    // Every violation of every technique a routine uses (custom and built-in). The reader refuses such files;
    // saving, printing and running check again, so no path around the reader can reach a patient.
    static std::vector<SafetyViolation> check(const Routine& routine, const ContentLibrary& content);
    // One problem() per line.
    static QString describe(const std::vector<SafetyViolation>& violations);
};

} // namespace rollwise
