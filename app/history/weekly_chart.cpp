// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/weekly_chart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
constexpr double kLeftAxis = 34;   // room for the y labels
constexpr double kRightPad = 12;
constexpr double kBarFill = 0.62;  // share of a week's slot the bar takes

QColor bandFill()
{
    QColor c = ChartStyle::band();
    c.setAlpha(46);
    return c;
}

void swatch(QPainter& p, const QRectF& r, const QBrush& fill, const QPen& pen)
{
    p.setPen(pen);
    p.setBrush(fill);
    p.drawRect(r);
}
} // namespace

QString weekTickLabel(const QDate& monday)
{
    // Day and abbreviated month in the user's locale, without the year: the range is at most a year.
    return QLocale().toString(monday, QStringLiteral("d MMM"));
}

int labelStride(int count, double labelWidth, double width)
{
    if (count <= 0 || width <= 0)
        return 1;
    const double slot = width / count;
    // The newest label is pulled left when wider than its week so it stays inside the plot; leave room for that.
    const double shift = std::max(0.0, (labelWidth - slot) / 2);
    return std::max(1, int(std::ceil((labelWidth + 8 + shift) / slot)));
}

double weekLabelWidth(const ChartStyle& style)
{
    QFont bold = style.smallFont();
    bold.setBold(true);
    return std::max(QFontMetricsF(style.smallFont()).horizontalAdvance(weekTickLabel(QDate(2024, 9, 30))),
                    QFontMetricsF(bold).horizontalAdvance(WeeklyChart::tr("this week")));
}

int WeeklyChart::yMax() const
{
    int top = m_data.target.max + 1;
    for (const WeekCount& w : m_data.weeks)
        top = std::max(top, w.sessions + 1);
    return top;
}

QRectF WeeklyChart::plotRect(const QRectF& area) const
{
    const QFontMetricsF heading(m_style.headingFont());
    const QFontMetricsF small(m_style.smallFont());
    const double top = heading.height() + small.height() + 22;
    const double bottom = small.height() * 2 + 12; // tick labels and the axis title
    return area.adjusted(kLeftAxis, top, -kRightPad, -bottom);
}

double WeeklyChart::yFor(double value, const QRectF& plot) const
{
    return plot.bottom() - plot.height() * value / yMax();
}

double WeeklyChart::slotWidth(const QRectF& plot) const
{
    return m_data.weeks.empty() ? plot.width() : plot.width() / double(m_data.weeks.size());
}

QRectF WeeklyChart::barRect(int week, const QRectF& area) const
{
    if (week < 0 || week >= int(m_data.weeks.size()))
        return {};
    const QRectF plot = plotRect(area);
    const double slot = slotWidth(plot);
    const double width = std::min(slot * kBarFill, 56.0);
    const double x = plot.left() + slot * week + (slot - width) / 2;
    const double top = yFor(m_data.weeks[size_t(week)].sessions, plot);
    return QRectF(x, top, width, plot.bottom() - top);
}

QRectF WeeklyChart::targetBand(const QRectF& area) const
{
    const QRectF plot = plotRect(area);
    const double top = yFor(m_data.target.max, plot);
    return QRectF(plot.left(), top, plot.width(), yFor(m_data.target.min, plot) - top);
}

void WeeklyChart::paint(QPainter& p, const QRectF& area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintTitle(p, area);
    const QRectF plot = plotRect(area);
    const QRectF band = targetBand(area);
    p.fillRect(band, bandFill());
    paintAxes(p, plot);
    paintBars(p, area);
    // The band's edges go over the bars: where a bar crosses 3 or 5 stays readable.
    QPen edge(ChartStyle::band().darker(115), 1.4, Qt::DashLine);
    p.setPen(edge);
    p.drawLine(QPointF(plot.left(), band.top()), QPointF(plot.right(), band.top()));
    p.drawLine(QPointF(plot.left(), band.bottom()), QPointF(plot.right(), band.bottom()));
    p.restore();
}

void WeeklyChart::paintTitle(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF heading(m_style.headingFont());
    const QFontMetricsF small(m_style.smallFont());
    p.setFont(m_style.headingFont());
    p.setPen(m_style.text);
    p.drawText(QPointF(area.left(), area.top() + heading.ascent()), tr("Sessions per week"));
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    const double subY = area.top() + heading.height() + 4 + small.ascent();
    p.drawText(QPointF(area.left(), subY),
               tr("The advice is %1–%2 sessions a week: regular rolling works better than occasional long sessions.")
                   .arg(m_data.target.min)
                   .arg(m_data.target.max));

    // Legend, right-aligned on the heading line.
    struct Entry {
        QString text;
        QBrush fill;
        QPen pen;
        bool hatched = false; // like the bar of the week in progress
    };
    QBrush hatch(QColor(255, 255, 255, 150), Qt::BDiagPattern);
    const std::vector<Entry> entries{
        {tr("%1 or more").arg(m_data.target.min), ChartStyle::barMet(), Qt::NoPen, false},
        {tr("fewer"), ChartStyle::barBelow(), Qt::NoPen, false},
        {tr("this week so far"), ChartStyle::barBelow(), QPen(m_style.axis, 1, Qt::DashLine), true},
        {tr("target %1–%2").arg(m_data.target.min).arg(m_data.target.max), bandFill(),
         QPen(ChartStyle::band().darker(115), 1, Qt::DashLine), false},
    };
    const double box = small.height() * 0.8;
    double x = area.right() - kRightPad;
    const double y = area.top() + (heading.height() - box) / 2;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const double textWidth = small.horizontalAdvance(it->text);
        x -= textWidth;
        p.setPen(m_style.mutedText);
        p.drawText(QPointF(x, y + box / 2 + small.ascent() / 2 - 1), it->text);
        x -= box + 6;
        const QRectF r(x, y, box, box);
        swatch(p, r, it->fill, it->pen);
        if (it->hatched)
            swatch(p, r, hatch, Qt::NoPen);
        x -= 16;
    }
}

void WeeklyChart::paintAxes(QPainter& p, const QRectF& plot) const
{
    const QFontMetricsF small(m_style.smallFont());
    p.setFont(m_style.smallFont());
    const int top = yMax();
    const int step = top <= 8 ? 1 : top <= 16 ? 2 : 5;
    for (int v = 0; v <= top; v += step) {
        const double y = yFor(v, plot);
        p.setPen(QPen(v == 0 ? m_style.axis : m_style.grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(m_style.mutedText);
        p.drawText(QRectF(plot.left() - kLeftAxis, y - small.height() / 2, kLeftAxis - 8, small.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    const int n = int(m_data.weeks.size());
    const double slot = slotWidth(plot);
    const int stride = labelStride(n, weekLabelWidth(m_style), plot.width());
    for (int i = 0; i < n; ++i) {
        // Label from the newest week backwards, so "this week" always has its label.
        if ((n - 1 - i) % stride != 0)
            continue;
        const WeekCount& w = m_data.weeks[size_t(i)];
        const double width = slot * stride;
        const QRectF cell(std::min(plot.left() + slot * i + slot / 2 - width / 2, plot.right() + 2 - width),
                          plot.bottom() + 4, width, small.height());
        p.setPen(w.current ? m_style.text : m_style.mutedText);
        QFont f = m_style.smallFont();
        f.setBold(w.current);
        p.setFont(f);
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, w.current ? tr("this week") : weekTickLabel(w.monday));
    }
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    p.drawText(QRectF(plot.left(), plot.bottom() + 6 + small.height(), plot.width(), small.height()),
               Qt::AlignHCenter | Qt::AlignTop, tr("Week starting (Monday)"));
}

void WeeklyChart::paintBars(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF small(m_style.smallFont());
    QFont countFont = m_style.smallFont();
    countFont.setBold(true);
    p.setFont(countFont);
    for (int i = 0; i < int(m_data.weeks.size()); ++i) {
        const WeekCount& w = m_data.weeks[size_t(i)];
        const QRectF bar = barRect(i, area);
        const bool met = w.sessions >= m_data.target.min;
        if (w.sessions > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(met ? ChartStyle::barMet() : ChartStyle::barBelow());
            p.drawRoundedRect(bar.adjusted(0, 0, 0, 3), 3, 3); // rounded top, square foot (hidden below the axis)
            if (w.current) {
                p.setBrush(QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
                p.drawRect(bar);
                p.setPen(QPen(m_style.axis, 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(bar);
            }
        }
        if (bar.width() >= small.horizontalAdvance(QStringLiteral("10"))) {
            p.setPen(w.sessions > 0 ? m_style.text : m_style.mutedText);
            p.drawText(QRectF(bar.left() - 10, bar.top() - small.height() - 2, bar.width() + 20, small.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, QString::number(w.sessions));
        }
    }
}

} // namespace rollwise
