// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/trend_chart.h"

#include "app/history/weekly_chart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
// The single-group chart uses the weekly chart's margins, so a week's points sit under that week's bar.
constexpr double kLeftAxis = 34;
constexpr double kRightPad = 12;
constexpr double kPanelLeft = 26; // small multiples: room for "10"
constexpr double kPanelGap = 14;
constexpr double kMinPanelWidth = 170;
constexpr double kSample = 30; // legend line sample

struct LegendItem {
    QString text;
    QColor color;
    MarkerShape marker = MarkerShape::Circle;
    bool filled = true;
    bool dashed = false;
};

// Legend entries laid out left to right, wrapping onto new rows; returns each item's box.
std::vector<QRectF> flow(const std::vector<LegendItem>& items, const QFontMetricsF& fm, const QRectF& area)
{
    std::vector<QRectF> boxes;
    double x = area.left();
    double y = area.top();
    const double h = fm.height() + 4;
    for (const LegendItem& it : items) {
        const double w = kSample + 6 + fm.horizontalAdvance(it.text);
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += h;
        }
        boxes.emplace_back(x, y, w, h);
        x += w + 20;
    }
    return boxes;
}

// With one group the legend names it; with panels their titles do, and the legend explains the line styles.
std::vector<LegendItem> legendItems(const std::vector<const TrendSeries*>& series, const ChartStyle& style)
{
    std::vector<LegendItem> items;
    if (series.empty())
        return items;
    if (series.size() == 1) {
        const TrendSeries* s = series.front();
        items.push_back({s->name, ChartStyle::seriesColor(s->styleIndex), ChartStyle::seriesMarker(s->styleIndex)});
    }
    items.push_back({TrendChart::tr("after the session"), style.text, MarkerShape::Circle, true, false});
    items.push_back({TrendChart::tr("before the session"), style.text, MarkerShape::Circle, false, true});
    return items;
}
} // namespace

std::vector<const TrendSeries*> TrendChart::visibleSeries() const
{
    std::vector<const TrendSeries*> out;
    for (const TrendSeries& s : m_data.trends)
        if (m_visible.isEmpty() || m_visible.contains(s.groupId))
            out.push_back(&s);
    return out;
}

QRectF TrendChart::legendRect(const QRectF& area) const
{
    const QFontMetricsF heading(m_style.headingFont());
    const QFontMetricsF small(m_style.smallFont());
    const QRectF band(area.left() + kLeftAxis, area.top() + heading.height() + small.height() + 14,
                      area.width() - kLeftAxis - kRightPad, 1e6);
    const auto boxes = flow(legendItems(visibleSeries(), m_style), small, band);
    return QRectF(band.left(), band.top(), band.width(), boxes.empty() ? 0 : boxes.back().bottom() - band.top());
}

QRectF TrendChart::chartRect(const QRectF& area) const
{
    const QFontMetricsF small(m_style.smallFont());
    const double top = legendRect(area).bottom() + 10;
    return QRectF(QPointF(area.left(), top), QPointF(area.right(), area.bottom() - small.height() - 6));
}

QRectF TrendChart::panelCell(int n, const QRectF& area) const
{
    const QRectF chart = chartRect(area);
    const int count = std::max(1, int(visibleSeries().size()));
    // As many columns as fit at a readable width; further panels wrap onto more rows.
    const int columns = std::clamp(int((chart.width() + kPanelGap) / (kMinPanelWidth + kPanelGap)), 1, count);
    const int rows = (count + columns - 1) / columns;
    const double w = (chart.width() - kPanelGap * (columns - 1)) / columns;
    const double h = (chart.height() - kPanelGap * (rows - 1)) / rows;
    return QRectF(chart.left() + (n % columns) * (w + kPanelGap), chart.top() + (n / columns) * (h + kPanelGap), w, h);
}

QRectF TrendChart::panelPlot(int n, const QRectF& area) const
{
    const QFontMetricsF small(m_style.smallFont());
    const QRectF cell = panelCell(n, area);
    const double ticks = small.height() + 6;
    if (!multiples())
        return cell.adjusted(kLeftAxis, small.height() / 2, -kRightPad, -ticks);
    return cell.adjusted(kPanelLeft, small.height() + 10, -4, -ticks);
}

double TrendChart::xFor(const QDate& date, const QRectF& plot) const
{
    const double days = std::max<qint64>(1, m_data.trendFrom.daysTo(m_data.trendTo) + 1);
    return plot.left() + plot.width() * (double(m_data.trendFrom.daysTo(date)) + 0.5) / days;
}

double TrendChart::yFor(double rating, const QRectF& plot) const
{
    return plot.bottom() - plot.height() * rating / TendernessLimits::kMax;
}

QPointF TrendChart::position(int n, const TendernessPoint& point, double rating, const QRectF& area) const
{
    const QRectF plot = panelPlot(n, area);
    return {xFor(point.date, plot), yFor(rating, plot)};
}

void TrendChart::paint(QPainter& p, const QRectF& area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintTitle(p, area);
    const auto series = visibleSeries();
    if (series.empty()) {
        const QRectF plot = panelPlot(0, area);
        paintAxes(p, plot, true);
        paintNoRatings(p, plot);
    }
    const double firstColumn = series.empty() ? 0 : panelCell(0, area).left();
    for (int i = 0; i < int(series.size()); ++i) {
        const QRectF plot = panelPlot(i, area);
        if (multiples())
            paintPanelTitle(p, panelCell(i, area), *series[size_t(i)]);
        paintAxes(p, plot, panelCell(i, area).left() == firstColumn);
        p.save();
        p.setClipRect(plot.adjusted(-6, -6, 6, 6));
        paintSeries(p, plot, *series[size_t(i)]);
        p.restore();
    }
    paintLegend(p, legendRect(area));
    const QFontMetricsF small(m_style.smallFont());
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    p.drawText(QRectF(area.left(), area.bottom() - small.height(), area.width(), small.height()), Qt::AlignCenter,
               tr("Session date"));
    p.restore();
}

void TrendChart::paintTitle(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF heading(m_style.headingFont());
    const QFontMetricsF small(m_style.smallFont());
    p.setFont(m_style.headingFont());
    p.setPen(m_style.text);
    p.drawText(QPointF(area.left(), area.top() + heading.ascent()), tr("Tenderness by muscle group"));
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    p.drawText(QPointF(area.left(), area.top() + heading.height() + 4 + small.ascent()),
               tr("0 = not tender, 10 = as tender as it gets; rated at the end of a session."));
}

void TrendChart::paintPanelTitle(QPainter& p, const QRectF& cell, const TrendSeries& s) const
{
    const QFontMetricsF small(m_style.smallFont());
    const QColor color = ChartStyle::seriesColor(s.styleIndex);
    const double cy = cell.top() + small.height() / 2 + 1;
    drawMarker(p, QPointF(cell.left() + kPanelLeft / 2 + 2, cy), ChartStyle::seriesMarker(s.styleIndex), color, 9,
               true, m_style.panel);
    QFont f = m_style.smallFont();
    f.setBold(true);
    p.setFont(f);
    p.setPen(m_style.text);
    const QRectF text(cell.left() + kPanelLeft, cell.top(), cell.width() - kPanelLeft, small.height() + 2);
    // "Hip flexors (psoas and iliacus)" reads better as "Hip flexors" than as "Hip flexors (psoas and ili…".
    const QFontMetricsF fm(f);
    QString name = s.name;
    if (fm.horizontalAdvance(name) > text.width() && name.contains(QStringLiteral(" (")))
        name = name.left(name.indexOf(QStringLiteral(" (")));
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, text.width()));
}

void TrendChart::paintAxes(QPainter& p, const QRectF& plot, bool yLabels) const
{
    const QFontMetricsF small(m_style.smallFont());
    p.setFont(m_style.smallFont());
    const double labelWidth = multiples() ? kPanelLeft : kLeftAxis;
    for (int v = 0; v <= TendernessLimits::kMax; v += 2) {
        const double y = yFor(v, plot);
        p.setPen(QPen(v == 0 ? m_style.axis : m_style.grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        if (!yLabels)
            continue;
        p.setPen(m_style.mutedText);
        p.drawText(QRectF(plot.left() - labelWidth, y - small.height() / 2, labelWidth - 6, small.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    // Week boundaries as faint verticals; labels centred on each week, newest first so "this week" has one.
    const int weeks = int(m_data.weeks.size());
    const double slot = weeks > 0 ? plot.width() / weeks : plot.width();
    const int stride = labelStride(weeks, weekLabelWidth(m_style), plot.width());
    for (int i = 0; i < weeks; ++i) {
        const double x = plot.left() + slot * i;
        const bool labelled = (weeks - 1 - i) % stride == 0;
        // Narrow panels get a vertical only where there is a label; a line every week would be noise.
        if (i > 0 && (labelled || !multiples())) {
            p.setPen(QPen(m_style.grid, 1));
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
        if (!labelled)
            continue;
        const WeekCount& w = m_data.weeks[size_t(i)];
        QFont f = m_style.smallFont();
        f.setBold(w.current);
        p.setFont(f);
        p.setPen(w.current ? m_style.text : m_style.mutedText);
        const QString label = w.current ? WeeklyChart::tr("this week") : weekTickLabel(w.monday);
        const double width = std::max(slot * stride, QFontMetricsF(f).horizontalAdvance(label) + 4);
        // Centred on its week, but never past the plot's right edge (the newest label is the widest).
        const double left = std::min(x + slot / 2 - width / 2, plot.right() + 2 - width);
        p.drawText(QRectF(left, plot.bottom() + 4, width, small.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

void TrendChart::paintSeries(QPainter& p, const QRectF& plot, const TrendSeries& s) const
{
    const QColor color = ChartStyle::seriesColor(s.styleIndex);
    const MarkerShape marker = ChartStyle::seriesMarker(s.styleIndex);
    const double markerSize = multiples() ? 7 : 9;
    auto line = [&](bool after) {
        QPainterPath path;
        bool open = false;
        for (const TendernessPoint& pt : s.points) {
            const auto v = after ? pt.after : pt.before;
            if (!v)
                continue; // a gap in the ratings: the line joins the ratings either side
            const QPointF at(xFor(pt.date, plot), yFor(*v, plot));
            if (open)
                path.lineTo(at);
            else
                path.moveTo(at);
            open = true;
        }
        QColor c = color;
        if (!after)
            c.setAlphaF(0.8);
        p.setPen(QPen(c, after ? 2.2 : 1.4, after ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    line(false);
    line(true);
    for (const TendernessPoint& pt : s.points)
        if (pt.before)
            drawMarker(p, QPointF(xFor(pt.date, plot), yFor(*pt.before, plot)), marker, color, markerSize, false,
                       m_style.panel);
    // Filled markers last: "after" is the headline and must not be hidden under a neighbour's hollow one.
    for (const TendernessPoint& pt : s.points)
        if (pt.after)
            drawMarker(p, QPointF(xFor(pt.date, plot), yFor(*pt.after, plot)), marker, color, markerSize, true,
                       m_style.panel);
}

void TrendChart::paintLegend(QPainter& p, const QRectF& legend) const
{
    const QFontMetricsF small(m_style.smallFont());
    const auto items = legendItems(visibleSeries(), m_style);
    const auto boxes = flow(items, small, QRectF(legend.left(), legend.top(), legend.width(), 1e6));
    p.setFont(m_style.smallFont());
    for (size_t i = 0; i < items.size(); ++i) {
        const LegendItem& it = items[i];
        const QRectF& b = boxes[i];
        const double cy = b.center().y();
        p.setPen(QPen(it.color, it.dashed ? 1.4 : 2.2, it.dashed ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(b.left(), cy), QPointF(b.left() + kSample, cy));
        drawMarker(p, QPointF(b.left() + kSample / 2, cy), it.marker, it.color, 9, it.filled, m_style.panel);
        p.setPen(m_style.text);
        p.drawText(QRectF(b.left() + kSample + 6, b.top(), b.width() - kSample - 6, b.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, it.text);
    }
}

void TrendChart::paintNoRatings(QPainter& p, const QRectF& plot) const
{
    p.setFont(m_style.font);
    p.setPen(m_style.mutedText);
    p.drawText(plot.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("No tenderness ratings in these weeks yet. After a session Rollwise asks how tender each muscle "
                  "group felt; your answers appear here."));
}

} // namespace rollwise
