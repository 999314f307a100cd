// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every view and pose offscreen and checks, by sampling pixels, what a user would see: the lumbar
// zone red and hatched, the target muscles in the highlight colour, other muscles not, and the roller on
// the technique's path where the seed's pace puts it.
#include "app/anatomy/anatomy_painter.h"
#include "app/anatomy/anatomy_view.h"
#include "app_test_support.h"
#include "core/content_library.h"
#include "core/roller_motion.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;

using test::art;
using test::content;
using test::isStrongRed;
using test::isTeal;

namespace {
const QSize kSize(600, 1000);

QImage render(AnatomyPainter& painter, const AnatomyFrame& f, QSize size = kSize)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), 1.0, f);
    return img;
}

// Counts strong-red pixels and distinct shades of red in the lumbar zone, outside the label box: a hatch
// shows as two reds (fill and stripes), a flat fill as one.
struct ZoneSample {
    int pixels = 0;
    int red = 0;
    int dark = 0;
};

ZoneSample sampleLumbar(const QImage& img, const AnatomyPainter& painter)
{
    ZoneSample s;
    const auto outline = painter.lumbarOutline();
    if (!outline)
        return s;
    const QTransform t = painter.drawingToTarget(QRectF(QPointF(0, 0), QSizeF(img.size())));
    const QPainterPath mapped = t.map(*outline);
    const QRectF b = mapped.boundingRect();
    // Skip the middle third, where the "DO NOT ROLL" label box sits in body views.
    for (int y = int(b.top()); y < int(b.bottom()); ++y)
        for (int x = int(b.left()); x < int(b.right()); ++x) {
            if (!mapped.contains(QPointF(x + 0.5, y + 0.5)))
                continue;
            if (painter.display().kind == Display::Kind::Anatomy && std::abs(y - b.center().y()) < b.height() / 4)
                continue;
            const QColor c = img.pixelColor(x, y);
            ++s.pixels;
            // Two disjoint classes: the dark stripes of the hatch, and the lighter red fill between them.
            const bool stripe = c.red() > 80 && c.red() < 175 && c.green() < 60 && c.blue() < 60;
            if (stripe)
                ++s.dark;
            else if (isStrongRed(c))
                ++s.red;
        }
    return s;
}

QPoint pixelOf(const AnatomyPainter& painter, QPointF drawing, QSize size = kSize)
{
    return painter.drawingToTarget(QRectF(QPointF(0, 0), QSizeF(size))).map(drawing).toPoint();
}

AnatomyFrame rolling(const Technique& t, Side side, double rollSeconds)
{
    AnatomyFrame f;
    f.technique = &t;
    f.side = side;
    f.phase = Phase::Roll;
    f.rollSeconds = rollSeconds;
    return f;
}
} // namespace

TEST(AnatomyRender, LumbarZoneIsRedAndHatchedInEveryViewAndPose)
{
    for (const Technique& t : content().techniques()) {
        std::vector<Display> displays{Display::posed(t.pose)};
        for (View v : allViews())
            displays.push_back(Display::anatomy(v));
        for (const Display& d : displays) {
            AnatomyPainter painter(content(), art());
            painter.setDisplay(d);
            const ZoneSample s = sampleLumbar(render(painter, rolling(t, Side::Centre, 3)), painter);
            SCOPED_TRACE(t.id.toStdString() + " " + d.key().toStdString());
            ASSERT_GT(s.pixels, 30);
            EXPECT_GT(s.red, s.pixels / 5) << "red fill";
            EXPECT_GT(s.dark, s.pixels / 20) << "hatch stripes";
        }
    }
}

TEST(AnatomyRender, DoNotRollLabelIsDrawnOnTheZone)
{
    AnatomyPainter painter(content(), art());
    painter.setDisplay(Display::anatomy(View::Posterior));
    const QImage img = render(painter, AnatomyFrame{});
    // The label box is white with dark red text at the zone's centre.
    const ContraindicatedZone* lumbar = content().zone(QStringLiteral("lumbar-spine"));
    const Rect b = lumbar->shapes.at(View::Posterior).bounds();
    const QPoint c = pixelOf(painter, QPointF((b.left + b.right) / 2, -(b.top + b.bottom) / 2));
    int white = 0;
    int text = 0;
    for (int dy = -12; dy <= 12; ++dy)
        for (int dx = -20; dx <= 20; ++dx) {
            const QColor px = img.pixelColor(c + QPoint(dx, dy));
            white += px.lightness() > 235;
            text += px.red() > 120 && px.green() < 80;
        }
    EXPECT_GT(white, 100);
    EXPECT_GT(text, 10);
}

TEST(AnatomyRender, TheLegendNeverCoversTheDoNotRollLabel)
{
    // Every body view, whole and zoomed on each technique, from a sheet's small figure to a full screen.
    int checked = 0;
    for (View view : {View::Posterior, View::Anterior}) {
        for (const Technique* t : [&] {
                 std::vector<const Technique*> all{nullptr};
                 for (const Technique& x : content().techniques())
                     all.push_back(&x);
                 return all;
             }()) {
            for (QSizeF size : {QSizeF(170, 160), QSizeF(240, 320), QSizeF(600, 1000), QSizeF(1200, 900)}) {
                AnatomyPainter painter(content(), art());
                painter.setDisplay(Display::anatomy(view));
                if (t)
                    painter.setFocusRect(painter.focusFor(*t, Side::Centre));
                const QRectF target(QPointF(0, 0), size);
                const QFont font(QStringLiteral("DejaVu Sans"));
                const QRectF label = painter.lumbarLabelRect(target, font);
                const QRectF legend = painter.legendRect(target, font);
                if (!target.intersects(label))
                    continue; // the lumbar zone is outside this focus
                ASSERT_FALSE(legend.isEmpty());
                EXPECT_FALSE(legend.intersects(label)) << (t ? t->id.toStdString() : "whole body") << " in "
                                                       << size.width() << "x" << size.height();
                EXPECT_TRUE(target.contains(legend));
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 24);
}

TEST(AnatomyRender, TargetsCarryTheHighlightAndOtherRegionsDoNot)
{
    for (const Technique& t : content().techniques()) {
        for (View v : t.views()) {
            for (Side side : t.perSide ? std::vector<Side>{Side::Right, Side::Left} : std::vector<Side>{Side::Centre}) {
                AnatomyPainter painter(content(), art());
                painter.setDisplay(Display::anatomy(v));
                // Between phases, so the roller (drawn on top of the muscle it rolls) hides no anchor.
                AnatomyFrame frame = rolling(t, side, 0.0);
                frame.phase = Phase::Idle;
                const QImage img = render(painter, frame);
                const QStringList targets = content().regionIds(t.primaryTargets, side);
                for (const BodyRegion& r : content().regions()) {
                    const RegionShape* s = r.shapeIn(v);
                    if (!s)
                        continue;
                    const QColor px = img.pixelColor(pixelOf(painter, QPointF(s->anchor.x, -s->anchor.y)));
                    SCOPED_TRACE(t.id.toStdString() + "/" + toString(side).toStdString() + " at " + r.id.toStdString());
                    EXPECT_EQ(isTeal(px), targets.contains(r.id)) << px.name().toStdString();
                }
            }
        }
    }
}

TEST(AnatomyRender, PoseTargetIsHighlighted)
{
    for (const Technique& t : content().techniques()) {
        AnatomyPainter painter(content(), art());
        painter.setDisplay(Display::posed(t.pose));
        const auto fills = painter.highlightFills(rolling(t, Side::Centre, 0));
        EXPECT_TRUE(fills.contains(QStringLiteral("pose-target")));
        const SvgDocument* doc = art().document(Display::posed(t.pose));
        ASSERT_NE(doc, nullptr);
        QSvgRenderer r(BodyArt::rewrite(doc->bytes, fills, true));
        const QRectF b = r.boundsOnElement(QStringLiteral("pose-target"));
        const QImage img = render(painter, rolling(t, Side::Centre, 0), QSize(1000, 600));
        int teal = 0;
        for (int i = 1; i < 10; ++i)
            for (int j = 1; j < 10; ++j)
                teal += isTeal(img.pixelColor(pixelOf(painter, QPointF(b.left() + b.width() * i / 10, b.top() + b.height() * j / 10), QSize(1000, 600))));
        EXPECT_GT(teal, 10) << t.pose.toStdString();
    }
}

TEST(AnatomyRender, RollerCentreFollowsThePathAtTheSeedsPace)
{
    const double pace = content().dosage().paceCmPerSecond;
    for (const Technique& t : content().techniques()) {
        const View v = t.views().front();
        const Side side = t.perSide ? Side::Left : Side::Centre;
        const auto paths = t.pathsFor(v, side);
        ASSERT_FALSE(paths.empty());
        const RollerPath& path = *paths.front();
        AnatomyPainter painter(content(), art());
        painter.setDisplay(Display::anatomy(v));
        const RollerMotion motion(path.lengthCm(), pace);
        for (double seconds : {0.0, 1.0, 2.5, 7.3, 12.0, 33.3}) {
            const auto centres = painter.rollerCentres(rolling(t, side, seconds));
            ASSERT_EQ(centres.size(), paths.size());
            const Point expected = pointAlong(path.points, motion.positionCm(seconds));
            EXPECT_NEAR(centres.front().x(), expected.x, 1e-9) << t.id.toStdString() << " @" << seconds;
            EXPECT_NEAR(centres.front().y(), -expected.y, 1e-9) << t.id.toStdString() << " @" << seconds;
        }
        // Numerically: mid-traverse, the roller covers 2.54 cm of the body per second.
        const double a = motion.traverseSeconds() / 2 - 0.5;
        const QPointF p1 = painter.rollerCentres(rolling(t, side, a)).front();
        const QPointF p2 = painter.rollerCentres(rolling(t, side, a + 1.0)).front();
        if (motion.traverseSeconds() > 2 * RollerMotion::kRampSeconds + 1.0 && path.points.size() == 2) {
            EXPECT_NEAR(std::hypot(p2.x() - p1.x(), p2.y() - p1.y()), pace, 1e-6) << t.id.toStdString();
        }
        // And it is drawn there.
        const QImage img = render(painter, rolling(t, side, a));
        const QColor px = img.pixelColor(pixelOf(painter, p1));
        EXPECT_TRUE(px.blue() > px.green() + 30 && px.red() < px.blue()) << t.id.toStdString() << " " << px.name().toStdString();
    }
}

TEST(AnatomyRender, BothLegsTogetherMeansMirrorImageRollers)
{
    const Technique& t = *content().technique(QStringLiteral("hamstrings"));
    AnatomyPainter painter(content(), art());
    painter.setDisplay(Display::anatomy(View::Posterior));
    for (double seconds : {0.0, 3.0, 9.5}) {
        const auto centres = painter.rollerCentres(rolling(t, Side::Centre, seconds));
        ASSERT_EQ(centres.size(), 2u);
        EXPECT_NEAR(centres[0].x(), -centres[1].x(), 1e-9) << seconds;
        EXPECT_NEAR(centres[0].y(), centres[1].y(), 1e-9) << seconds;
    }
}

TEST(AnatomyRender, HoldShowsACountdownArcAndTheRollerWaitsOnTheSpot)
{
    const Technique& t = *content().technique(QStringLiteral("thoracic-spine"));
    AnatomyPainter painter(content(), art());
    painter.setDisplay(Display::anatomy(View::Posterior));
    AnatomyFrame hold = rolling(t, Side::Centre, 4.0);
    hold.phase = Phase::Hold;
    hold.holdLengthSeconds = 30;
    hold.holdRemaining = 30;
    const auto during = painter.rollerCentres(hold);
    const auto before = painter.rollerCentres(rolling(t, Side::Centre, 4.0));
    ASSERT_EQ(during.size(), 1u);
    EXPECT_EQ(during.front(), before.front());
    const QImage full = render(painter, hold);
    hold.holdRemaining = 7.5; // a quarter left: three quarters of the arc are gone
    const QImage quarter = render(painter, hold);
    EXPECT_NE(full, quarter);
}

TEST(AnatomyRender, ClickingTheLumbarZoneExplainsWhyItIsNeverRolled)
{
    AnatomyPainter painter(content(), art());
    painter.setDisplay(Display::anatomy(View::Posterior));
    const QRectF target(0, 0, kSize.width(), kSize.height());
    const auto hit = painter.hitTest(pixelOf(painter, QPointF(0, -103)), target);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->id, QStringLiteral("zone-lumbar-spine"));
    EXPECT_TRUE(hit->text.contains(QStringLiteral("disc")));
    EXPECT_TRUE(hit->text.contains(QStringLiteral("Nerve irritation")));
    const BodyRegion* glute = content().region(QStringLiteral("glutes-right"));
    const RegionShape* s = glute->shapeIn(View::Posterior);
    const auto region = painter.hitTest(pixelOf(painter, QPointF(s->anchor.x, -s->anchor.y)), target);
    ASSERT_TRUE(region.has_value());
    EXPECT_EQ(region->id, QStringLiteral("region-glutes-right"));
    EXPECT_TRUE(region->text.contains(QStringLiteral("sciatic nerve")));
}

TEST(AnatomyRender, StaticLayersAreCachedAcrossFrames)
{
    const Technique& t = *content().technique(QStringLiteral("lats"));
    AnatomyPainter painter(content(), art());
    painter.setDisplay(Display::anatomy(View::Posterior));
    QImage img(kSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    painter.paint(p, QRectF(img.rect()), 1.0, rolling(t, Side::Right, 1));
    painter.paint(p, QRectF(img.rect()), 1.0, rolling(t, Side::Right, 2));
    EXPECT_EQ(painter.cacheRebuilds(), 1);
    painter.paint(p, QRectF(img.rect()), 1.0, rolling(t, Side::Left, 2)); // the other side: new highlights
    EXPECT_EQ(painter.cacheRebuilds(), 2);
    painter.setDisplay(Display::anatomy(View::Anterior));
    painter.paint(p, QRectF(img.rect()), 1.0, rolling(t, Side::Left, 3));
    EXPECT_EQ(painter.cacheRebuilds(), 3);
}

TEST(AnatomyRender, DarkPaletteKeepsTheWarningsVisible)
{
    AnatomyView view(content(), art());
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    view.setPalette(dark);
    view.resize(kSize);
    view.setDisplay(Display::anatomy(View::Posterior));
    view.setFrame(rolling(*content().technique(QStringLiteral("glutes")), Side::Right, 2));
    const QImage img = view.grab().toImage();
    EXPECT_LT(img.pixelColor(5, img.height() - 5).lightness(), 40); // the background follows the palette
    const ZoneSample s = sampleLumbar(img, view.anatomy());
    EXPECT_GT(s.red, s.pixels / 5);
    EXPECT_GT(s.dark, s.pixels / 20);
}
