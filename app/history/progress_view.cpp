// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/progress_view.h"

#include "app/history/safety_stop_list.h"
#include "app/sheet/print_preview.h"
#include "app/window/window_fit.h"

#include "core/content_library.h"
#include "core/history/history_csv.h"
#include "core/history/history_store.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace rollwise {

namespace {
// The drawing surface: all content is painted, so it reads the same on screen, in tests and in docs.
class ProgressCanvas : public QWidget {
public:
    ProgressCanvas(const ProgressPainter& painter, QWidget* parent) : QWidget(parent), m_painter(painter)
    {
        setMinimumSize(640, 560);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        m_painter.paint(p, QRectF(rect()));
    }

private:
    const ProgressPainter& m_painter;
};

constexpr int kWeekChoices[] = {8, 12, 26, 52};
// Printed charts: drawn at the window's default size and this many times as fine (300 dpi across a page).
constexpr QSizeF kPrintedChartSize(1000, 780);
constexpr int kPrintScale = 3;
constexpr int kScreenDotsPerMeter = 3780; // 96 dpi: the fonts keep the proportions they have on screen
} // namespace

ProgressView::ProgressView(const HistoryStore& store, const ContentLibrary& content, QWidget* parent)
    : QWidget(parent), m_store(store), m_content(content), m_painter(ProgressData{}, ChartStyle::fromPalette(palette(), font()))
{
    setWindowTitle(tr("Progress — Rollwise"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(20, 12, 20, 0);
    bar->setSpacing(8);
    auto* title = new QLabel(tr("Your progress"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    bar->addWidget(title);
    bar->addStretch(1);

    auto* showLabel = new QLabel(tr("&Tenderness of:"), this);
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("groupFilter"));
    showLabel->setBuddy(m_groups);
    bar->addWidget(showLabel);
    bar->addWidget(m_groups);
    bar->addSpacing(12);

    auto* rangeLabel = new QLabel(tr("&Period:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("weeksFilter"));
    for (int w : kWeekChoices)
        m_range->addItem(tr("Last %1 weeks").arg(w), w);
    m_range->setCurrentIndex(1);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addSpacing(12);

    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save every recorded session as a spreadsheet file (CSV), one row per exercise."));
    bar->addWidget(m_export);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("progressPrint"));
    print->setToolTip(tr("Print the charts (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    bar->addWidget(print);
    connect(print, &QPushButton::clicked, this, &ProgressView::print);
    addPrintAction(this, [this] { this->print(); });
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_status->setContentsMargins(20, 4, 20, 0);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_canvas = new ProgressCanvas(m_painter, this);
    m_canvas->setObjectName(QStringLiteral("progressChart"));
    m_canvas->setAccessibleName(tr("Progress charts"));
    layout->addWidget(m_canvas, 1);

    // What did not count, said in words: sessions ended early and every safety stop with its advice.
    m_outcomes = new QLabel(this);
    m_outcomes->setObjectName(QStringLiteral("outcomeCounts"));
    m_outcomes->setContentsMargins(20, 4, 20, 4);
    m_outcomes->setTextFormat(Qt::PlainText);
    m_outcomes->setToolTip(tr("Only sessions rolled to the end count towards the weekly target."));
    layout->addWidget(m_outcomes);
    m_stops = new SafetyStopList(m_content, this);
    layout->addWidget(m_stops);

    connect(m_export, &QPushButton::clicked, this, &ProgressView::exportCsv);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { setWeeks(m_range->currentData().toInt()); });
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_groups->currentData().toString();
        m_painter.setVisibleGroups(id.isEmpty() ? QStringList() : QStringList{id});
        m_canvas->update();
    });
    refresh();
    fitToScreen(this);
}

QSize ProgressView::sizeHint() const
{
    return {1000, 780};
}

void ProgressView::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ProgressView::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    refresh();
}

void ProgressView::setWeeks(int weeks)
{
    m_weeksShown = std::clamp(weeks, 1, 104);
    const int index = m_range->findData(m_weeksShown);
    if (index >= 0 && index != m_range->currentIndex())
        m_range->setCurrentIndex(index); // re-enters here through the signal, harmlessly
    refresh();
}

QDate ProgressView::effectiveToday() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString ProgressView::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void ProgressView::refresh()
{
    m_painter.setData(ProgressData::compute(m_store.sessions(), m_content, effectiveToday(), m_weeksShown, m_zone));
    m_painter.setStyle(ChartStyle::fromPalette(palette(), font()));
    const bool any = !m_store.sessions().empty();
    m_export->setEnabled(any);
    m_range->setEnabled(any);
    m_canvas->setAccessibleDescription(m_painter.data().summary());
    m_outcomes->setText(m_painter.data().outcomeLine());
    m_outcomes->setVisible(any);
    m_stops->setStops(m_painter.data().stops, m_zone);
    rebuildGroupFilter();
    m_canvas->update();
}

void ProgressView::rebuildGroupFilter()
{
    const QString selected = m_groups->currentData().toString();
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    m_groups->addItem(tr("All muscle groups"), QString());
    for (const TrendSeries& s : m_painter.data().trends)
        m_groups->addItem(s.name, s.groupId);
    const int index = m_groups->findData(selected);
    m_groups->setCurrentIndex(std::max(0, index));
    m_groups->setEnabled(m_groups->count() > 1);
    m_painter.setVisibleGroups(index > 0 ? QStringList{selected} : QStringList());
}

QString ProgressView::exportCsvTo(const QString& path)
{
    const QString error = exportHistoryCsv(path, m_store.sessions(), m_zone);
    const int n = int(m_store.sessions().size());
    m_status->setText(!error.isEmpty() ? tr("Not exported: %1").arg(error)
                      : n == 1        ? tr("Exported 1 session to %1").arg(QDir::toNativeSeparators(path))
                                      : tr("Exported %1 sessions to %2").arg(n).arg(QDir::toNativeSeparators(path)));
    m_status->show();
    if (error.isEmpty())
        emit exported(path);
    return error;
}

void ProgressView::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("rollwise-history-%1.csv").arg(effectiveToday().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history as CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsvTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), tr("The history could not be exported.\n\n%1").arg(error));
}

void ProgressView::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (m_canvas && (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange)) {
        m_painter.setStyle(ChartStyle::fromPalette(palette(), font()));
        m_canvas->update();
    }
}

QImage ProgressView::printableCharts() const
{
    const QSize pixels = (kPrintedChartSize * kPrintScale).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(kScreenDotsPerMeter);
    image.setDotsPerMeterY(kScreenDotsPerMeter);
    // Paper is white whatever the desktop theme: the style's standard palette is the light one.
    ChartStyle paper = ChartStyle::fromPalette(QApplication::style()->standardPalette(), font());
    paper.background = Qt::white;
    ProgressPainter printed(m_painter.data(), paper);
    printed.setVisibleGroups(m_painter.visibleGroups());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(kPrintScale, kPrintScale);
    printed.paint(p, QRectF(QPointF(0, 0), kPrintedChartSize));
    return image;
}

void ProgressView::print()
{
    const QImage charts = printableCharts();
    const QString outcomes = m_outcomes->isVisibleTo(this) ? m_outcomes->text() : QString();
    const QPageSize paper(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    const QPageLayout layout(paper, QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    showPrintPreview(this, windowTitle(), layout, [&](QPrinter* printer) {
        QPainter p(printer);
        const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
        const double lineHeight = QFontMetricsF(font(), printer).lineSpacing();
        QRectF room = page.adjusted(0, 0, 0, outcomes.isEmpty() ? 0 : -2 * lineHeight);
        QSizeF size = QSizeF(charts.size()).scaled(room.size(), Qt::KeepAspectRatio);
        const QRectF target(room.topLeft() + QPointF((room.width() - size.width()) / 2, 0), size);
        p.drawImage(target, charts);
        if (!outcomes.isEmpty()) {
            p.setFont(font());
            p.drawText(QRectF(page.left(), target.bottom() + lineHeight / 2, page.width(), 1.5 * lineHeight),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, outcomes);
        }
    });
}

} // namespace rollwise
