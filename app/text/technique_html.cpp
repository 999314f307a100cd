// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/text/technique_html.h"

#include "app/text/labels.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>

namespace rollwise {

namespace {
struct TechniqueHtml {
    Q_DECLARE_TR_FUNCTIONS(TechniqueHtml)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// The article's words stand alone; Rollwise's own guidance is led by its mark, so nobody reads it as theirs.
QString tipped(const QString& text, bool own)
{
    return own ? QStringLiteral("<span style='color:#1f5f8b'><i>[%1]</i></span> %2").arg(esc(rollwiseTip()), esc(text))
               : esc(text);
}

QString list(const char* tag, const QStringList& items, const Technique* t = nullptr, const char* field = nullptr)
{
    QString out = QStringLiteral("<%1>").arg(QString::fromLatin1(tag));
    for (int i = 0; i < items.size(); ++i) {
        const bool own = t && field && t->isOwnGuidance(QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(i));
        out += QStringLiteral("<li>%1</li>").arg(tipped(items[i], own));
    }
    return out + QStringLiteral("</%1>").arg(QString::fromLatin1(tag));
}

QString row(const QString& label, const Technique& t, const char* field, const QString& text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label, tipped(text, t.isOwnGuidance(QLatin1String(field))));
}
} // namespace

QString exerciseHtml(const Routine& routine, size_t index, const ContentLibrary& content)
{
    const Exercise& e = routine.exercises.at(index);
    const Technique* t = routine.technique(e.techniqueId, content);
    if (!t)
        return TechniqueHtml::tr("<p>Unknown technique \"%1\".</p>").arg(esc(e.techniqueId));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(t->name));
    if (t->custom) // a clinician's steps must not read as the article's
        html += QStringLiteral("<p><i>%1</i></p>").arg(TechniqueHtml::tr("Written by your clinician, not from the article."));
    if (const MuscleGroup* g = content.muscleGroup(t->groupId))
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(g->why));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(TechniqueHtml::tr("Dosage:"), esc(dosageSummary(routine, index, content)));
    if (!t->startingPosition.isEmpty())
        html += row(TechniqueHtml::tr("Starting position:"), *t, "startingPosition", t->startingPosition);
    if (!t->rollerPlacement.isEmpty())
        html += row(TechniqueHtml::tr("Roller:"), *t, "rollerPlacement", t->rollerPlacement);
    html += QStringLiteral("<h3>%1</h3>").arg(TechniqueHtml::tr("Steps")) + list("ol", t->steps);
    if (!t->pressure.isEmpty())
        html += row(TechniqueHtml::tr("Pressure:"), *t, "pressure", t->pressure);
    if (!t->cautions.isEmpty())
        html += QStringLiteral("<h3 style='color:#b00020'>%1</h3>").arg(TechniqueHtml::tr("Cautions"))
                + list("ul", t->cautions, t, "cautions");
    if (!e.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(TechniqueHtml::tr("Clinician's notes:"), esc(e.notes));
    return html;
}

} // namespace rollwise
