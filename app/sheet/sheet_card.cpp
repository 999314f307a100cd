// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_card.h"

#include "app/anatomy/body_art.h"
#include "app/text/labels.h"
#include "app/sheet/sheet_clinic_band.h"
#include "app/sheet/sheet_figures.h"
#include "app/sheet/sheet_renderer.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace rollwise {

namespace {
struct Sheet { // the full sheet's context: the words both say are translated once
    Q_DECLARE_TR_FUNCTIONS(Sheet)
};
struct Card {
    Q_DECLARE_TR_FUNCTIONS(Card)
};

const QColor kCautionRed(0x8a, 0x10, 0x12);
constexpr double kGap = 8;
constexpr double kPoseAspect = 102.0 / 240.0; // the pose drawings' viewBox

// Every exercise: the pose on the left, name, dosage and first caution beside it; one or two columns.
class CardExercisesBlock : public SheetBlock {
public:
    CardExercisesBlock(const Routine& routine, const ContentLibrary& content, const BodyArt& art, int columns)
        : m_content(content), m_art(art), m_columns(size_t(std::max(1, columns)))
    {
        for (size_t i = 0; i < routine.exercises.size(); ++i) {
            const Exercise& e = routine.exercises[i];
            Entry entry;
            const Technique* t = routine.technique(e.techniqueId, content);
            entry.text.add(sheetFont(12, true), QStringLiteral("%1. %2").arg(i + 1).arg(t ? t->name : e.techniqueId));
            if (!t) {
                m_entries.push_back(std::move(entry));
                continue;
            }
            entry.technique = *t;
            if (t->custom)
                entry.text.add(sheetFont(kCardMinPoints, false, true), Sheet::tr("Written by your clinician, not from the article."));
            entry.text.add(sheetFont(kCardMinPoints, true), dosageSummary(routine, i, content));
            if (!t->cautions.isEmpty())
                entry.text.add(sheetFont(kCardMinPoints, true), markedIfOwn(t->cautions.front(), t->isOwnGuidance(QStringLiteral("cautions[0]"))),
                               QStringLiteral("!"), kCautionRed, 2);
            if (!e.notes.isEmpty())
                entry.text.add(sheetFont(kCardMinPoints, false, true), Sheet::tr("Your clinician: %1").arg(e.notes), {}, Qt::black, 2);
            m_entries.push_back(std::move(entry));
        }
    }

    double height(double width) const override
    {
        double total = 0;
        for (size_t row = 0; row * m_columns < m_entries.size(); ++row)
            total += (row > 0 ? kGap : 0) + rowHeight(row, width);
        return total;
    }

    void paint(QPainter& p, const QRectF& rect) const override
    {
        const double cell = cellWidth(rect.width());
        double y = rect.top();
        for (size_t row = 0; row * m_columns < m_entries.size(); ++row) {
            for (size_t c = 0; c < m_columns && row * m_columns + c < m_entries.size(); ++c) {
                const Entry& e = m_entries[row * m_columns + c];
                const double x = rect.left() + c * (cell + kGap);
                const QRectF picture(x, y, pictureWidth(cell), pictureWidth(cell) * kPoseAspect + 6);
                if (!e.technique.id.isEmpty())
                    paintSheetFigure(p, picture, m_content, m_art, e.technique, Display::posed(m_content.poseFor(e.technique)));
                const double tw = cell - picture.width() - kGap;
                e.text.paint(p, QRectF(picture.right() + kGap, y - 8, tw, e.text.height(tw))); // the text's padding
            }
            y += rowHeight(row, rect.width()) + kGap;
        }
    }

private:
    struct Entry {
        Technique technique; // a copy: custom techniques live in the routine
        TextBlock text;
    };
    double cellWidth(double width) const { return (width - kGap * double(m_columns - 1)) / double(m_columns); }
    double pictureWidth(double cell) const { return cell * (m_columns == 1 ? 0.22 : 0.4); }
    double rowHeight(size_t row, double width) const
    {
        const double cell = cellWidth(width);
        const double picture = pictureWidth(cell);
        double h = picture * kPoseAspect + 6;
        for (size_t c = 0; c < m_columns && row * m_columns + c < m_entries.size(); ++c)
            h = std::max(h, m_entries[row * m_columns + c].text.height(cell - picture - kGap) - 8);
        return h;
    }

    const ContentLibrary& m_content;
    const BodyArt& m_art;
    size_t m_columns;
    std::vector<Entry> m_entries;
};
} // namespace

std::vector<std::unique_ptr<SheetBlock>> cardBlocks(const Routine& routine, const ContentLibrary& content,
                                                    const BodyArt& art, const SheetOptions& options, int columns)
{
    std::vector<std::unique_ptr<SheetBlock>> blocks;
    const Dosage& d = content.dosage();
    const QFont body = sheetFont(kCardMinPoints);

    auto header = std::make_unique<TextBlock>();
    header->add(sheetFont(16, true), routine.title);
    QStringList meta;
    // The clinic's band, when there is one, names the patient and the clinician, and the footer has the date:
    // the card has no line to spare.
    const bool band = ClinicBand::wanted(options.clinic, options.nextReview);
    if (!options.patient.isEmpty() && !band)
        meta << SheetRenderer::tr("For: %1").arg(options.patient);
    if (!options.clinician.isEmpty() && !band)
        meta << SheetRenderer::tr("From: %1").arg(options.clinician);
    if (options.date.isValid() && !band)
        meta << SheetRenderer::tr("Date: %1").arg(QLocale().toString(options.date, QLocale::LongFormat));
    if (!meta.isEmpty())
        header->add(body, meta.join(QStringLiteral("   ·   ")), {}, Qt::black, 2);
    header->add(sheetFont(kCardMinPoints, true),
                Card::tr("%1. Roll about %2 cm (%3 in) per second; hold tender spots as each exercise says.")
                    .arg(frequencySummary(routine, content))
                    .arg(d.paceCmPerSecond, 0, 'f', 1)
                    .arg(d.paceCmPerSecond / 2.54, 0, 'f', 0),
                {}, Qt::black, 4);
    if (!options.notes.isEmpty())
        header->add(sheetFont(kCardMinPoints, false, true), SheetRenderer::tr("Notes: %1").arg(options.notes), {}, Qt::black, 2);
    blocks.push_back(std::move(header));

    auto lumbar = std::make_unique<TextBlock>();
    lumbar->setFrame(kSheetSafetyRed, kSheetSafetyFill);
    lumbar->add(sheetFont(12, true), Card::tr("DO NOT ROLL the lumbar spine (lower back): roll the muscles around it. "
                                              "It is marked red on every picture."),
                {}, kSheetSafetyRed);
    blocks.push_back(std::move(lumbar));

    blocks.push_back(std::make_unique<CardExercisesBlock>(routine, content, art, columns));

    auto stop = std::make_unique<TextBlock>();
    stop->setFrame(kSheetSafetyRed, kSheetSafetyFill);
    QStringList signs;
    for (const TextItem& s : content.stopSigns())
        signs << s.text;
    stop->add(sheetFont(13, true), SheetRenderer::tr("Stop immediately with any of: %1.").arg(signs.join(QStringLiteral(", "))), {},
              kSheetSafetyRed);
    stop->add(body, content.stopAdvice());
    QStringList flags;
    for (const TextItem& f : content.redFlags())
        flags << f.text;
    stop->add(sheetFont(kCardMinPoints, true), Card::tr("When to consult a professional: %1.").arg(flags.join(QStringLiteral("; "))),
              {}, kSheetSafetyRed, 4);
    blocks.push_back(std::move(stop));
    return blocks;
}

} // namespace rollwise
