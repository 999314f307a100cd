// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How tender each muscle group felt, session by session, over the weeks the view shows. "After the session"
// is a solid line with filled markers, "before" a dashed line with hollow markers, so the gap between them is
// the relief a session gave. Each group has its own colour and marker shape.
//
// Five groups with two lines each overlap into a tangle, so several groups are drawn as small multiples: one
// panel per group, side by side, all on the same 0-10 scale and the same dates. A single group fills the
// chart, its weeks lined up under the bars of the weekly chart above. Paints to any QPainter.

#include "app/history/chart_style.h"
#include "app/history/progress_data.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace rollwise {

class TrendChart {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    // visibleGroups: group ids to draw; empty draws every group with ratings.
    TrendChart(const ProgressData& data, const ChartStyle& style, QStringList visibleGroups = {})
        : m_data(data), m_style(style), m_visible(std::move(visibleGroups))
    {
    }

    void paint(QPainter& p, const QRectF& area) const;

    std::vector<const TrendSeries*> visibleSeries() const;
    QRectF legendRect(const QRectF& area) const;
    // The plotting area of the n-th visible series' panel (the whole chart when only one is visible).
    QRectF panelPlot(int n, const QRectF& area) const;
    // Where a rating of the n-th visible series is drawn.
    QPointF position(int n, const TendernessPoint& point, double rating, const QRectF& area) const;

private:
    QRectF chartRect(const QRectF& area) const;
    QRectF panelCell(int n, const QRectF& area) const;
    double xFor(const QDate& date, const QRectF& plot) const;
    double yFor(double rating, const QRectF& plot) const;
    bool multiples() const { return visibleSeries().size() > 1; }
    void paintTitle(QPainter& p, const QRectF& area) const;
    void paintAxes(QPainter& p, const QRectF& plot, bool yLabels) const;
    void paintPanelTitle(QPainter& p, const QRectF& cell, const TrendSeries& s) const;
    void paintSeries(QPainter& p, const QRectF& plot, const TrendSeries& s) const;
    void paintLegend(QPainter& p, const QRectF& legend) const;
    void paintNoRatings(QPainter& p, const QRectF& plot) const;

    const ProgressData& m_data;
    const ChartStyle& m_style;
    QStringList m_visible;
};

} // namespace rollwise
