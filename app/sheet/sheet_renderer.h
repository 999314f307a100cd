// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays a routine out as an illustrated take-home sheet and paints it to any paint device: a QPrinter
// (print and preview), a QPdfWriter (PDF export) or a QImage (tests). Layout lives here, not in widgets.

#include "app/sheet/sheet_blocks.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace rollwise {

class BodyArt;
class ClinicBand;
class ContentLibrary;

// The full sheet teaches each technique over several pages; the card (sheet_card.h) fits the routine on one.
enum class SheetLayout { Full, Card };

struct SheetOptions {
    QString patient;
    QString clinician;
    QString notes;
    QDate date;
    QDate nextReview;
    // The routine's clinic, or the one in Settings when the routine gives none (clinicForSheet).
    Clinic clinic;
    QPageSize::PageSizeId page = QPageSize::A4;
    SheetLayout layout = SheetLayout::Full;

    // The routine's own metadata, today's date, A4.
    static SheetOptions fromRoutine(const Routine& r);
    // Who the PDF names as its author: the clinic handing it over, else the clinician (empty: nobody given).
    QString author() const { return clinic.name.trimmed().isEmpty() ? clinician : clinic.name; }
};

class SheetRenderer {
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)

public:
    // Home printers cannot print the outer ~6 mm; 15 mm margins keep the text clear of that on all of them,
    // and the small footer sits in the bottom margin, still 7 mm from the edge.
    static constexpr double kMarginMm = 15.0;

    SheetRenderer(const ContentLibrary& content, const BodyArt& art, const Routine& routine, SheetOptions options);
    ~SheetRenderer();

    struct Placement {
        int page = 0;
        QRectF rect; // in points, page coordinates
        const SheetBlock* block = nullptr;
    };

    // False when a technique's roller path touches a contraindicated zone: such a routine is never printed.
    bool isSafe() const;
    // Why the sheet cannot be printed as asked: a block taller than a page (it would run over the footer), a
    // card that needs a second page, or a clinic logo that cannot be drawn; empty when all is well. The text
    // limits (SheetTextLimits) keep the routine's own fields from causing the first.
    QString fitProblem() const;
    // Where the footer (title and page number) is printed on every page, in points.
    QRectF footerRect() const;
    // Where the clinic's band is printed at the top of every page; empty when there is none.
    QRectF clinicBandRect() const;
    QPageLayout pageLayout() const;
    QSizeF pageSizePoints() const;
    int pageCount() const { return m_pages; }
    const std::vector<Placement>& placements() const { return m_placements; }
    // Rectangles (points) on `page` where the lumbar zone is drawn.
    std::vector<QRectF> lumbarMarks(int page) const;

    // Paints one page with 1 unit = 1 point, origin at the paper's top-left corner.
    void paintPage(QPainter& p, int page) const;
    // Paints every page to a printer or PDF writer (full-page coordinates).
    void print(QPagedPaintDevice& device) const;
    QByteArray pdf() const;
    QImage pageImage(int page, double dpi) const;
    // Writes the PDF atomically; returns an empty string or "path: what went wrong".
    QString exportPdf(const QString& path) const;

private:
    void layout();
    void addFullSheetBlocks();
    // Lays the blocks out by flow; the first `gapsLeftOpen` gaps an exercise leaves are not filled. Returns how
    // many gaps there were.
    int paginate(int gapsLeftOpen = 0);
    void paginateFilled();
    double leastFilledPage() const;
    // Where blocks are placed on every page: inside the margins, below the clinic's band if there is one.
    QRectF contentRect() const;
    std::unique_ptr<SheetBlock> whyTheseMuscles() const;

    const ContentLibrary& m_content;
    const BodyArt& m_art;
    Routine m_routine;
    SheetOptions m_options;
    std::unique_ptr<ClinicBand> m_band;
    std::vector<std::unique_ptr<SheetBlock>> m_blocks;
    std::vector<std::unique_ptr<SheetBlock>> m_parts; // the pieces of blocks split across pages
    // Blocks from here on (the boxes after the exercises) may fill the gap an exercise leaves; the card has none.
    size_t m_firstBackMatter = SIZE_MAX;
    std::vector<Placement> m_placements;
    int m_pages = 0;
};

} // namespace rollwise
