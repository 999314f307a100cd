// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A foam-rolling technique: how to get into position, where the roller goes, how it moves (RollerPath)
// and the seed's numbered steps. Built-in techniques come from content.json; clinicians can add custom
// ones in a routine file, and both go through the same reader and safety check.

#include "core/body.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace rollwise {

// The part of the body the roller presses, one definition for the validator and every drawing.
// Posterior and anterior views see the roller lying across the body: its footprint is a rectangle `widthCm`
// across the direction of travel (the length of roller in contact with the body) by the contact patch along
// it. The lateral view sees the roller end on: a strip the contact patch long and kEndOnDepthCm deep.
struct RollerFootprint {
    // Rollwise's own assumption: gentle pressure sinks the roller about half a centimetre into soft tissue, so
    // its contact patch along the travel is the chord 2 * sqrt(D * d - d * d) (5.4 cm for a 15 cm roller).
    static constexpr double kIndentationCm = 0.5;
    static constexpr double kEndOnDepthCm = 1.0;
    static double contactCm(double rollerDiameterCm);
};

// Where the roller travels, in one view of the body frame.
struct RollerPath {
    View view = View::Posterior;
    Side side = Side::Centre;
    std::vector<Point> points;
    double widthCm = 6.0; // length of roller in contact across the direction of travel (front and back views)
    int sourceIndex = 0; // index in the file's "paths" array (a mirrored left path shares its right's index)

    double lengthCm() const { return polylineLength(points); }
    // The footprint's size across the direction of travel in this path's view.
    double acrossCm() const;
    // The roller's footprint with its centre `s` cm along the path, lying across the segment it is on:
    // what the views draw as the roller.
    Shape footprintAt(double s, double rollerDiameterCm) const;
    // The roller itself seen end on (the lateral view): a disc of the roller's radius lying on the body at
    // footprintAt(s): its centre sits off the path along the outward normal (the side away from `body`) by the
    // radius less RollerFootprint::kIndentationCm, so it presses as deep as the footprint assumes.
    Shape endOnRollerAt(double s, double rollerDiameterCm, const std::vector<Shape>& body) const;
    // Everything the roller presses along the whole path: one rectangle per segment (reaching half the contact
    // patch beyond its ends) and, at each bend, a disc the roller's half-diagonal wide where it turns. Every
    // footprintAt() lies inside it; this is what the safety validator tests and the editor shades.
    std::vector<Shape> sweptFootprint(double rollerDiameterCm) const;
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
    // Fields whose words are Rollwise's own guidance, not the article's ("pressure", "cautions[0]",
    // "rollerOrientation", "variants.crossed-leg.description"): every view marks them as a Rollwise tip.
    // Empty for custom techniques, whose words are their clinician's.
    QSet<QString> ownGuidance;
    bool isOwnGuidance(const QString& field) const { return ownGuidance.contains(field); }

    // The path a pass is counted on (the first one; a mirrored left path has the same length): what the
    // session's timing, the editor's passes and the pose drawing's roller travel all measure. nullptr if none.
    const RollerPath* mainPath() const { return paths.empty() ? nullptr : &paths.front(); }

    const TechniqueVariant* variant(const QString& variantId) const;
    bool perSideWith(const QString& variantId) const;
    // Paths in use when rolling `side`: Centre means both sides at once, so every path in the view.
    std::vector<const RollerPath*> pathsFor(View view, Side side) const;
    std::vector<View> views() const;
    // Step numbers for a phase; without a mapping, the whole list.
    QList<int> stepsForPhase(const QString& phase) const;
};

} // namespace rollwise
