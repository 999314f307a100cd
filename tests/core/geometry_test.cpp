// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;

TEST(Geometry, PointSegmentDistanceProjectsOntoTheSegmentOrItsEnds)
{
    EXPECT_DOUBLE_EQ(distancePointSegment({0, 5}, {-10, 0}, {10, 0}), 5.0);
    EXPECT_DOUBLE_EQ(distancePointSegment({13, 4}, {-10, 0}, {10, 0}), 5.0); // beyond the end: 3-4-5
    EXPECT_DOUBLE_EQ(distancePointSegment({2, 2}, {1, 1}, {1, 1}), std::sqrt(2.0)); // degenerate segment
}

TEST(Geometry, CrossingSegmentsHaveZeroDistance)
{
    EXPECT_DOUBLE_EQ(distanceSegmentSegment({-1, -1}, {1, 1}, {-1, 1}, {1, -1}), 0.0);
    EXPECT_DOUBLE_EQ(distanceSegmentSegment({0, 0}, {10, 0}, {0, 3}, {10, 3}), 3.0);
}

TEST(Geometry, PolygonContainment)
{
    const std::vector<Point> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    EXPECT_TRUE(polygonContains(square, {5, 5}));
    EXPECT_FALSE(polygonContains(square, {15, 5}));
    EXPECT_FALSE(polygonContains(square, {-0.001, 5}));
}

TEST(Geometry, ClearanceBetweenInflatedShapes)
{
    const Shape box{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, 0.0, true};
    const Shape disc{{{15, 5}}, 2.0, false};
    EXPECT_DOUBLE_EQ(clearance(box, disc), 3.0);
    const Shape capsule{{{-5, 20}, {20, 20}}, 4.0, false};
    EXPECT_DOUBLE_EQ(clearance(box, capsule), 6.0);
    // A small disc wholly inside the polygon overlaps it even though no edges cross.
    const Shape inside{{{5, 5}}, 1.0, false};
    EXPECT_LT(clearance(box, inside), 0.0);
    EXPECT_LT(clearance(inside, box), 0.0);
}

TEST(Geometry, MirroringFlipsXAndKeepsBounds)
{
    const Shape s{{{2, 1}, {6, 1}, {4, 5}}, 0.5, true};
    const Rect b = s.mirroredX().bounds();
    EXPECT_DOUBLE_EQ(b.left, -6.5);
    EXPECT_DOUBLE_EQ(b.right, -1.5);
    EXPECT_DOUBLE_EQ(b.bottom, 0.5);
    EXPECT_DOUBLE_EQ(b.top, 5.5);
}

TEST(Geometry, MirroredOpenPathsKeepTheirDirection)
{
    const Shape path{{{9, 79}, {8, 58}}, 3.0, false};
    const Shape m = path.mirroredX();
    EXPECT_EQ(m.points.front(), (Point{-9, 79}));
    EXPECT_EQ(m.points.back(), (Point{-8, 58}));
}

TEST(Geometry, PointAlongAPolylineByArcLength)
{
    const std::vector<Point> path{{0, 0}, {0, 10}, {10, 10}};
    EXPECT_DOUBLE_EQ(polylineLength(path), 20.0);
    EXPECT_EQ(pointAlong(path, 5), (Point{0, 5}));
    EXPECT_EQ(pointAlong(path, 15), (Point{5, 10}));
    EXPECT_EQ(pointAlong(path, -3), (Point{0, 0}));
    EXPECT_EQ(pointAlong(path, 99), (Point{10, 10}));
}
