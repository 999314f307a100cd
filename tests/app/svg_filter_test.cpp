// SPDX-License-Identifier: GPL-3.0-or-later
// Culling a drawing to what is visible changes nothing that is seen, and leaves out what is not (issue 15: the
// sheet's bytes were mostly art hidden by the figures' clips).
#include "app/anatomy/anatomy_painter.h"
#include "app/anatomy/body_art.h"
#include "app/anatomy/svg_filter.h"
#include "core/content_library.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

const QByteArray kSmall = R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
    <clipPath id="clip"><rect id="far-clip" x="90" y="90" width="5" height="5"/></clipPath></defs>
  <rect id="inside" x="10" y="10" width="10" height="10" fill="url(#g)"/>
  <rect id="outside" x="70" y="70" width="10" height="10"/>
  <g transform="translate(-60,-60)"><rect id="moved-in" x="70" y="70" width="10" height="10"/></g>
  <line id="stroke-reaches-in" x1="45" y1="10" x2="45" y2="40" stroke="black" stroke-width="12"/>
  <circle cx="90" cy="10" r="3"/>
</svg>)svg";

} // namespace

TEST(SvgCull, LeavesOutOnlyTheShapesWhollyOutOfSight)
{
    const QRectF visible(0, 0, 40, 50);
    const QSet<QString> ids = BodyArt::elementIds(cullSvg(kSmall, visible));
    EXPECT_TRUE(ids.contains(QStringLiteral("inside")));
    EXPECT_TRUE(ids.contains(QStringLiteral("moved-in"))) << "a group's transform brings it into sight";
    EXPECT_TRUE(ids.contains(QStringLiteral("stroke-reaches-in"))) << "its stroke's width reaches x = 39";
    EXPECT_TRUE(ids.contains(QStringLiteral("far-clip"))) << "definitions are kept";
    EXPECT_TRUE(ids.contains(QStringLiteral("g")));
    EXPECT_FALSE(ids.contains(QStringLiteral("outside")));
    const QByteArray culled = cullSvg(kSmall, visible);
    EXPECT_EQ(culled.count("<circle"), 0) << "a shape without an id is measured too";
    EXPECT_EQ(culled.count("<rect"), 3);
}

TEST(SvgCull, UnparsableInputComesBackUnchanged)
{
    const QByteArray broken = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect";
    EXPECT_EQ(cullSvg(broken, QRectF(0, 0, 1, 1)), broken);
}

// Every built-in body view, focused as the sheet and the views focus it on each technique: the culled drawing
// paints the same pixels as the whole one, with fewer bytes.
TEST(SvgCull, EveryFocusedBodyViewPaintsTheSamePixelsWithLessArt)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    BodyArt art;
    int compared = 0;
    for (const Technique& t : content.techniques()) {
        for (const View v : t.views()) {
            AnatomyPainter painter(content, art);
            painter.setDisplay(Display::anatomy(v));
            const QRectF focus = painter.focusFor(t, Side::Centre);
            ASSERT_FALSE(focus.isEmpty()) << t.id.toStdString();
            const SvgDocument* doc = art.document(Display::anatomy(v));
            ASSERT_NE(doc, nullptr);
            // What a 400 px square image shows of the drawing, the focus at its top left.
            const double side = std::max(focus.width(), focus.height());
            const QRectF shown(focus.topLeft(), QSizeF(side, side));
            const QByteArray culled = cullSvg(doc->bytes, shown);
            EXPECT_LT(culled.size(), doc->bytes.size()) << t.id.toStdString() << " " << toString(v).toStdString();
            QImage images[2];
            int i = 0;
            for (const QByteArray& bytes : {doc->bytes, culled}) {
                QSvgRenderer r(bytes);
                QImage& image = images[i++];
                image = QImage(400, 400, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.setClipRect(image.rect());
                const double s = 400 / side;
                p.scale(s, s);
                p.translate(-focus.topLeft());
                r.render(&p, r.viewBoxF());
            }
            int differ = 0, worst = 0;
            for (int y = 0; y < images[0].height(); ++y)
                for (int x = 0; x < images[0].width(); ++x) {
                    const QRgb a = images[0].pixel(x, y), b = images[1].pixel(x, y);
                    const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                    differ += d > 0;
                    worst = std::max(worst, d);
                }
            EXPECT_EQ(differ, 0) << t.id.toStdString() << " " << toString(v).toStdString() << ": worst difference " << worst;
            ++compared;
        }
    }
    EXPECT_GE(compared, 5);
}

// The sheet culls the drawing after its highlights are written in: both edits compose.
TEST(SvgCull, ComposesWithTheHighlightRewrite)
{
    const QByteArray highlighted = BodyArt::rewrite(kSmall, {{QStringLiteral("outside"), QColor(1, 2, 3)}}, true);
    const QByteArray culled = cullSvg(highlighted, QRectF(0, 0, 40, 50));
    EXPECT_NE(culled, highlighted) << highlighted.toStdString();
    EXPECT_TRUE(QSvgRenderer(culled).isValid()) << culled.toStdString();
    EXPECT_FALSE(BodyArt::elementIds(culled).contains(QStringLiteral("outside")));
}

TEST(SvgSplit, AStrokedShapeWithATranslucentFillBecomesAFillAndAStrokedTwin)
{
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <g stroke="#123456" stroke-width="2">
    <rect id="translucent" x="10" y="10" width="30" height="30" fill="#ff0000" fill-opacity="0.5"/>
    <rect id="opaque" x="50" y="10" width="30" height="30" fill="#00ff00"/>
    <rect id="hollow" x="10" y="50" width="30" height="30" fill="none" fill-opacity="0.5"/>
  </g>
  <path id="styled" d="M50 50 L80 50 L80 80 Z" style="fill:#0000ff;fill-opacity:0.4;stroke:#000000;stroke-width:1"/>
  <defs><clipPath id="c"><rect x="0" y="0" width="5" height="5" fill="#000" fill-opacity="0.5" stroke="#000"/></clipPath></defs>
</svg>)svg";
    const QByteArray split = splitTranslucentStrokes(svg);
    EXPECT_EQ(split.count("<rect"), 5) << split.toStdString(); // the translucent rect and its twin, the other three
    EXPECT_EQ(split.count("<path"), 2) << split.toStdString();
    EXPECT_EQ(split.count("id=\"translucent\""), 1) << "ids stay unique";
    EXPECT_TRUE(split.contains(R"(<rect x="10" y="10" width="30" height="30" stroke="#123456" fill="none"/>)"))
        << split.toStdString();
    EXPECT_TRUE(split.contains(R"(style="fill:#0000ff;fill-opacity:0.4")")) << split.toStdString();
    EXPECT_TRUE(split.contains(R"(style="stroke:#000000;stroke-width:1")")) << split.toStdString();
    EXPECT_TRUE(QSvgRenderer(split).isValid());
}

// Every built-in drawing, highlighted the way the views highlight (translucent fills on stroked regions): the
// split paints the same pixels.
TEST(SvgSplit, EveryHighlightedDrawingPaintsTheSamePixels)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    BodyArt art;
    int compared = 0;
    for (const Technique& t : content.techniques()) {
        for (const Display& d : {Display::anatomy(t.views().front()), Display::posed(t.pose)}) {
            const SvgDocument* doc = art.document(d);
            ASSERT_NE(doc, nullptr);
            QHash<QString, QColor> fills;
            for (const QString& id : doc->ids)
                if (id.startsWith(u"region-") || id == u"pose-target")
                    fills.insert(id, QColor(0x0e, 0x9a, 0xa7, 215));
            const QByteArray highlighted = BodyArt::rewrite(doc->bytes, fills, true);
            const QByteArray split = splitTranslucentStrokes(highlighted);
            EXPECT_GT(split.count("fill=\"none\""), highlighted.count("fill=\"none\"")) << d.key().toStdString();
            QImage images[2];
            int i = 0;
            for (const QByteArray& bytes : {highlighted, split}) {
                QSvgRenderer r(bytes);
                images[i] = QImage(300, 600, QImage::Format_ARGB32_Premultiplied);
                images[i].fill(Qt::white);
                QPainter p(&images[i]);
                p.setRenderHint(QPainter::Antialiasing);
                r.render(&p, QRectF(images[i].rect()));
                ++i;
            }
            EXPECT_TRUE(images[0] == images[1]) << d.key().toStdString();
            ++compared;
        }
    }
    EXPECT_GE(compared, 10);
}
