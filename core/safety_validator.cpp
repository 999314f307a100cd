// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/safety_validator.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QStringList>

#include <limits>

namespace rollwise {

namespace {
constexpr double kOutlineStepCm = 0.5;

QString cm(double v)
{
    return QString::number(v, 'f', 1);
}

QString footprintOf(const QString& techniqueId, const RollerPath& p)
{
    return QCoreApplication::translate("SafetyValidator", "technique \"%1\": the roller footprint (%2 side, %3 view)")
        .arg(techniqueId, toString(p.side), toString(p.view));
}
} // namespace

QString SafetyViolation::problem() const
{
    switch (kind) {
    case Kind::NearZone:
        if (clearanceCm <= SafetyValidator::kTouchToleranceCm)
            return QCoreApplication::translate("SafetyValidator", "%1 touches the contraindicated zone \"%2\" (%3): %4")
                .arg(footprintOf(techniqueId, *path), zone->name, zone->id, zone->summary);
        return QCoreApplication::translate("SafetyValidator", "%1 comes %2 cm from the contraindicated zone \"%3\" (%4): %5")
            .arg(footprintOf(techniqueId, *path), cm(clearanceCm), zone->name, zone->id, zone->summary);
    case Kind::OffBody:
        return QCoreApplication::translate("SafetyValidator", "%1 leaves the body at (%2, %3)").arg(footprintOf(techniqueId, *path), cm(where.x), cm(where.y));
    case Kind::OffTarget:
        return QCoreApplication::translate("SafetyValidator", "technique \"%1\": only %2% of the roller path (%3 side, %4 view) lies over its primary targets")
            .arg(techniqueId, QString::number(coverage * 100, 'f', 0), toString(path->side), toString(path->view));
    }
    return {};
}

QString SafetyViolation::expected() const
{
    switch (kind) {
    case Kind::NearZone:
        return QCoreApplication::translate("SafetyValidator", "a path whose footprint (%1 cm across, as long as the roller's contact patch) stays at least "
                  "%2 cm clear of every contraindicated zone")
            .arg(cm(path->acrossCm()), cm(SafetyValidator::kMinZoneClearanceCm));
    case Kind::OffBody:
        return QCoreApplication::translate("SafetyValidator", "a path whose whole footprint lies on the body in the %1 view").arg(toString(path->view));
    case Kind::OffTarget:
        return QCoreApplication::translate("SafetyValidator", "at least %1% of the path's length over the regions named in primaryTargets")
            .arg(QString::number(SafetyValidator::kMinTargetCoverage * 100, 'f', 0));
    }
    return {};
}

double SafetyValidator::clearance(const RollerPath& path, const ContraindicatedZone& zone, const ContentLibrary& content)
{
    const auto it = zone.shapes.find(path.view);
    double gap = std::numeric_limits<double>::infinity();
    if (it == zone.shapes.end())
        return gap;
    for (const Shape& s : path.sweptFootprint(content.dosage().rollerDiameterCm))
        gap = std::min(gap, rollwise::clearance(s, it->second));
    return gap;
}

bool SafetyValidator::tooClose(const RollerPath& path, const ContraindicatedZone& zone, const ContentLibrary& content)
{
    return clearance(path, zone, content) < kMinZoneClearanceCm - kTouchToleranceCm;
}

std::optional<Point> SafetyValidator::offBody(const RollerPath& path, const ContentLibrary& content)
{
    const std::vector<Shape>& body = content.bodyOutline(path.view);
    for (const Shape& s : path.sweptFootprint(content.dosage().rollerDiameterCm)) {
        // The skeleton first: a path far off the body fails on its first point.
        for (const Point& p : s.points)
            if (!insideAny(body, p))
                return p;
        for (const Point& p : sampleBoundary(s, kOutlineStepCm))
            if (!insideAny(body, p))
                return p;
    }
    return std::nullopt;
}

double SafetyValidator::targetCoverage(const RollerPath& path, const Technique& technique, const ContentLibrary& content)
{
    const double length = path.lengthCm();
    if (length <= 0)
        return 0.0;
    std::vector<Shape> targets;
    for (const QString& id : content.regionIds(technique.primaryTargets, path.side))
        if (const BodyRegion* r = content.region(id))
            if (const RegionShape* s = r->shapeIn(path.view))
                targets.push_back(s->shape);
    return lengthInside(path.points, targets) / length;
}

std::vector<SafetyViolation> SafetyValidator::check(const Technique& technique, const ContentLibrary& content)
{
    std::vector<SafetyViolation> out;
    for (const RollerPath& path : technique.paths) {
        for (const ContraindicatedZone& zone : content.zones()) {
            const double c = clearance(path, zone, content);
            if (c < kMinZoneClearanceCm - kTouchToleranceCm)
                out.push_back({SafetyViolation::Kind::NearZone, technique.id, &path, &zone, c, {}, 0.0});
        }
        if (const auto p = offBody(path, content))
            out.push_back({SafetyViolation::Kind::OffBody, technique.id, &path, nullptr, 0.0, *p, 0.0});
        // A single point has no length to cover anything with; the reader refuses such paths on its own.
        if (path.points.size() >= 2) {
            const double share = targetCoverage(path, technique, content);
            if (share < kMinTargetCoverage)
                out.push_back({SafetyViolation::Kind::OffTarget, technique.id, &path, nullptr, 0.0, {}, share});
        }
    }
    return out;
}

std::vector<SafetyViolation> SafetyValidator::check(const Routine& routine, const ContentLibrary& content)
{
    std::vector<SafetyViolation> out;
    QStringList seen;
    for (const Exercise& e : routine.exercises) {
        const Technique* t = routine.technique(e.techniqueId, content);
        if (!t || seen.contains(t->id))
            continue;
        seen << t->id;
        for (const SafetyViolation& v : check(*t, content))
            out.push_back(v);
    }
    return out;
}

QString SafetyValidator::describe(const std::vector<SafetyViolation>& violations)
{
    QStringList lines;
    for (const SafetyViolation& v : violations)
        lines << v.problem();
    return lines.join(QLatin1Char('\n'));
}

} // namespace rollwise
