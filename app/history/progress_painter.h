// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The whole progress page as one drawing: summary tiles (this week, streak, weekly average, all time), the
// sessions-per-week chart and the tenderness trend, or a friendly empty state before the first session.
// Paints to any QPainter: the widget, tests rendering into a QImage, and the documentation screenshot.

#include "app/history/chart_style.h"
#include "app/history/progress_data.h"
#include "app/history/trend_chart.h"
#include "app/history/weekly_chart.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace rollwise {

class ProgressPainter {
    Q_DECLARE_TR_FUNCTIONS(ProgressPainter)

public:
    ProgressPainter(ProgressData data, ChartStyle style) : m_data(std::move(data)), m_style(std::move(style)) {}

    void setData(ProgressData data) { m_data = std::move(data); }
    const ProgressData& data() const { return m_data; }
    void setStyle(ChartStyle style) { m_style = std::move(style); }
    const ChartStyle& style() const { return m_style; }
    // Muscle groups drawn on the trend chart; empty: all of them.
    void setVisibleGroups(QStringList ids) { m_visibleGroups = std::move(ids); }
    const QStringList& visibleGroups() const { return m_visibleGroups; }

    struct Layout {
        QRectF tiles;
        QRectF weeklyCard;
        QRectF trendCard;
        QRectF weekly; // inside its card: what WeeklyChart::paint is given (title, legend and plot)
        QRectF trend;
    };
    Layout layout(const QRectF& target) const;
    void paint(QPainter& p, const QRectF& target) const;

    WeeklyChart weeklyChart() const { return WeeklyChart(m_data, m_style); }
    TrendChart trendChart() const { return TrendChart(m_data, m_style, m_visibleGroups); }

    static constexpr double kMargin = 20;

private:
    void paintTiles(QPainter& p, const QRectF& area) const;
    void paintTile(QPainter& p, const QRectF& r, const QString& caption, const QString& figure, const QString& note,
                   const QColor& accent) const;
    void paintEmpty(QPainter& p, const QRectF& target) const;
    void paintCard(QPainter& p, const QRectF& r) const;

    ProgressData m_data;
    ChartStyle m_style;
    QStringList m_visibleGroups;
};

} // namespace rollwise
