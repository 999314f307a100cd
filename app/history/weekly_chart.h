// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sessions per ISO week as bars over the seed's 3-5 target band. Bars at or above the target's minimum are
// solid blue, bars below it pale blue, and the week in progress is hatched; every bar carries its count, so
// the figure never depends on telling colours apart. Paints to any QPainter.

#include "app/history/chart_style.h"
#include "app/history/progress_data.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace rollwise {

class WeeklyChart {
    Q_DECLARE_TR_FUNCTIONS(WeeklyChart)

public:
    WeeklyChart(const ProgressData& data, const ChartStyle& style) : m_data(data), m_style(style) {}

    // `area` holds the title, the legend and the plot.
    void paint(QPainter& p, const QRectF& area) const;

    // Geometry, for tests and hit testing: the plotting area, one week's bar (empty for 0 sessions) and
    // the target band, all in the coordinates `area` is given in.
    QRectF plotRect(const QRectF& area) const;
    QRectF barRect(int week, const QRectF& area) const;
    QRectF targetBand(const QRectF& area) const;
    int yMax() const;

private:
    double yFor(double value, const QRectF& plot) const;
    double slotWidth(const QRectF& plot) const;
    void paintTitle(QPainter& p, const QRectF& area) const;
    void paintAxes(QPainter& p, const QRectF& plot) const;
    void paintBars(QPainter& p, const QRectF& area) const;

    const ProgressData& m_data;
    const ChartStyle& m_style;
};

// "6 Jan": the short label of a week (its Monday) on the x axes.
QString weekTickLabel(const QDate& monday);
// Show every n-th of `count` labels of `labelWidth` pixels so that they fit in `width` without touching.
int labelStride(int count, double labelWidth, double width);
// The widest week label: a date, or the bold "this week".
double weekLabelWidth(const ChartStyle& style);

} // namespace rollwise
