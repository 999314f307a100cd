// SPDX-License-Identifier: GPL-3.0-or-later
// The progress page rendered offscreen and checked by sampling pixels: bars where the counts say, in the
// "met" or "below" colour, the 3-5 target band behind them, trend markers where the ratings are; plus the
// empty state, the muscle-group filter and CSV export from the view.
//
// With ROLLWISE_SCREENSHOT_DIR set, also writes progress.png there (docs/screenshots).
#include "history_fixtures.h"

#include "app/history/progress_painter.h"
#include "app/history/progress_view.h"
#include "app/history/safety_stop_list.h"
#include "core/history/history_csv.h"
#include "core/history/history_store.h"

#include <QComboBox>
#include <QLabel>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;
using namespace rollwise::test;

namespace {
const QDate kToday(2025, 1, 16); // a Thursday; twelve weeks back crosses New Year
const QTimeZone kUtc = QTimeZone::utc();
const QSize kSize(1000, 780);

// Sessions per week, oldest first, ending with this week (2 so far).
const std::vector<int> kPerWeek{2, 3, 4, 3, 1, 0, 4, 5, 3, 4, 3, 2};

std::vector<SessionRecord> sampleHistory()
{
    const QStringList groups{QStringLiteral("glutes-piriformis"), QStringLiteral("hip-flexors"),
                             QStringLiteral("hamstrings"), QStringLiteral("thoracic-spine"),
                             QStringLiteral("latissimus-dorsi")};
    const QDate firstMonday = kToday.addDays(1 - kToday.dayOfWeek()).addDays(-7 * qint64(kPerWeek.size() - 1));
    std::vector<SessionRecord> out;
    int n = 0;
    for (size_t w = 0; w < kPerWeek.size(); ++w) {
        static const int kDays[] = {0, 2, 4, 5, 6};
        for (int i = 0; i < kPerWeek[w]; ++i) {
            const QDate day = firstMonday.addDays(7 * qint64(w) + kDays[i]);
            SessionRecord s = session(QDateTime(day, QTime(18, 15), kUtc));
            // Tenderness easing over the weeks, each group from its own starting point, with some wobble.
            for (int g = 0; g < groups.size(); ++g) {
                const double base = 7.4 - g * 0.8 - 0.11 * n + ((n * 7 + g * 3) % 5 - 2) * 0.25;
                const int before = std::clamp(int(std::lround(base)), 1, 10);
                const int relief = 1 + (n + g) % 4 / 2 + (before > 5);
                s.setTenderness(groups[g], before, std::max(0, before - relief));
            }
            out.push_back(std::move(s));
            ++n;
        }
    }
    out.push_back(session(QDateTime(kToday, QTime(6, 0), kUtc), SessionOutcome::Stopped, false)); // not counted
    return out;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    return p;
}

QImage render(const ProgressPainter& painter)
{
    QImage img(kSize, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::magenta);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(kSize)));
    return img;
}

bool near(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

bool isBandTint(QColor c)
{
    return c.green() > c.red() + 15 && c.green() > c.blue() && c.red() < 240;
}

bool isWhite(QColor c)
{
    return c.red() > 245 && c.green() > 245 && c.blue() > 245;
}

QColor at(const QImage& img, QPointF p)
{
    return img.pixelColor(int(p.x()), int(p.y()));
}
} // namespace

TEST(ProgressPainter, BarsFollowTheWeeklyCountsOverTheTargetBand)
{
    const ProgressData data = ProgressData::compute(sampleHistory(), ContentLibrary::builtIn(), kToday, 12, kUtc);
    ProgressPainter painter(data, ChartStyle::fromPalette(lightPalette(), QFont()));
    const QImage img = render(painter);
    const auto layout = painter.layout(QRectF(QPointF(0, 0), QSizeF(kSize)));
    const WeeklyChart chart = painter.weeklyChart();
    const QRectF plot = chart.plotRect(layout.weekly);
    const QRectF band = chart.targetBand(layout.weekly);
    const double slot = plot.width() / 12;
    ASSERT_EQ(chart.yMax(), 6);

    for (int w = 0; w < 12; ++w) {
        const QRectF bar = chart.barRect(w, layout.weekly);
        EXPECT_NEAR(bar.height(), plot.height() * kPerWeek[size_t(w)] / 6.0, 0.01) << w;
        if (kPerWeek[size_t(w)] == 0) {
            EXPECT_TRUE(isBandTint(at(img, QPointF(bar.center().x(), band.center().y())))) << "empty week " << w;
            continue;
        }
        const QColor c = at(img, QPointF(bar.center().x(), bar.bottom() - 6));
        if (w == 11) // this week: hatched over the "below" colour, still clearly blue
            EXPECT_TRUE(c.blue() > c.red() + 40) << c.name().toStdString();
        else if (kPerWeek[size_t(w)] >= 3)
            EXPECT_TRUE(near(c, ChartStyle::barMet())) << w << " " << c.name().toStdString();
        else
            EXPECT_TRUE(near(c, ChartStyle::barBelow())) << w << " " << c.name().toStdString();
        // Nothing above the bar but the panel (and perhaps the band).
        const QColor above = at(img, QPointF(bar.center().x(), bar.top() - 25));
        EXPECT_FALSE(near(above, ChartStyle::barMet()) || near(above, ChartStyle::barBelow())) << w;
    }
    // The band spans 3 to 5 sessions between the bars, and only there.
    const double gap = plot.left() + slot * 3; // between weeks 2 and 3
    EXPECT_NEAR(band.top(), plot.bottom() - plot.height() * 5 / 6, 0.01);
    EXPECT_NEAR(band.bottom(), plot.bottom() - plot.height() * 3 / 6, 0.01);
    EXPECT_TRUE(isBandTint(at(img, QPointF(gap, plot.bottom() - plot.height() * 4 / 6))));
    EXPECT_TRUE(isWhite(at(img, QPointF(gap, plot.bottom() - plot.height() * 5.6 / 6))));
    EXPECT_TRUE(isWhite(at(img, QPointF(gap, plot.bottom() - plot.height() * 1.5 / 6))));
    // The whole canvas is painted: no test-background magenta left anywhere.
    EXPECT_EQ(img.pixelColor(0, 0), lightPalette().color(QPalette::Window));
    EXPECT_EQ(img.pixelColor(kSize.width() - 1, kSize.height() - 1), lightPalette().color(QPalette::Window));
}

TEST(ProgressPainter, TrendMarkersSitWhereTheRatingsAre)
{
    const auto sessions = sampleHistory();
    const ProgressData data = ProgressData::compute(sessions, ContentLibrary::builtIn(), kToday, 12, kUtc);
    ASSERT_EQ(data.trends.size(), 5u);
    ProgressPainter painter(data, ChartStyle::fromPalette(lightPalette(), QFont()));
    painter.setVisibleGroups({QStringLiteral("hamstrings")}); // one series, so markers do not overlap
    const QImage img = render(painter);
    const auto layout = painter.layout(QRectF(QPointF(0, 0), QSizeF(kSize)));
    const TrendChart chart = painter.trendChart();
    ASSERT_EQ(chart.visibleSeries().size(), 1u);
    const TrendSeries& hams = *chart.visibleSeries()[0];
    EXPECT_EQ(hams.name, QStringLiteral("Hamstrings"));
    const QColor color = ChartStyle::seriesColor(hams.styleIndex);
    ASSERT_EQ(hams.points.size(), 34u); // every counted session in the window rated the hamstrings
    for (const TendernessPoint& pt : hams.points) {
        const QPointF after = chart.position(0, pt, *pt.after, layout.trend);
        EXPECT_TRUE(near(at(img, after), color, 20)) << pt.date.toString(Qt::ISODate).toStdString();
        EXPECT_TRUE(chart.panelPlot(0, layout.trend).contains(after));
    }
    // One group fills the chart, its weeks under the weekly chart's bars.
    const QRectF plot = chart.panelPlot(0, layout.trend);
    const QRectF weeklyPlot = painter.weeklyChart().plotRect(layout.weekly);
    EXPECT_NEAR(plot.left(), weeklyPlot.left(), 0.01);
    EXPECT_NEAR(plot.right(), weeklyPlot.right(), 0.01);
}

TEST(ProgressPainter, SeveralGroupsGetOnePanelEachOnTheSameScale)
{
    const ProgressData data = ProgressData::compute(sampleHistory(), ContentLibrary::builtIn(), kToday, 12, kUtc);
    ProgressPainter painter(data, ChartStyle::fromPalette(lightPalette(), QFont()));
    const QImage img = render(painter);
    const auto layout = painter.layout(QRectF(QPointF(0, 0), QSizeF(kSize)));
    const TrendChart chart = painter.trendChart();
    const auto series = chart.visibleSeries();
    ASSERT_EQ(series.size(), 5u);
    for (int i = 0; i < 5; ++i) {
        const QRectF plot = chart.panelPlot(i, layout.trend);
        EXPECT_GT(plot.width(), 120) << i;
        EXPECT_GT(plot.height(), 120) << i;
        EXPECT_NEAR(plot.height(), chart.panelPlot(0, layout.trend).height(), 0.01);
        if (i > 0) {
            EXPECT_GT(plot.left(), chart.panelPlot(i - 1, layout.trend).right()) << "panels overlap";
        }
        // The latest "after" rating of each group, in its colour, inside its own panel.
        const TendernessPoint& last = series[size_t(i)]->points.back();
        const QPointF p = chart.position(i, last, *last.after, layout.trend);
        EXPECT_TRUE(plot.contains(p));
        EXPECT_TRUE(near(at(img, p), ChartStyle::seriesColor(series[size_t(i)]->styleIndex), 20))
            << series[size_t(i)]->groupId.toStdString() << " " << at(img, p).name().toStdString();
    }
}

TEST(ProgressPainter, EmptyHistoryShowsAMessageInsteadOfCharts)
{
    const ProgressData data = ProgressData::compute({}, ContentLibrary::builtIn(), kToday, 12, kUtc);
    EXPECT_TRUE(data.empty());
    EXPECT_EQ(data.summary(), QStringLiteral("No sessions recorded yet."));
    ProgressPainter painter(data, ChartStyle::fromPalette(lightPalette(), QFont()));
    const QImage img = render(painter);
    int blue = 0;
    int dark = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) {
            const QColor c = img.pixelColor(x, y);
            blue += near(c, ChartStyle::barMet()) || near(c, ChartStyle::barBelow());
            dark += c.lightness() < 90;
        }
    EXPECT_EQ(blue, 0);
    EXPECT_GT(dark, 50); // the "No sessions yet" text
}

TEST(ProgressView, ShowsTheStoreFiltersGroupsAndExportsCsv)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.load();
    for (const SessionRecord& s : sampleHistory())
        ASSERT_EQ(store.append(s), QString());

    ProgressView view(store, ContentLibrary::builtIn());
    view.setTimeZone(kUtc);
    view.setToday(kToday);
    view.resize(1100, 840);
    view.show();
    QApplication::processEvents();

    EXPECT_TRUE(view.exportButton()->isEnabled());
    const ProgressData& d = view.painter().data();
    EXPECT_EQ(d.currentWeek()->sessions, 2);
    EXPECT_EQ(d.totalSessions, 34);
    EXPECT_EQ(d.recordedSessions, 35);
    EXPECT_EQ(d.streak, 5); // weeks 6-10 met the target; this week (2 so far) neither adds nor breaks
    EXPECT_TRUE(view.canvas()->accessibleDescription().contains(QStringLiteral("Streak: 5 weeks at target.")));

    QComboBox* groups = view.groupFilter();
    ASSERT_EQ(groups->count(), 6);
    EXPECT_EQ(groups->itemText(0), QStringLiteral("All muscle groups"));
    EXPECT_EQ(view.painter().trendChart().visibleSeries().size(), 5u);
    groups->setCurrentIndex(3);
    EXPECT_EQ(groups->currentData().toString(), QStringLiteral("hamstrings"));
    ASSERT_EQ(view.painter().trendChart().visibleSeries().size(), 1u);
    view.refresh(); // a refresh (a new session) keeps the user's choice
    EXPECT_EQ(groups->currentData().toString(), QStringLiteral("hamstrings"));
    groups->setCurrentIndex(0);

    // What is on screen is the painter's drawing: a bar of a week at target shows in the grabbed widget.
    const QImage shot = view.canvas()->grab().toImage();
    const auto layout = view.painter().layout(QRectF(view.canvas()->rect()));
    const QRectF bar = view.painter().weeklyChart().barRect(7, layout.weekly);
    const qreal dpr = shot.devicePixelRatio();
    EXPECT_TRUE(near(shot.pixelColor(int(bar.center().x() * dpr), int((bar.bottom() - 6) * dpr)), ChartStyle::barMet()));

    if (const QString out = qEnvironmentVariable("ROLLWISE_SCREENSHOT_DIR"); !out.isEmpty()) {
        ASSERT_TRUE(view.grab().save(QDir(out).filePath(QStringLiteral("progress.png"))));
    }

    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    EXPECT_EQ(view.exportCsvTo(csv), QString());
    EXPECT_EQ(readAll(csv), historyToCsv(store.sessions(), kUtc));
    EXPECT_EQ(view.statusText(), QStringLiteral("Exported 35 sessions to %1").arg(QDir::toNativeSeparators(csv)));

}

TEST(ProgressView, EmptyStoreDisablesExport)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.load();
    ProgressView view(store, ContentLibrary::builtIn());
    EXPECT_FALSE(view.exportButton()->isEnabled());
    EXPECT_TRUE(view.painter().data().empty());
    EXPECT_EQ(view.groupFilter()->count(), 1);
    EXPECT_FALSE(view.groupFilter()->isEnabled());
}

TEST(ProgressView, PeriodChoiceChangesTheWeeksShown)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.load();
    ASSERT_EQ(store.append(session(utc(2025, 1, 14))), QString());
    ProgressView view(store, ContentLibrary::builtIn());
    view.setToday(kToday);
    auto* range = view.findChild<QComboBox*>(QStringLiteral("weeksFilter"));
    ASSERT_NE(range, nullptr);
    range->setCurrentIndex(range->findData(26));
    EXPECT_EQ(view.weeks(), 26);
    EXPECT_EQ(view.painter().data().weeks.size(), 26u);
    EXPECT_EQ(view.painter().data().weeks.front().monday, QDate(2024, 7, 22));
}

TEST(ProgressView, SafetyStopsAreListedWithReasonAndAdviceAndNeverCountAsProgress)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.load();
    ASSERT_EQ(store.append(session(utc(2025, 1, 13))), QString());
    ASSERT_EQ(store.append(session(utc(2025, 1, 14), SessionOutcome::Stopped, false)), QString());
    // One exercise done, then STOP during the second: before this rule it counted as a session at target.
    SessionRecord stop = session(utc(2025, 1, 15), SessionOutcome::SafetyStop, false);
    stop.exercises[0].started = stop.exercises[0].completed = true;
    stop.exercises[1].started = true;
    stop.stopReason = SessionRecord::kStopButton;
    ASSERT_EQ(store.append(stop), QString());

    ProgressView view(store, ContentLibrary::builtIn());
    view.setTimeZone(kUtc);
    view.setToday(kToday);
    view.resize(1100, 840);
    view.show();
    QApplication::processEvents();

    EXPECT_EQ(view.painter().data().currentWeek()->sessions, 1);
    auto* outcomes = view.findChild<QLabel*>(QStringLiteral("outcomeCounts"));
    ASSERT_NE(outcomes, nullptr);
    EXPECT_EQ(outcomes->text(), QStringLiteral("Completed: 1 · Ended early: 1 · Safety stops: 1"));
    EXPECT_TRUE(outcomes->isVisible());

    auto* stops = view.findChild<SafetyStopList*>(QStringLiteral("safetyStops"));
    ASSERT_NE(stops, nullptr);
    EXPECT_TRUE(stops->isVisible());
    const QStringList lines = stops->lines();
    ASSERT_EQ(lines.size(), 1);
    const ContentLibrary& content = ContentLibrary::builtIn();
    const QString during = content.technique(stop.exercises[1].techniqueId)->name;
    EXPECT_TRUE(lines[0].contains(QStringLiteral("during ") + during)) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Reason: the STOP button (sharp, radiating pain, numbness or tingling)")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("Advice given: ") + content.stopAdvice())) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(stop.routineTitle));
}

TEST(ProgressView, NoSafetyStopsMeansNoStopList)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.load();
    ASSERT_EQ(store.append(session(utc(2025, 1, 13))), QString());
    ProgressView view(store, ContentLibrary::builtIn());
    view.setToday(kToday);
    view.show();
    QApplication::processEvents();
    auto* stops = view.findChild<SafetyStopList*>(QStringLiteral("safetyStops"));
    ASSERT_NE(stops, nullptr);
    EXPECT_FALSE(stops->isVisible());
    EXPECT_TRUE(stops->lines().isEmpty());
}
