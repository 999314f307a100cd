// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Planar geometry in the body frame: centimetres, x to the viewer's right, y = height above the floor.
// Every shape is "a point set inflated by a radius", so points, capsules, polylines and polygons share
// one distance routine and the safety check stays a single, testable function.

#include <vector>

namespace rollwise {

struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(const Point& a, const Point& b) { return !(a == b); }
};

struct Rect {
    double left = 0.0;
    double bottom = 0.0;
    double right = 0.0;
    double top = 0.0;
    double width() const { return right - left; }
    double height() const { return top - bottom; }
};

// points.size() == 1: a disc; 2 or more with closed == false: a polyline (a capsule chain once inflated);
// 3 or more with closed == true: a filled polygon. radius inflates all of them.
struct Shape {
    std::vector<Point> points;
    double radius = 0.0;
    bool closed = false;

    Rect bounds() const;
    Shape mirroredX() const;
};

double distance(Point a, Point b);
double distancePointSegment(Point p, Point a, Point b);
double distanceSegmentSegment(Point a, Point b, Point c, Point d);
bool polygonContains(const std::vector<Point>& polygon, Point p);

// Gap between the two inflated shapes: <= 0 means they touch or overlap.
double clearance(const Shape& a, const Shape& b);

// A rectangle `along` long in `direction` and `across` wide, centred on `centre` (a closed Shape).
// A zero direction is taken as straight up.
Shape orientedRect(Point centre, Point direction, double along, double across);

// Is p inside any of these closed polygons (their radius ignored)?
bool insideAny(const std::vector<Shape>& areas, Point p);
// Points on the boundary of a shape no more than `step` apart (a disc's circle, a polygon's edges, an open
// polyline's skeleton), for containment tests against areas that are not convex.
std::vector<Point> sampleBoundary(const Shape& s, double step);
// How much of the polyline's length lies inside the union of the closed polygons, to within `step` cm.
double lengthInside(const std::vector<Point>& polyline, const std::vector<Shape>& areas, double step = 0.05);

double polylineLength(const std::vector<Point>& points);
// The point at arc length s along the polyline (clamped to its ends).
Point pointAlong(const std::vector<Point>& points, double s);

} // namespace rollwise
