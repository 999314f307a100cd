// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/chart_style.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>

namespace rollwise {

namespace {
// Okabe-Ito, without yellow (too faint on white) and black (reserved for text and axes).
const std::array<QColor, 6> kSeries{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9)};
const std::array<MarkerShape, 6> kMarkers{MarkerShape::Circle,  MarkerShape::Square,       MarkerShape::TriangleUp,
                                          MarkerShape::Diamond, MarkerShape::TriangleDown, MarkerShape::Cross};
} // namespace

QColor ChartStyle::seriesColor(int n)
{
    return kSeries[size_t(std::abs(n)) % kSeries.size()];
}

MarkerShape ChartStyle::seriesMarker(int n)
{
    return kMarkers[size_t(std::abs(n)) % kMarkers.size()];
}

QFont ChartStyle::headingFont() const
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 1.25);
    f.setBold(true);
    return f;
}

QFont ChartStyle::smallFont() const
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.85);
    return f;
}

QFont ChartStyle::figureFont() const
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 2.2);
    f.setBold(true);
    return f;
}

ChartStyle ChartStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Window);
    s.panel = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    const bool dark = s.panel.lightnessF() < 0.5;
    s.mutedText = dark ? s.text.darker(140) : QColor(0x55, 0x5b, 0x63);
    s.grid = dark ? QColor(255, 255, 255, 38) : QColor(0, 0, 0, 28);
    s.axis = dark ? QColor(255, 255, 255, 120) : QColor(0, 0, 0, 120);
    s.font = font;
    return s;
}

void drawMarker(QPainter& p, QPointF at, MarkerShape shape, const QColor& color, double size, bool filled,
                const QColor& hollowFill)
{
    const double r = size / 2;
    p.save();
    p.setPen(QPen(color, filled ? 1.0 : 1.8));
    p.setBrush(filled ? QBrush(color) : QBrush(hollowFill));
    switch (shape) {
    case MarkerShape::Circle: p.drawEllipse(at, r, r); break;
    case MarkerShape::Square: p.drawRect(QRectF(at.x() - r * 0.85, at.y() - r * 0.85, r * 1.7, r * 1.7)); break;
    case MarkerShape::TriangleUp:
        p.drawPolygon(QPolygonF({at + QPointF(0, -r * 1.1), at + QPointF(r, r * 0.8), at + QPointF(-r, r * 0.8)}));
        break;
    case MarkerShape::TriangleDown:
        p.drawPolygon(QPolygonF({at + QPointF(0, r * 1.1), at + QPointF(r, -r * 0.8), at + QPointF(-r, -r * 0.8)}));
        break;
    case MarkerShape::Diamond:
        p.drawPolygon(QPolygonF({at + QPointF(0, -r * 1.15), at + QPointF(r, 0), at + QPointF(0, r * 1.15),
                                 at + QPointF(-r, 0)}));
        break;
    case MarkerShape::Cross: {
        // A plus sign with body, so it reads as a marker rather than as two stray lines.
        const double w = r * 0.42;
        QPainterPath plus;
        plus.addRect(QRectF(at.x() - r, at.y() - w, 2 * r, 2 * w));
        plus.addRect(QRectF(at.x() - w, at.y() - r, 2 * w, 2 * r));
        p.drawPath(plus.simplified());
        break;
    }
    }
    p.restore();
}

} // namespace rollwise
