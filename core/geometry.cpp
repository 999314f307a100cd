// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rollwise {

Rect Shape::bounds() const
{
    if (points.empty())
        return {};
    Rect r{points.front().x, points.front().y, points.front().x, points.front().y};
    for (const Point& p : points) {
        r.left = std::min(r.left, p.x);
        r.right = std::max(r.right, p.x);
        r.bottom = std::min(r.bottom, p.y);
        r.top = std::max(r.top, p.y);
    }
    r.left -= radius;
    r.bottom -= radius;
    r.right += radius;
    r.top += radius;
    return r;
}

Shape Shape::mirroredX() const
{
    Shape m = *this;
    for (Point& p : m.points)
        p.x = -p.x;
    // Mirroring flips a polygon's winding, so reverse it back; an open path keeps its direction (a roller
    // path mirrored for the left side must still start where the right one starts).
    if (closed)
        std::reverse(m.points.begin(), m.points.end());
    return m;
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

double distancePointSegment(Point p, Point a, Point b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    if (len2 == 0.0)
        return distance(p, a);
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    return distance(p, Point{a.x + t * dx, a.y + t * dy});
}

namespace {

double cross(Point o, Point a, Point b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool segmentsIntersect(Point a, Point b, Point c, Point d)
{
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

// The edges of a shape's skeleton: consecutive points, plus the closing edge of a polygon.
template <typename Fn>
void forEachEdge(const Shape& s, Fn&& fn)
{
    const auto& p = s.points;
    if (p.size() == 1) {
        fn(p[0], p[0]);
        return;
    }
    for (size_t i = 0; i + 1 < p.size(); ++i)
        fn(p[i], p[i + 1]);
    if (s.closed && p.size() >= 3)
        fn(p.back(), p.front());
}

bool isArea(const Shape& s)
{
    return s.closed && s.points.size() >= 3;
}

} // namespace

double distanceSegmentSegment(Point a, Point b, Point c, Point d)
{
    if (segmentsIntersect(a, b, c, d))
        return 0.0;
    return std::min({distancePointSegment(a, c, d), distancePointSegment(b, c, d),
                     distancePointSegment(c, a, b), distancePointSegment(d, a, b)});
}

bool polygonContains(const std::vector<Point>& polygon, Point p)
{
    bool inside = false;
    for (size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const Point& a = polygon[i];
        const Point& b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

double clearance(const Shape& a, const Shape& b)
{
    if (a.points.empty() || b.points.empty())
        return std::numeric_limits<double>::infinity();
    double skeleton = std::numeric_limits<double>::infinity();
    // One shape's skeleton inside the other's filled area means overlap even when no edges cross.
    if ((isArea(a) && polygonContains(a.points, b.points.front()))
        || (isArea(b) && polygonContains(b.points, a.points.front()))) {
        skeleton = 0.0;
    } else {
        forEachEdge(a, [&](Point p, Point q) {
            forEachEdge(b, [&](Point r, Point s) {
                skeleton = std::min(skeleton, distanceSegmentSegment(p, q, r, s));
            });
        });
    }
    return skeleton - a.radius - b.radius;
}

Shape orientedRect(Point centre, Point direction, double along, double across)
{
    const double len = std::hypot(direction.x, direction.y);
    const Point u = len > 0 ? Point{direction.x / len, direction.y / len} : Point{0.0, 1.0};
    const Point n{-u.y, u.x};
    const double a = along / 2.0;
    const double c = across / 2.0;
    auto at = [&](double s, double t) { return Point{centre.x + s * u.x + t * n.x, centre.y + s * u.y + t * n.y}; };
    return Shape{{at(-a, -c), at(a, -c), at(a, c), at(-a, c)}, 0.0, true};
}

bool insideAny(const std::vector<Shape>& areas, Point p)
{
    for (const Shape& a : areas) {
        if (a.points.size() < 3)
            continue;
        const Rect b = a.bounds();
        if (p.x >= b.left && p.x <= b.right && p.y >= b.bottom && p.y <= b.top && polygonContains(a.points, p))
            return true;
    }
    return false;
}

std::vector<Point> sampleBoundary(const Shape& s, double step)
{
    std::vector<Point> out;
    if (s.points.empty() || step <= 0)
        return out;
    if (s.points.size() == 1) {
        const int n = std::max(8, int(std::ceil(2 * M_PI * s.radius / step)));
        for (int i = 0; i < n; ++i) {
            const double a = 2 * M_PI * i / n;
            out.push_back({s.points[0].x + s.radius * std::cos(a), s.points[0].y + s.radius * std::sin(a)});
        }
        return out;
    }
    forEachEdge(s, [&](Point a, Point b) {
        const int n = std::max(1, int(std::ceil(distance(a, b) / step)));
        for (int i = 0; i < n; ++i)
            out.push_back({a.x + (b.x - a.x) * i / n, a.y + (b.y - a.y) * i / n});
    });
    if (!isArea(s))
        out.push_back(s.points.back());
    return out;
}

double lengthInside(const std::vector<Point>& polyline, const std::vector<Shape>& areas, double step)
{
    // Midpoint rule on short pieces: exact enough for a percentage, and indifferent to overlapping areas.
    double inside = 0.0;
    for (size_t i = 0; i + 1 < polyline.size(); ++i) {
        const Point a = polyline[i];
        const Point b = polyline[i + 1];
        const double len = distance(a, b);
        const int n = std::max(1, int(std::ceil(len / step)));
        for (int k = 0; k < n; ++k) {
            const double t = (k + 0.5) / n;
            if (insideAny(areas, Point{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}))
                inside += len / n;
        }
    }
    return inside;
}

double polylineLength(const std::vector<Point>& points)
{
    double total = 0.0;
    for (size_t i = 0; i + 1 < points.size(); ++i)
        total += distance(points[i], points[i + 1]);
    return total;
}

Point pointAlong(const std::vector<Point>& points, double s)
{
    if (points.empty())
        return {};
    if (s <= 0.0)
        return points.front();
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        const double seg = distance(points[i], points[i + 1]);
        if (s <= seg && seg > 0.0) {
            const double t = s / seg;
            return {points[i].x + t * (points[i + 1].x - points[i].x),
                    points[i].y + t * (points[i + 1].y - points[i].y)};
        }
        s -= seg;
    }
    return points.back();
}

} // namespace rollwise
