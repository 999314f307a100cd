// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/technique.h"

#include <algorithm>
#include <cmath>

namespace rollwise {

double RollerFootprint::contactCm(double rollerDiameterCm)
{
    const double d = std::min(kIndentationCm, rollerDiameterCm / 2.0);
    return 2.0 * std::sqrt(std::max(0.0, rollerDiameterCm * d - d * d));
}

double RollerPath::acrossCm() const
{
    return view == View::Lateral ? RollerFootprint::kEndOnDepthCm : widthCm;
}

namespace {
// The segment that arc length s falls on (the last one at the very end).
size_t segmentAt(const std::vector<Point>& pts, double s)
{
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        const double seg = distance(pts[i], pts[i + 1]);
        if (s <= seg || i + 2 == pts.size())
            return i;
        s -= seg;
    }
    return 0;
}

Point direction(Point a, Point b)
{
    return {b.x - a.x, b.y - a.y};
}
} // namespace

Shape RollerPath::footprintAt(double s, double rollerDiameterCm) const
{
    const double contact = RollerFootprint::contactCm(rollerDiameterCm);
    if (points.size() < 2)
        return orientedRect(points.empty() ? Point{} : points.front(), {0, 1}, contact, acrossCm());
    const size_t i = segmentAt(points, std::clamp(s, 0.0, lengthCm()));
    return orientedRect(pointAlong(points, s), direction(points[i], points[i + 1]), contact, acrossCm());
}

Shape RollerPath::endOnRollerAt(double s, double rollerDiameterCm, const std::vector<Shape>& body) const
{
    const double r = rollerDiameterCm / 2.0;
    const double offset = std::max(0.0, r - RollerFootprint::kIndentationCm);
    const Point at = pointAlong(points, s);
    if (points.size() < 2 || lengthCm() <= 0.0)
        return Shape{{at}, r, false};
    const size_t i = segmentAt(points, std::clamp(s, 0.0, lengthCm()));
    const Point d = direction(points[i], points[i + 1]);
    const double len = std::hypot(d.x, d.y);
    const Point left{-d.y / len, d.x / len};
    // Outward is the side where the body is not: probe the normal's two sides out to the roller's centre
    // and take the one with more points outside the body (the path itself lies just inside the skin).
    auto outside = [&](double sign) {
        int n = 0;
        for (double k = 0.25; k <= offset + 1e-9; k += 0.25)
            n += insideAny(body, {at.x + sign * left.x * k, at.y + sign * left.y * k}) ? 0 : 1;
        return n;
    };
    const double sign = outside(-1.0) > outside(1.0) ? -1.0 : 1.0;
    return Shape{{{at.x + sign * left.x * offset, at.y + sign * left.y * offset}}, r, false};
}

std::vector<Shape> RollerPath::sweptFootprint(double rollerDiameterCm) const
{
    const double contact = RollerFootprint::contactCm(rollerDiameterCm);
    const double across = acrossCm();
    std::vector<Shape> out;
    if (points.empty())
        return out;
    // A single point (a path being drawn): the roller could lie at any angle there.
    if (points.size() == 1 || lengthCm() <= 0.0) {
        out.push_back(Shape{{points.front()}, std::hypot(contact, across) / 2.0, false});
        return out;
    }
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        const Point a = points[i];
        const Point b = points[i + 1];
        if (a == b)
            continue;
        const Point mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
        out.push_back(orientedRect(mid, direction(a, b), distance(a, b) + contact, across));
    }
    for (size_t i = 1; i + 1 < points.size(); ++i)
        out.push_back(Shape{{points[i]}, std::hypot(contact, across) / 2.0, false});
    return out;
}

const TechniqueVariant* Technique::variant(const QString& variantId) const
{
    for (const TechniqueVariant& v : variants)
        if (v.id == variantId)
            return &v;
    return nullptr;
}

bool Technique::perSideWith(const QString& variantId) const
{
    if (const TechniqueVariant* v = variant(variantId))
        return v->perSide;
    return perSide;
}

std::vector<const RollerPath*> Technique::pathsFor(View view, Side side) const
{
    std::vector<const RollerPath*> out;
    for (const RollerPath& p : paths)
        if (p.view == view && (side == Side::Centre || p.side == side || p.side == Side::Centre))
            out.push_back(&p);
    return out;
}

std::vector<View> Technique::views() const
{
    std::vector<View> out;
    for (const RollerPath& p : paths)
        if (std::find(out.begin(), out.end(), p.view) == out.end())
            out.push_back(p.view);
    return out;
}

QList<int> Technique::stepsForPhase(const QString& phase) const
{
    if (const auto it = phaseSteps.constFind(phase); it != phaseSteps.constEnd())
        return *it;
    QList<int> all;
    for (int i = 1; i <= steps.size(); ++i)
        all << i;
    return all;
}

} // namespace rollwise
