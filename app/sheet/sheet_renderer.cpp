// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_renderer.h"

#include "app/text/labels.h"
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

#include <climits>
#include <deque>

namespace rollwise {

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kBlockGap = 14;
constexpr double kFooterHeight = 14;
constexpr double kBandGap = 8; // below the clinic's band, which ends in a rule of its own
const QColor kSafetyRed(0xb0, 0x00, 0x20);
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

void SheetRenderer::addFullSheetBlocks()
{
    const Dosage& d = m_content.dosage();
    const QFont body = sheetFont(kSheetBody);

    auto header = std::make_unique<TextBlock>();
    header->add(sheetFont(kSheetTitle, true), m_routine.title);
    QStringList meta;
    if (!m_options.patient.isEmpty())
        meta << tr("For: %1").arg(m_options.patient);
    if (!m_options.clinician.isEmpty())
        meta << tr("From: %1").arg(m_options.clinician);
    if (m_options.date.isValid())
        meta << tr("Date: %1").arg(QLocale().toString(m_options.date, QLocale::LongFormat));
    if (!meta.isEmpty())
        header->add(sheetFont(kSheetBody + 1), meta.join(QStringLiteral("   ·   ")), {}, Qt::black, 4);
    if (m_routine.clearance)
        header->add(sheetFont(kSheetBody),
                    tr("Cleared for this routine by %1 on %2 (Rollwise's own note, not from the article).")
                        .arg(m_routine.clearance->clinician, QLocale().toString(m_routine.clearance->date, QLocale::LongFormat)),
                    {}, Qt::black, 4);
    header->add(sheetFont(kSheetHeading, true),
                tr("How often: %1. %2").arg(frequencySummary(m_routine, m_content), d.frequencyText),
                {}, Qt::black, 6);
    header->add(sheetFont(kSheetHeading, true),
                tr("How fast: roll about %1 cm (%2 in) per second, in every exercise.")
                    .arg(d.paceCmPerSecond, 0, 'f', 1)
                    .arg(d.paceCmPerSecond / 2.54, 0, 'f', 0),
                {}, Qt::black, 2);
    if (!m_options.notes.isEmpty())
        header->add(sheetFont(kSheetBody, false, true), tr("Notes: %1").arg(m_options.notes), {}, Qt::black, 4);
    m_blocks.push_back(std::move(header));

    auto lumbar = std::make_unique<TextBlock>();
    lumbar->setFrame(kSafetyRed, QColor(0xfd, 0xec, 0xea));
    const ContraindicatedZone* zone = m_content.zone(QStringLiteral("lumbar-spine"));
    lumbar->add(sheetFont(kSheetHeading, true), tr("Never roll the lumbar spine (lower back). It is marked red and hatched, "
                                                   "\"DO NOT ROLL\", on every picture."),
                {}, kSafetyRed);
    if (zone)
        for (const Reason& r : zone->reasons)
            lumbar->add(body, QStringLiteral("%1: %2").arg(r.title, r.text), QStringLiteral("•"));
    // The pictures carry no key of their own (nothing is printed over the body): it is given once, here.
    lumbar->add(body, tr("Key to the pictures: red hatching, the lumbar spine (never roll); amber cross-hatching, "
                         "nerves and vessels (keep clear); brown, bony areas (roll beside them)."),
                {}, Qt::black, 4);
    m_blocks.push_back(std::move(lumbar));

    for (size_t i = 0; i < m_routine.exercises.size(); ++i)
        m_blocks.push_back(std::make_unique<TechniqueBlock>(i, m_routine, m_content, m_art));
    m_firstBackMatter = m_blocks.size();

    auto practices = std::make_unique<TextBlock>();
    practices->add(sheetFont(kSheetHeading + 1, true), tr("Best practices"));
    for (const TextItem& b : m_content.bestPractices())
        practices->add(body, QStringLiteral("%1: %2").arg(b.title, b.text), QStringLiteral("•"));
    m_blocks.push_back(std::move(practices));

    auto stop = std::make_unique<TextBlock>();
    stop->setFrame(kSafetyRed, QColor(0xfd, 0xec, 0xea));
    QStringList signs;
    for (const TextItem& s : m_content.stopSigns())
        signs << s.text; // as written: lower-casing would misspell German nouns
    stop->add(sheetFont(kSheetHeading, true), tr("Stop immediately with any of: %1.").arg(signs.join(QStringLiteral(", "))), {}, kSafetyRed);
    stop->add(body, m_content.stopAdvice());
    stop->add(sheetFont(kSheetHeading, true), tr("When to consult a professional"), {}, kSafetyRed, 6);
    // Short signs, one paragraph: a bullet each would leave most of every line empty.
    QStringList flags;
    for (const TextItem& f : m_content.redFlags())
        flags << f.text;
    stop->add(body, flags.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_blocks.push_back(std::move(stop));

    // The check's other two tiers go home on paper too, each labelled as Rollwise's own words.
    auto tiers = std::make_unique<TextBlock>();
    tiers->setFrame(kSafetyRed, QColor(0xfd, 0xec, 0xea));
    const Screening& screening = m_content.screening();
    bool first = true;
    for (ScreeningTier tier : {ScreeningTier::Urgent, ScreeningTier::ClinicianFirst}) {
        const ScreeningAdvice& a = screening.advice(tier);
        const QString title = a.origin == TextOrigin::Rollwise ? tr("%1 (Rollwise guidance, not from the article)").arg(a.title)
                                                               : a.title;
        tiers->add(sheetFont(kSheetHeading, true), title, {}, kSafetyRed, first ? 0 : 6);
        QStringList tierSigns;
        for (const ScreeningSign* sign : screening.signs(tier))
            tierSigns << sign->text;
        tiers->add(body, tierSigns.join(QStringLiteral("; ")) + QLatin1Char('.'));
        tiers->add(body, a.advice, {}, Qt::black, 2);
        first = false;
    }
    m_blocks.push_back(std::move(tiers));

    m_blocks.push_back(whyTheseMuscles());

    m_blocks.push_back(std::make_unique<LogGridBlock>(
        tr("Session log: tick a box each time (aim for %1)").arg(frequencySummary(m_routine, m_content)), 6));

    auto disclaimer = std::make_unique<TextBlock>();
    disclaimer->add(sheetFont(kSheetBody, false, true), m_content.disclaimer());
    m_blocks.push_back(std::move(disclaimer));
}

int SheetRenderer::paginate(int gapsLeftOpen)
{
    // By flow: each block goes where the last one ended. Text that does not fit in what is left of a page
    // continues on the next one (SheetBlock::split); an exercise is kept whole and, when it must start a new
    // page, the gap it leaves is filled from the back matter (the boxes after the exercises), so no page but
    // the last is left part empty. The exercises keep their order, and so do the boxes.
    m_placements.clear();
    m_parts.clear();
    const QRectF content = contentRect();
    const double width = content.width();
    double y = content.top();
    int pageIndex = 0;
    int gaps = 0;
    auto place = [&](const SheetBlock* block, double h) {
        m_placements.push_back({pageIndex, QRectF(content.left(), y, width, h), block});
        y += h + kBlockGap;
    };
    auto newPage = [&] {
        ++pageIndex;
        y = content.top();
    };
    // Places as much of `block` as fits on this page; returns the rest (nullptr when all of it went).
    auto fillPage = [&](const SheetBlock* block) -> const SheetBlock* {
        const double h = block->height(width);
        if (y + h <= content.bottom()) {
            place(block, h);
            return nullptr;
        }
        SheetBlock::Split split = block->split(width, content.bottom() - y);
        if (!split.head)
            return block;
        place(split.head.get(), split.head->height(width));
        const SheetBlock* rest = split.tail.get();
        m_parts.push_back(std::move(split.head));
        m_parts.push_back(std::move(split.tail));
        return rest;
    };
    std::deque<const SheetBlock*> backMatter;
    for (size_t i = std::min(m_firstBackMatter, m_blocks.size()); i < m_blocks.size(); ++i)
        backMatter.push_back(m_blocks[i].get());
    auto flow = [&](const SheetBlock* block, bool fillGapsFromBackMatter) {
        for (const SheetBlock* rest = fillPage(block); rest; block = rest, rest = fillPage(block)) {
            if (rest != block) { // a text split: its first part ends this page
                newPage();
                continue;
            }
            if (y <= content.top()) {
                place(block, block->height(width)); // taller than a page and unbreakable: fitProblem() says so
                return;
            }
            const bool fill = fillGapsFromBackMatter && gaps++ >= gapsLeftOpen;
            while (fill && !backMatter.empty()) {
                const SheetBlock* left = fillPage(backMatter.front());
                if (left == backMatter.front())
                    break; // does not fit the gap, not even in part
                if (left) {
                    backMatter.front() = left;
                    break;
                }
                backMatter.pop_front();
            }
            newPage();
        }
    };
    for (size_t i = 0; i < std::min(m_firstBackMatter, m_blocks.size()); ++i)
        flow(m_blocks[i].get(), true);
    while (!backMatter.empty()) {
        const SheetBlock* next = backMatter.front();
        backMatter.pop_front();
        flow(next, false);
    }
    m_pages = pageIndex + 1;
    return gaps;
}

double SheetRenderer::leastFilledPage() const
{
    // The emptiest page but the last, as a share of the room on a page; 1 for a one-page sheet.
    const QRectF content = contentRect();
    std::vector<double> bottom(size_t(m_pages), content.top());
    for (const Placement& pl : m_placements)
        bottom[size_t(pl.page)] = std::max(bottom[size_t(pl.page)], pl.rect.bottom());
    double least = 1;
    for (int p = 0; p + 1 < m_pages; ++p)
        least = std::min(least, (bottom[size_t(p)] - content.top()) / content.height());
    return least;
}

void SheetRenderer::paginateFilled()
{
    // Filling the first gaps greedily can use up the boxes before a later exercise leaves a bigger gap: try
    // leaving the first 0, 1, 2 … gaps open and keep the layout with the fewest pages, then the fullest.
    int best = 0;
    std::pair<int, double> bestScore{INT_MAX, -1};
    for (int open = 0;; ++open) {
        const int gaps = paginate(open);
        const std::pair<int, double> score{m_pages, leastFilledPage()};
        if (score.first < bestScore.first || (score.first == bestScore.first && score.second > bestScore.second + 1e-9)) {
            bestScore = score;
            best = open;
        }
        if (open >= gaps)
            break; // every gap was left open: leaving more open lays the sheet out the same way
    }
    paginate(best);
}

std::unique_ptr<SheetBlock> SheetRenderer::whyTheseMuscles() const
{
    // The Learn window's teaching in brief, from the same content: each muscle group of this routine once, its
    // "why" cut to the first sentence, and the titles of the lumbar reasons (page 1 has them in full).
    auto why = std::make_unique<TextBlock>();
    why->setFrame(QColor(0x0e, 0x9a, 0xa7), QColor(0xec, 0xf7, 0xf8));
    why->add(sheetFont(kSheetHeading, true), tr("Why these muscles, never the lower back"));
    QStringList groups;
    for (const Exercise& e : m_routine.exercises)
        if (const Technique* t = m_routine.technique(e.techniqueId, m_content); t && !groups.contains(t->groupId))
            groups << t->groupId;
    const QFont body = sheetFont(kSheetBody);
    for (const QString& id : groups)
        if (const MuscleGroup* g = m_content.muscleGroup(id))
            why->add(body, QStringLiteral("%1: %2").arg(g->name, firstSentence(g->why)), QStringLiteral("•"));
    if (const ContraindicatedZone* lumbar = m_content.zone(QStringLiteral("lumbar-spine"))) {
        QStringList reasons;
        for (const Reason& r : lumbar->reasons)
            reasons << r.title;
        why->add(sheetFont(kSheetBody, true), tr("Never the lower back: %1.").arg(reasons.join(QStringLiteral("; "))), {},
                 kSafetyRed, 4);
    }
    return why;
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
