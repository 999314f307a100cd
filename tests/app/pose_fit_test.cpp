// SPDX-License-Identifier: GPL-3.0-or-later
// The pose drawings and the lateral view agree with the body: in every technique's pose the roller (a circle
// of the configured diameter) rests on the floor and under the body, and travels as far as the technique's
// own path (custom techniques borrow a built-in pose); the lateral view draws the roller end on, as a circle
// lying on the body at its footprint. Everything is measured on what the painter draws.
#include "app/anatomy/anatomy_painter.h"
#include "app_test_support.h"
#include "core/content_library.h"
#include "core/roller_motion.h"
#include "core/routine_reader.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

using namespace rollwise;

using test::art;
using test::content;

namespace {
constexpr double kFloorGapMaxCm = 0.5;
constexpr double kBodyGapMaxCm = 0.5;
constexpr double kSinkMaxCm = 1.0; // soft tissue gives about kIndentationCm under gentle pressure; 1 cm is the limit
constexpr double kTravelTolerance = 0.10;
// The lateral path lies up to 1.5 cm under the skin outline; with the 0.5 cm indentation the drawn roller sinks up
// to 2 cm below it. Deeper would look like the roller inside the back.
constexpr double kLateralSinkMaxCm = 2.1;

// A custom technique with one path, as a clinician writes it in a routine file.
std::string custom(const char* id, const char* group, const char* target, const char* view, const char* side,
                   std::initializer_list<std::pair<double, double>> points, double widthCm = 5)
{
    std::string pts;
    for (const auto& [x, y] : points)
        pts += (pts.empty() ? "[" : ",[") + std::to_string(x) + "," + std::to_string(y) + "]";
    const bool perSide = std::string(side) != "centre";
    return std::string("{\"id\":\"") + id + "\",\"name\":\"" + id + "\",\"group\":\"" + group
           + "\",\"primaryTargets\":[\"" + target + "\"],\"perSide\":" + (perSide ? "true" : "false")
           + ",\"steps\":[\"Lie on the roller.\",\"Roll slowly.\"],\"paths\":[{\"view\":\"" + view
           + "\",\"side\":\"" + side + "\",\"widthCm\":" + std::to_string(widthCm) + ",\"points\":[" + pts + "]}]}";
}

// One custom technique per muscle group (two for the thoracic spine: one rolled in the lateral view), each
// with a path of its own length, read through the routine reader like a clinician's file.
const Routine& customRoutine()
{
    static const Routine routine = [] {
        const std::vector<std::pair<std::string, std::string>> techniques{
            // Clears the greater trochanter by 1 cm.
            {"short-glute", custom("short-glute", "glutes-piriformis", "glutes", "posterior", "right", {{11, 97.5}, {11.6, 93}})},
            {"short-hip-flexor", custom("short-hip-flexor", "hip-flexors", "iliacus", "anterior", "right",
                                        {{-12.2, 95.1}, {-12.044, 93.6}}, 3.5)},
            {"upper-hamstring", custom("upper-hamstring", "hamstrings", "hamstrings", "posterior", "right", {{9.3, 75}, {8.9, 66}})},
            {"mid-back", custom("mid-back", "thoracic-spine", "thoracic-extensors", "posterior", "centre", {{0, 130}, {0, 140}})},
            {"mid-back-side", custom("mid-back-side", "thoracic-spine", "thoracic-extensors", "lateral", "centre",
                                     {{-12.065, 127.95}, {-11.525, 135.75}})},
            {"short-lats", custom("short-lats", "latissimus-dorsi", "lats", "posterior", "right", {{13.1, 119}, {12.9, 114}})},
        };
        std::string list, exercises;
        for (const auto& [id, json] : techniques) {
            list += (list.empty() ? "" : ",") + json;
            exercises += (exercises.empty() ? "" : ",") + std::string("{\"technique\":\"") + id + "\",\"passes\":20}";
        }
        const std::string file = "{\"format\":\"rollwise-routine\",\"version\":1,\"title\":\"Custom poses\","
                                 "\"customTechniques\":[" + list + "],\"exercises\":[" + exercises + "]}";
        const RoutineLoad load = RoutineReader(content()).readBytes(QByteArray::fromStdString(file), QStringLiteral("custom.json"));
        EXPECT_TRUE(load.routine.has_value()) << load.diagnostics.toText().toStdString();
        return load.routine.value_or(Routine{});
    }();
    return routine;
}

// Every built-in technique and every custom one above.
std::vector<const Technique*> allTechniques()
{
    std::vector<const Technique*> out;
    for (const Technique& t : content().techniques())
        out.push_back(&t);
    for (const Technique& t : customRoutine().customTechniques)
        out.push_back(&t);
    return out;
}

AnatomyFrame rolling(const Technique& t, double rollSeconds)
{
    AnatomyFrame f;
    f.technique = &t;
    f.side = t.perSide ? Side::Right : Side::Centre;
    f.phase = Phase::Roll;
    f.rollSeconds = rollSeconds;
    return f;
}

double traverseSeconds(const Technique& t)
{
    return RollerMotion(t.mainPath()->lengthCm(), content().dosage().paceCmPerSecond).traverseSeconds();
}

// How far the circle reaches into the drawn body (negative: the gap between them), from the pose rendered
// without its roller: the distance from the centre to the nearest painted pixel above the floor.
double sinkIntoBody(const Display& pose, const RollerDisc& disc)
{
    constexpr double pxPerCm = 20;
    QSvgRenderer* r = art().renderer(pose, {}, true);
    const QRectF vb = r->viewBoxF();
    QImage img(QSize(int(vb.width() * pxPerCm), int(vb.height() * pxPerCm)), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        r->render(&p);
    }
    double nearest = 1e9;
    for (int y = 0; y < img.height(); ++y) {
        const double dy = vb.top() + (y + 0.5) / pxPerCm;
        if (-dy < 0.3 || std::abs(dy - disc.centre.y()) > disc.radius + 3) // the floor line, and far away
            continue;
        for (int x = 0; x < img.width(); ++x) {
            const double dx = vb.left() + (x + 0.5) / pxPerCm;
            if (std::abs(dx - disc.centre.x()) <= disc.radius + 3 && qAlpha(img.pixel(x, y)) > 127)
                nearest = std::min(nearest, std::hypot(dx - disc.centre.x(), dy - disc.centre.y()));
        }
    }
    return disc.radius - nearest;
}

double distanceToOutline(const std::vector<Shape>& pieces, Point p)
{
    double nearest = 1e9;
    for (const Shape& piece : pieces)
        for (size_t i = 0; i < piece.points.size(); ++i)
            nearest = std::min(nearest, distancePointSegment(p, piece.points[i], piece.points[(i + 1) % piece.points.size()]));
    return nearest;
}

bool isRoller(QColor c)
{
    return c.blue() > c.green() + 30 && c.red() < c.blue();
}

// `f` painted as vectors over all of a white image of `size`, and the drawing-to-image transform used.
std::pair<QImage, QTransform> painted(const AnatomyPainter& painter, const AnatomyFrame& f, QSize size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    {
        QPainter p(&img);
        painter.paintVector(p, target, f);
    }
    return {img, painter.drawingToTarget(target)};
}
} // namespace

TEST(PoseFit, RollerRestsOnTheFloorAndUnderTheBody)
{
    const double radius = content().dosage().rollerDiameterCm / 2;
    int checked = 0;
    for (const Technique* t : allTechniques()) {
        SCOPED_TRACE(t->id.toStdString());
        AnatomyPainter painter(content(), art());
        const Display pose = Display::posed(content().poseFor(*t));
        painter.setDisplay(pose);
        const auto start = painter.rollerDiscs(rolling(*t, 0));
        const auto end = painter.rollerDiscs(rolling(*t, traverseSeconds(*t)));
        ASSERT_EQ(start.size(), 1u);
        ASSERT_EQ(end.size(), 1u);
        for (const RollerDisc& d : {start.front(), end.front()}) {
            EXPECT_DOUBLE_EQ(d.radius, radius);
            const double floorGap = -d.centre.y() - d.radius; // the floor is y = 0, up is negative
            EXPECT_GE(floorGap, -0.01);
            EXPECT_LE(floorGap, kFloorGapMaxCm);
        }
        // The figure is drawn where the roller starts; there the body rests on it.
        const double sink = sinkIntoBody(pose, start.front());
        EXPECT_LE(sink, kSinkMaxCm);
        EXPECT_GE(sink, -kBodyGapMaxCm);
        std::printf("[pose fit] %-18s %-20s floor %.2f cm, sinks %.2f cm into the body\n", qPrintable(t->id),
                    qPrintable(pose.pose), -start.front().centre.y() - radius, sink);
        ++checked;
    }
    EXPECT_GE(checked, int(content().techniques().size()) + 6);
}

TEST(PoseFit, APoseDrawsTheRollerAsACylinderNotABall)
{
    // The near end is core's disc; its length recedes up and to the right. Beyond the disc on that side there is
    // roller colour (a ball would end at its rim), and on the opposite side there is none.
    int checked = 0;
    for (const Technique* t : allTechniques()) {
        SCOPED_TRACE(t->id.toStdString());
        AnatomyPainter painter(content(), art());
        painter.setDisplay(Display::posed(content().poseFor(*t)));
        const AnatomyFrame f = rolling(*t, 0);
        const auto discs = painter.rollerDiscs(f);
        ASSERT_EQ(discs.size(), 1u);
        const auto [img, tr] = painted(painter, f, QSize(1600, 680));
        const QPointF c = tr.map(discs.front().centre);
        const double r = discs.front().radius * std::hypot(tr.m11(), tr.m12());
        const QPointF receding = QPointF(0.75, -0.6) / std::hypot(0.75, -0.6);
        EXPECT_TRUE(isRoller(img.pixelColor((c + receding * r * 1.3).toPoint())));
        EXPECT_FALSE(isRoller(img.pixelColor((c - receding * r * 1.3).toPoint())));
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST(PoseFit, PoseTravelIsTheTechniquesPathLength)
{
    int checked = 0;
    int rescaled = 0;
    for (const Technique* t : allTechniques()) {
        SCOPED_TRACE(t->id.toStdString());
        AnatomyPainter painter(content(), art());
        const Display pose = Display::posed(content().poseFor(*t));
        painter.setDisplay(pose);
        const double want = t->mainPath()->lengthCm();
        const auto travel = painter.poseTravel(rolling(*t, 0));
        const SvgDocument* doc = art().document(pose);
        ASSERT_TRUE(travel.has_value());
        ASSERT_TRUE(doc && doc->rollerTravel);
        EXPECT_NEAR(travel->length(), want, kTravelTolerance * want);
        // Scaled about the start, in the drawing's direction.
        EXPECT_EQ(travel->p1(), doc->rollerTravel->p1());
        EXPECT_NEAR(travel->angleTo(*doc->rollerTravel), 0.0, 1e-6);
        // What is animated: from the start of a traverse to its end the roller covers the path's length.
        const QPointF a = painter.rollerCentres(rolling(*t, 0)).front();
        const QPointF b = painter.rollerCentres(rolling(*t, traverseSeconds(*t))).front();
        EXPECT_NEAR(QLineF(a, b).length(), want, kTravelTolerance * want);
        // The built-in drawings themselves are drawn to their technique's length.
        if (!t->custom) {
            EXPECT_NEAR(doc->rollerTravel->length(), want, kTravelTolerance * want) << "in " << pose.fileName().toStdString();
        }
        rescaled += std::abs(doc->rollerTravel->length() - want) > kTravelTolerance * want;
        ++checked;
    }
    EXPECT_GE(checked, int(content().techniques().size()) + 6);
    EXPECT_GT(rescaled, 0) << "no custom path differs from its pose's drawing: the scaling goes untested";
}

TEST(PoseFit, LateralViewDrawsTheRollerAsACircleLyingOnTheBody)
{
    const double diameter = content().dosage().rollerDiameterCm;
    const std::vector<Shape>& body = content().bodyOutline(View::Lateral);
    int checked = 0;
    for (const Technique* t : allTechniques()) {
        const auto paths = t->pathsFor(View::Lateral, rolling(*t, 0).side);
        if (paths.empty())
            continue;
        AnatomyPainter painter(content(), art());
        painter.setDisplay(Display::anatomy(View::Lateral));
        for (double seconds : {0.0, 1.5, traverseSeconds(*t) / 2, 9.0}) {
            SCOPED_TRACE(t->id.toStdString() + " @" + std::to_string(seconds));
            const AnatomyFrame f = rolling(*t, seconds);
            const auto discs = painter.rollerDiscs(f);
            const auto centres = painter.rollerCentres(f); // the footprint's centre on the path
            ASSERT_EQ(discs.size(), paths.size());
            ASSERT_EQ(centres.size(), paths.size());
            const RollerDisc& d = discs.front();
            EXPECT_DOUBLE_EQ(2 * d.radius, diameter);
            // Off the path by the radius less the indentation, out of the body.
            EXPECT_NEAR(QLineF(d.centre, centres.front()).length(), d.radius - RollerFootprint::kIndentationCm, 1e-9);
            // On the body: the disc reaches the indentation deeper than the footprint's centre lies under the
            // skin (the content's lateral path runs 1 to 1.5 cm under it, so the drawn roller sinks that much more).
            const Point c{d.centre.x(), -d.centre.y()};
            const Point onPath{centres.front().x(), -centres.front().y()};
            EXPECT_FALSE(insideAny(body, c));
            EXPECT_TRUE(insideAny(body, onPath));
            const double sink = d.radius - distanceToOutline(body, c);
            EXPECT_NEAR(sink, distanceToOutline(body, onPath) + RollerFootprint::kIndentationCm, 0.2);
            EXPECT_GE(sink, -kBodyGapMaxCm);
            EXPECT_LE(sink, kLateralSinkMaxCm);
            std::printf("[pose fit] %-18s lateral @%5.2f s: circle %.1f cm across, sinks %.2f cm below the outline\n",
                        qPrintable(t->id), seconds, 2 * d.radius, sink);
            // And that circle is what is painted: roller colour across the diameter, none just beyond it.
            const auto [img, tr] = painted(painter, f, QSize(1200, 2000));
            const double cmPx = std::hypot(tr.m11(), tr.m12());
            const QPointF mid = tr.map(d.centre);
            int left = 0, right = 0;
            while (isRoller(img.pixelColor((mid + QPointF(-left - 1, 0)).toPoint())))
                ++left;
            while (isRoller(img.pixelColor((mid + QPointF(right + 1, 0)).toPoint())))
                ++right;
            // The white rim (0.3 cm pen) is not roller colour.
            EXPECT_NEAR((left + right + 1) / cmPx, diameter, 0.6);
        }
        ++checked;
    }
    EXPECT_GE(checked, 2); // the built-in thoracic technique and the custom lateral one
}
