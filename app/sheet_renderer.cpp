#include "app/sheet_renderer.h"

#include "app/labels.h"
#include "app/sheet_card.h"
#include "app/sheet_clinic_band.h"
#include "app/sheet_metadata.h"
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
        paginate();
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
    const QFont body = sheetFont(12);

    auto header = std::make_unique<TextBlock>();
    header->add(sheetFont(22, true), m_routine.title);
    QStringList meta;
    if (!m_options.patient.isEmpty())
        meta << tr("For: %1").arg(m_options.patient);
    if (!m_options.clinician.isEmpty())
        meta << tr("From: %1").arg(m_options.clinician);
    if (m_options.date.isValid())
        meta << tr("Date: %1").arg(QLocale().toString(m_options.date, QLocale::LongFormat));
    if (!meta.isEmpty())
        header->add(sheetFont(13), meta.join(QStringLiteral("   ·   ")), {}, Qt::black, 4);
    if (m_routine.clearance)
        header->add(sheetFont(12),
                    tr("Cleared for this routine by %1 on %2 (Rollwise's own note, not from the article).")
                        .arg(m_routine.clearance->clinician, QLocale().toString(m_routine.clearance->date, QLocale::LongFormat)),
                    {}, Qt::black, 4);
    header->add(sheetFont(13, true),
                tr("How often: %1. %2").arg(frequencySummary(m_routine, m_content), d.frequencyText),
                {}, Qt::black, 6);
    if (!m_options.notes.isEmpty())
        header->add(sheetFont(12, false, true), tr("Notes: %1").arg(m_options.notes), {}, Qt::black, 4);
    m_blocks.push_back(std::move(header));

    auto lumbar = std::make_unique<TextBlock>();
    lumbar->setFrame(kSafetyRed, QColor(0xfd, 0xec, 0xea));
    const ContraindicatedZone* zone = m_content.zone(QStringLiteral("lumbar-spine"));
    lumbar->add(sheetFont(14, true), tr("Never roll the lumbar spine (lower back). It is marked red and hatched, "
                                        "\"DO NOT ROLL\", on every picture."),
                {}, kSafetyRed);
    if (zone)
        for (const Reason& r : zone->reasons)
            lumbar->add(body, QStringLiteral("%1: %2").arg(r.title, r.text), QStringLiteral("•"));
    m_blocks.push_back(std::move(lumbar));

    for (size_t i = 0; i < m_routine.exercises.size(); ++i)
        m_blocks.push_back(std::make_unique<TechniqueBlock>(i, m_routine, m_content, m_art));

    auto practices = std::make_unique<TextBlock>();
    practices->add(sheetFont(16, true), tr("Best practices"));
    for (const TextItem& b : m_content.bestPractices())
        practices->add(body, QStringLiteral("%1: %2").arg(b.title, b.text), QStringLiteral("•"));
    m_blocks.push_back(std::move(practices));

    auto stop = std::make_unique<TextBlock>();
    stop->setFrame(kSafetyRed, QColor(0xfd, 0xec, 0xea));
    QStringList signs;
    for (const TextItem& s : m_content.stopSigns())
        signs << s.text; // as written: lower-casing would misspell German nouns
    stop->add(sheetFont(14, true), tr("Stop immediately with any of: %1.").arg(signs.join(QStringLiteral(", "))), {}, kSafetyRed);
    stop->add(body, m_content.stopAdvice());
    stop->add(sheetFont(14, true), tr("When to consult a professional"), {}, kSafetyRed, 6);
    for (const TextItem& f : m_content.redFlags())
        stop->add(body, f.text, QStringLiteral("•"));
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
        tiers->add(sheetFont(14, true), title, {}, kSafetyRed, first ? 0 : 6);
        for (const ScreeningSign* sign : screening.signs(tier))
            tiers->add(body, sign->text, QStringLiteral("•"));
        tiers->add(body, a.advice, {}, Qt::black, 2);
        first = false;
    }
    m_blocks.push_back(std::move(tiers));

    m_blocks.push_back(whyTheseMuscles());

    m_blocks.push_back(std::make_unique<LogGridBlock>(
        tr("Session log: tick a box each time (aim for %1)").arg(frequencySummary(m_routine, m_content)), 6));

    auto disclaimer = std::make_unique<TextBlock>();
    disclaimer->add(sheetFont(12, false, true), m_content.disclaimer());
    m_blocks.push_back(std::move(disclaimer));
}

void SheetRenderer::paginate()
{
    // A block goes on the current page if it fits, otherwise it starts the next one.
    m_placements.clear();
    const QRectF content = contentRect();
    double y = content.top();
    int pageIndex = 0;
    for (const auto& block : m_blocks) {
        const double h = block->height(content.width());
        if (y > content.top() && y + h > content.bottom()) {
            ++pageIndex;
            y = content.top();
        }
        m_placements.push_back({pageIndex, QRectF(content.left(), y, content.width(), h), block.get()});
        y += h + kBlockGap;
    }
    m_pages = pageIndex + 1;
}

std::unique_ptr<SheetBlock> SheetRenderer::whyTheseMuscles() const
{
    // The Learn window's teaching in brief, from the same content: each muscle group of this routine once, its
    // "why" cut to the first sentence, and the titles of the lumbar reasons (page 1 has them in full).
    auto why = std::make_unique<TextBlock>();
    why->setFrame(QColor(0x0e, 0x9a, 0xa7), QColor(0xec, 0xf7, 0xf8));
    why->add(sheetFont(14, true), tr("Why these muscles, never the lower back"));
    QStringList groups;
    for (const Exercise& e : m_routine.exercises)
        if (const Technique* t = m_routine.technique(e.techniqueId, m_content); t && !groups.contains(t->groupId))
            groups << t->groupId;
    const QFont body = sheetFont(12);
    for (const QString& id : groups)
        if (const MuscleGroup* g = m_content.muscleGroup(id))
            why->add(body, QStringLiteral("%1: %2").arg(g->name, firstSentence(g->why)), QStringLiteral("•"));
    if (const ContraindicatedZone* lumbar = m_content.zone(QStringLiteral("lumbar-spine"))) {
        QStringList reasons;
        for (const Reason& r : lumbar->reasons)
            reasons << r.title;
        why->add(sheetFont(12, true), tr("Never the lower back: %1.").arg(reasons.join(QStringLiteral("; "))), {},
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
