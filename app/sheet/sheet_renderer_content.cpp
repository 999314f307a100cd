// SPDX-License-Identifier: GPL-3.0-or-later
// What the full sheet says, block by block, in order: the header, the lumbar warning, the exercises, then the
// back matter (best practices, stop signs, screening tiers, why these muscles, the log). Laid out by
// sheet_renderer_pagination.cpp, painted by sheet_renderer.cpp.
#include "app/sheet/sheet_renderer.h"

#include "app/sheet/sheet_blocks.h"
#include "app/text/labels.h"
#include "core/content_library.h"

#include <QLocale>

namespace rollwise {

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
    lumbar->setFrame(kSheetSafetyRed, kSheetSafetyFill);
    const ContraindicatedZone* zone = m_content.zone(QStringLiteral("lumbar-spine"));
    lumbar->add(sheetFont(kSheetHeading, true), tr("Never roll the lumbar spine (lower back). It is marked red and hatched, "
                                                   "\"DO NOT ROLL\", on every picture."),
                {}, kSheetSafetyRed);
    // Each reason's first sentence states it; the rest explains it, and the Learn window has that in full.
    if (zone)
        for (const Reason& r : zone->reasons)
            lumbar->add(body, QStringLiteral("%1: %2").arg(r.title, firstSentence(r.text)), QStringLiteral("•"));
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
    // A practice whose every sentence the sheet already prints word for word (the frequency in the header, the
    // stop advice in the box below) is not printed twice: paper goes to the exercises' pictures instead.
    const QString saidElsewhere = d.frequencyText + QLatin1Char(' ') + m_content.stopAdvice();
    for (const TextItem& b : m_content.bestPractices())
        if (!everySentenceIn(b.text, saidElsewhere))
            practices->add(body, QStringLiteral("%1: %2").arg(b.title, b.text), QStringLiteral("•"));
    m_blocks.push_back(std::move(practices));

    auto stop = std::make_unique<TextBlock>();
    stop->setFrame(kSheetSafetyRed, kSheetSafetyFill);
    QStringList signs;
    for (const TextItem& s : m_content.stopSigns())
        signs << s.text; // as written: lower-casing would misspell German nouns
    stop->add(sheetFont(kSheetHeading, true), tr("Stop immediately with any of: %1.").arg(signs.join(QStringLiteral(", "))), {}, kSheetSafetyRed);
    stop->add(body, m_content.stopAdvice());
    stop->add(sheetFont(kSheetHeading, true), tr("When to consult a professional"), {}, kSheetSafetyRed, 6);
    // Short signs, one paragraph: a bullet each would leave most of every line empty.
    QStringList flags;
    for (const TextItem& f : m_content.redFlags())
        flags << f.text;
    stop->add(body, flags.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_blocks.push_back(std::move(stop));

    // The check's other two tiers go home on paper too, each labelled as Rollwise's own words.
    auto tiers = std::make_unique<TextBlock>();
    tiers->setFrame(kSheetSafetyRed, kSheetSafetyFill);
    const Screening& screening = m_content.screening();
    bool first = true;
    for (ScreeningTier tier : {ScreeningTier::Urgent, ScreeningTier::ClinicianFirst}) {
        const ScreeningAdvice& a = screening.advice(tier);
        const QString title = a.origin == TextOrigin::Rollwise ? tr("%1 (Rollwise guidance, not from the article)").arg(a.title)
                                                               : a.title;
        tiers->add(sheetFont(kSheetHeading, true), title, {}, kSheetSafetyRed, first ? 0 : 6);
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

std::unique_ptr<SheetBlock> SheetRenderer::whyTheseMuscles() const
{
    // The Learn window's teaching in brief, from the same content: each muscle group of this routine once, its
    // "why" cut to the first sentence.
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
    // Never the lower back: page 1's red box gives the reasons, once.
    return why;
}

} // namespace rollwise
