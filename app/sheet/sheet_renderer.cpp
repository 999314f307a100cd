// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_renderer.h"

#include "app/sheet/sheet_card.h"
#include "app/sheet/sheet_clinic_band.h"
#include "app/sheet/sheet_metadata.h"
#include "core/atomic_file.h"
#include "core/content_library.h"
#include "core/safety_validator.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>


namespace rollwise {

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kFooterHeight = 14;
constexpr double kBandGap = 8; // below the clinic's band, which ends in a rule of its own
} // namespace

SheetOptions SheetOptions::fromRoutine(const Routine& r)
{
    SheetOptions o;
    o.patient = r.patient;
    o.clinician = r.clinician;
    o.notes = r.notes;
    o.date = r.created.isValid() ? r.created : QDate::currentDate();
    o.nextReview = r.nextReview;
    o.clinic = r.clinic;
    return o;
}

SheetRenderer::SheetRenderer(const ContentLibrary& content, const BodyArt& art, const Routine& routine,
                             SheetOptions options)
    : m_content(content), m_art(art), m_routine(routine), m_options(std::move(options))
{
    m_band = std::make_unique<ClinicBand>(m_options.clinic, m_options.clinician, m_options.patient, m_options.nextReview,
                                          m_options.layout == SheetLayout::Card ? kCardMinPoints : 9,
                                          m_options.layout == SheetLayout::Card ? kCardMinPoints : 11);
    layout();
}

SheetRenderer::~SheetRenderer() = default;

QPageLayout SheetRenderer::pageLayout() const
{
    return QPageLayout(QPageSize(m_options.page), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

QSizeF SheetRenderer::pageSizePoints() const
{
    return QPageSize(m_options.page).size(QPageSize::Point);
}

void SheetRenderer::layout()
{
    if (m_options.layout != SheetLayout::Card) {
        addFullSheetBlocks();
        paginateFilled();
        return;
    }
    // One column gives each exercise the most room; two take less height when the exercises are many and short.
    for (int columns : {1, 2, 1}) {
        m_blocks = cardBlocks(m_routine, m_content, m_art, m_options, columns);
        paginate();
        if (m_pages == 1)
            return;
    }
}

std::vector<QRectF> SheetRenderer::lumbarMarks(int page) const
{
    std::vector<QRectF> out;
    for (const Placement& pl : m_placements)
        if (pl.page == page)
            for (const QRectF& r : pl.block->lumbarMarks(pl.rect))
                out.push_back(r);
    return out;
}

void SheetRenderer::paintPage(QPainter& p, int page) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Placement& pl : m_placements)
        if (pl.page == page)
            pl.block->paint(p, pl.rect);
    m_band->paint(p, clinicBandRect());
    p.setFont(sheetFont(m_options.layout == SheetLayout::Card ? kCardMinPoints : 9));
    p.setPen(QColor(60, 60, 60));
    const QRectF footer = footerRect();
    QString pageText = tr("Page %1 of %2").arg(page + 1).arg(m_pages);
    // With the clinic's band, every page carries its date too (the band has the patient and the next review).
    if (!m_band->isEmpty() && m_options.date.isValid())
        pageText = tr("%1 \u00b7 %2").arg(QLocale().toString(m_options.date, QLocale::ShortFormat), pageText);
    const QFontMetricsF fm(p.font());
    // The title shares the line with the page number: shortened, never printed over it.
    const double room = footer.width() - fm.horizontalAdvance(pageText) - 12;
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("Rollwise · %1").arg(m_routine.title), Qt::ElideRight, room));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    p.restore();
}

QRectF SheetRenderer::footerRect() const
{
    const QSizeF size = pageSizePoints();
    const double margin = kMarginMm * kPointsPerMm;
    return QRectF(margin, size.height() - margin + 6, size.width() - 2 * margin, kFooterHeight);
}

QRectF SheetRenderer::contentRect() const
{
    const QSizeF page = pageSizePoints();
    const double margin = kMarginMm * kPointsPerMm;
    const double band = m_band->isEmpty() ? 0 : m_band->height() + kBandGap;
    return QRectF(margin, margin + band, page.width() - 2 * margin, page.height() - 2 * margin - band);
}

QRectF SheetRenderer::clinicBandRect() const
{
    if (m_band->isEmpty())
        return {};
    const double margin = kMarginMm * kPointsPerMm;
    return QRectF(margin, margin, pageSizePoints().width() - 2 * margin, m_band->height());
}

QString SheetRenderer::fitProblem() const
{
    if (const QString logo = m_band->problem(); !logo.isEmpty())
        return tr("the clinic's logo: %1").arg(logo);
    // A block is never split across pages; one taller than a page would run over the footer and off the paper.
    const double room = contentRect().height();
    if (m_options.layout == SheetLayout::Card && m_pages > 1)
        return tr("the routine's %n exercise(s) do not fit on the one-page card: print the full sheet", nullptr,
                  int(m_routine.exercises.size()));
    int exercise = 0;
    for (const Placement& pl : m_placements) {
        const bool isExercise = !pl.block->techniqueId().isEmpty();
        exercise += isExercise ? 1 : 0;
        if (pl.rect.height() <= room)
            continue;
        return isExercise ? tr("exercise %1 (%2) has more text than fits on one page of the sheet")
                                .arg(exercise)
                                .arg(pl.block->techniqueId())
                          : tr("the routine's title, names and notes are more text than fits on one page of the sheet");
    }
    return {};
}

bool SheetRenderer::isSafe() const
{
    return SafetyValidator::check(m_routine, m_content).empty();
}

void SheetRenderer::print(QPagedPaintDevice& device) const
{
    if (!isSafe())
        return; // callers check isSafe() and say why; an unsafe routine is never put on paper
    device.setPageLayout(pageLayout());
    QPainter p(&device);
    const double scale = device.logicalDpiX() / 72.0;
    for (int i = 0; i < m_pages; ++i) {
        if (i > 0)
            device.newPage();
        p.save();
        p.scale(scale, scale);
        paintPage(p, i);
        p.restore();
    }
}

QByteArray SheetRenderer::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720); // a fine grid for vector coordinates; nothing is rasterised
    writer.setCreator(QStringLiteral("Rollwise %1").arg(QCoreApplication::applicationVersion()));
    writer.setTitle(m_routine.title);
    writer.setDocumentXmpMetadata(SheetMetadata::forRoutine(m_routine, m_options.author(), m_content).toXmp());
    print(writer);
    return bytes;
}

QImage SheetRenderer::pageImage(int page, double dpi) const
{
    const QSizeF size = pageSizePoints() * (dpi / 72.0);
    QImage img(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.scale(dpi / 72.0, dpi / 72.0);
    paintPage(p, page);
    return img;
}

QString SheetRenderer::exportPdf(const QString& path) const
{
    if (const auto unsafe = SafetyValidator::check(m_routine, m_content); !unsafe.empty())
        return tr("%1: not exported, the routine is unsafe: %2").arg(path, SafetyValidator::describe(unsafe));
    if (const QString problem = fitProblem(); !problem.isEmpty())
        return tr("%1: not exported: %2").arg(path, problem);
    return writeFileAtomically(path, pdf());
}

} // namespace rollwise
