#pragma once
// A foam-rolling technique: how to get into position, where the roller goes, how it moves (RollerPath)
// and the seed's numbered steps. Built-in techniques come from content.json; clinicians can add custom
// ones in a routine file, and both go through the same reader and safety check.

#include "core/body.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rollwise {

// Where the roller's contact band travels, in one view of the body frame. The swept area (a capsule of
// diameter widthCm around the polyline) is what the safety validator tests against contraindicated zones.
struct RollerPath {
    View view = View::Posterior;
    Side side = Side::Centre;
    std::vector<Point> points;
    double widthCm = 6.0;
    int sourceIndex = 0; // index in the file's "paths" array (a mirrored left path shares its right's index)

    Shape sweptArea() const { return Shape{points, widthCm / 2.0, false}; }
    double lengthCm() const { return polylineLength(points); }
};

struct TechniqueVariant {
    QString id;
    QString name;
    QString description;
    bool perSide = false;
};

struct Technique {
    QString id;
    QString name;
    QString groupId;
    QStringList primaryTargets;   // region base ids
    QStringList secondaryTargets; // region base ids
    bool perSide = false;
    QString startingPosition;
    QString rollerPlacement;
    QString rollerOrientation;
    QStringList steps;
    QString pressure;
    std::vector<TechniqueVariant> variants;
    QStringList cautions;
    QString pose;
    std::vector<RollerPath> paths; // sided paths appear once per side
    // Which numbered steps (1-based) matter in each session phase ("prepare", "roll", "hold",
    // "switch-side", …), so the player shows the step to do now rather than the whole list.
    QHash<QString, QList<int>> phaseSteps;
    bool custom = false;

    const TechniqueVariant* variant(const QString& variantId) const;
    bool perSideWith(const QString& variantId) const;
    // Paths in use when rolling `side`: Centre means both sides at once, so every path in the view.
    std::vector<const RollerPath*> pathsFor(View view, Side side) const;
    std::vector<View> views() const;
    // Step numbers for a phase; without a mapping, the whole list.
    QList<int> stepsForPhase(const QString& phase) const;
};

} // namespace rollwise
