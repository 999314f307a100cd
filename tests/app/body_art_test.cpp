// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG drawings and core agree: every id maps to core, every core region and zone of a view is drawn,
// and the drawn geometry sits where core's body frame says (the lumbar element exactly on its zone).
#include "app/anatomy/body_art.h"
#include "core/content_library.h"

#include <QSvgRenderer>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

QRectF drawingBounds(const Rect& r)
{
    return QRectF(QPointF(r.left, -r.top), QPointF(r.right, -r.bottom)); // body frame (y up) → SVG (y down)
}

void expectNear(const QRectF& a, const QRectF& b, double tol, const std::string& what)
{
    EXPECT_NEAR(a.left(), b.left(), tol) << what;
    EXPECT_NEAR(a.right(), b.right(), tol) << what;
    EXPECT_NEAR(a.top(), b.top(), tol) << what;
    EXPECT_NEAR(a.bottom(), b.bottom(), tol) << what;
}

std::vector<Display> allDisplays()
{
    std::vector<Display> out;
    for (View v : allViews())
        out.push_back(Display::anatomy(v));
    for (const Technique& t : content().techniques())
        out.push_back(Display::posed(t.pose));
    return out;
}
} // namespace

TEST(BodyArt, EveryDrawingLoads)
{
    const BodyArt art;
    for (const Display& d : allDisplays()) {
        const SvgDocument* doc = art.document(d);
        ASSERT_NE(doc, nullptr) << d.fileName().toStdString();
        EXPECT_FALSE(doc->viewBox.isEmpty());
        QSvgRenderer r(doc->bytes);
        EXPECT_TRUE(r.isValid()) << d.fileName().toStdString();
    }
}

TEST(BodyArt, AnatomyIdsAndCoreIdsMatchBothWays)
{
    const BodyArt art;
    for (View v : allViews()) {
        const SvgDocument* doc = art.document(Display::anatomy(v));
        ASSERT_NE(doc, nullptr);
        QSet<QString> expected;
        for (const BodyRegion& r : content().regions())
            if (r.shapeIn(v))
                expected.insert(QStringLiteral("region-") + r.id);
        for (const ContraindicatedZone& z : content().zones())
            if (z.shapes.count(v))
                expected.insert(QStringLiteral("zone-") + z.id);
        for (const QString& id : expected)
            EXPECT_TRUE(doc->ids.contains(id)) << toString(v).toStdString() << " lacks " << id.toStdString();
        for (const QString& id : doc->ids)
            EXPECT_TRUE(expected.contains(id) || id.startsWith(QStringLiteral("paint-")))
                << toString(v).toStdString() << ": id \"" << id.toStdString() << "\" matches nothing in core";
    }
}

TEST(BodyArt, PoseIdsFollowTheScheme)
{
    const BodyArt art;
    for (const Technique& t : content().techniques()) {
        const SvgDocument* doc = art.document(Display::posed(t.pose));
        ASSERT_NE(doc, nullptr) << t.pose.toStdString();
        const QStringList required{QStringLiteral("pose-") + t.pose, QStringLiteral("pose-target"),
                                   QStringLiteral("roller"), QStringLiteral("roller-travel"),
                                   QStringLiteral("zone-lumbar-spine")};
        for (const QString& id : required)
            EXPECT_TRUE(doc->ids.contains(id)) << t.pose.toStdString() << " lacks " << id.toStdString();
        for (const QString& id : doc->ids) {
            const bool known = required.contains(id) || id.startsWith(QStringLiteral("paint-"))
                               || (id.startsWith(QStringLiteral("zone-")) && content().zone(id.mid(5)));
            EXPECT_TRUE(known) << t.pose.toStdString() << ": id \"" << id.toStdString() << "\" matches nothing in core";
        }
        ASSERT_TRUE(doc->rollerTravel.has_value()) << t.pose.toStdString() << ": roller-travel must be a <line>";
        EXPECT_GT(doc->rollerTravel->length(), 1.0); // its length is the technique's path (PoseFit.*)
        EXPECT_GT(doc->rollerRadius, 5.0); // a 15 cm roller, to scale
        EXPECT_TRUE(doc->shapes.count(QStringLiteral("zone-lumbar-spine")))
            << t.pose.toStdString() << ": the lumbar zone must be a simple shape so it can be hatched";
    }
}

TEST(BodyArt, LumbarElementSitsExactlyOnTheContraindicatedZone)
{
    const BodyArt art;
    const ContraindicatedZone* lumbar = content().zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    for (View v : allViews()) {
        const SvgDocument* doc = art.document(Display::anatomy(v));
        ASSERT_NE(doc, nullptr);
        QSvgRenderer r(doc->bytes);
        const QRectF drawn = r.boundsOnElement(QStringLiteral("zone-lumbar-spine"));
        expectNear(drawn, drawingBounds(lumbar->shapes.at(v).bounds()), 0.05, "lumbar in " + toString(v).toStdString());
    }
}

TEST(BodyArt, EveryZoneAndRegionIsDrawnWhereCorePlacesIt)
{
    const BodyArt art;
    for (View v : allViews()) {
        const SvgDocument* doc = art.document(Display::anatomy(v));
        ASSERT_NE(doc, nullptr);
        QSvgRenderer r(doc->bytes);
        for (const ContraindicatedZone& z : content().zones())
            if (z.shapes.count(v))
                expectNear(r.boundsOnElement(QStringLiteral("zone-") + z.id), drawingBounds(z.shapes.at(v).bounds()),
                           0.05, z.id.toStdString());
        for (const BodyRegion& region : content().regions()) {
            const RegionShape* s = region.shapeIn(v);
            if (!s)
                continue;
            const QRectF drawn = r.boundsOnElement(QStringLiteral("region-") + region.id);
            expectNear(drawn, drawingBounds(s->shape.bounds()), 1.0, region.id.toStdString());
            EXPECT_TRUE(drawn.contains(QPointF(s->anchor.x, -s->anchor.y))) << region.id.toStdString();
        }
    }
}

TEST(BodyArt, RewriteRecoloursAnElementAndItsChildrenAndCanDropTheRoller)
{
    const QByteArray svg = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
        <g id="region-a" fill="#ff0000"><path d="M0 0 L1 0 L1 1 Z"/><path d="M2 2 L3 2" fill="none"/></g>
        <rect id="other" x="1" y="1" width="2" height="2" style="fill:#00ff00;stroke:#000"/>
        <circle id="roller" cx="5" cy="5" r="2"/></svg>)";
    const QByteArray out = BodyArt::rewrite(svg, {{QStringLiteral("region-a"), QColor(0, 0, 255, 128)}}, true);
    EXPECT_TRUE(out.contains(R"(<path d="M0 0 L1 0 L1 1 Z" fill="#0000ff" fill-opacity="0.502"/>)")) << out.constData();
    EXPECT_TRUE(out.contains(R"(<path d="M2 2 L3 2" fill="none"/>)")) << out.constData(); // strokes stay strokes
    EXPECT_TRUE(out.contains(R"(style="fill:#00ff00;stroke:#000")")) << out.constData();   // others untouched
    EXPECT_FALSE(out.contains("roller"));
    EXPECT_EQ(BodyArt::elementIds(out), (QSet<QString>{QStringLiteral("region-a"), QStringLiteral("other")}));
    EXPECT_TRUE(QSvgRenderer(out).isValid());
}
