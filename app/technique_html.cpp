#include "app/technique_html.h"

#include "app/labels.h"
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

QString list(const char* tag, const QStringList& items)
{
    QString out = QStringLiteral("<%1>").arg(QString::fromLatin1(tag));
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(item));
    return out + QStringLiteral("</%1>").arg(QString::fromLatin1(tag));
}
} // namespace

QString exerciseHtml(const Exercise& e, const Routine& routine, const ContentLibrary& content)
{
    const Technique* t = routine.technique(e.techniqueId, content);
    if (!t)
        return TechniqueHtml::tr("<p>Unknown technique \"%1\".</p>").arg(esc(e.techniqueId));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(t->name));
    if (const MuscleGroup* g = content.muscleGroup(t->groupId))
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(g->why));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(TechniqueHtml::tr("Dosage:"), esc(dosageSummary(e, routine, content)));
    if (!t->startingPosition.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(TechniqueHtml::tr("Starting position:"), esc(t->startingPosition));
    if (!t->rollerPlacement.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(TechniqueHtml::tr("Roller:"), esc(t->rollerPlacement));
    html += QStringLiteral("<h3>%1</h3>").arg(TechniqueHtml::tr("Steps")) + list("ol", t->steps);
    if (!t->pressure.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(TechniqueHtml::tr("Pressure:"), esc(t->pressure));
    if (!t->cautions.isEmpty())
        html += QStringLiteral("<h3 style='color:#b00020'>%1</h3>").arg(TechniqueHtml::tr("Cautions"))
                + list("ul", t->cautions);
    if (!e.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(TechniqueHtml::tr("Clinician's notes:"), esc(e.notes));
    return html;
}

} // namespace rollwise
