// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The anatomy Rollwise reasons about: views of the body, sides, regions (muscles) and the zones that
// must never be rolled, all placed in the body frame described in content.json.

#include "core/geometry.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace rollwise {

enum class View { Posterior, Anterior, Lateral };
// Centre: a midline structure, or a technique done on both sides at once.
enum class Side { Centre, Right, Left };

QString toString(View v);
QString toString(Side s);
std::optional<View> viewFromString(const QString& s);
std::optional<Side> sideFromString(const QString& s);
const std::vector<View>& allViews();

// The id a sided structure carries in core, in SVG element ids and in routine files: "<base>-<side>".
QString sidedId(const QString& baseId, Side side);

struct RegionShape {
    View view = View::Posterior;
    Shape shape;
    Point anchor; // a point inside this region and no other, for labels, hit tests and pixel probes
};

struct BodyRegion {
    QString id;     // e.g. "glutes-right"
    QString baseId; // e.g. "glutes"
    QString name;
    QString groupId;
    Side side = Side::Centre;
    std::vector<RegionShape> shapes;

    const RegionShape* shapeIn(View v) const;
};

struct MuscleGroup {
    QString id;
    QString name;
    QString why;
    QStringList regionIds;
};

struct Reason {
    QString id;
    QString title;
    QString text;
    bool ownGuidance = false; // Rollwise's own guidance, not the article's words (from content/provenance.json)
};

// Spine: never rolled, drawn red. Bony: joints and bony prominences (the article's "avoid bony areas").
// Neurovascular: nerves and vessels close under the skin (Rollwise's own guidance), drawn in their own colour.
enum class ZoneKind { Spine, Bony, Neurovascular };

struct ContraindicatedZone {
    QString id;
    QString baseId;
    QString name;
    QString summary;
    bool summaryIsOwnGuidance = false; // the summary is Rollwise's words (content/provenance.json)
    ZoneKind kind = ZoneKind::Bony;
    Side side = Side::Centre;
    std::vector<Reason> reasons;
    std::map<View, Shape> shapes;
};

} // namespace rollwise
