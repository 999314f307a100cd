// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/technique_library.h"

#include "app/editor/diagnostic_paths.h"
#include "app/editor/routine_document.h"
#include "core/content_library.h"

#include <QApplication>
#include <QLabel>
#include <QTextDocument>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace rollwise {

namespace {
constexpr int kIdRole = Qt::UserRole;

QString targetsText(const Technique& t, const ContentLibrary& content)
{
    QStringList names;
    for (const QString& id : t.primaryTargets) {
        const auto& regions = content.regions();
        const auto r = std::find_if(regions.begin(), regions.end(), [&](const BodyRegion& x) { return x.baseId == id; });
        names << (r != regions.end() ? r->name : id);
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

TechniqueLibrary::TechniqueLibrary(RoutineDocument& doc, QWidget* parent) : QWidget(parent), m_doc(doc)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto* label = new QLabel(tr("&Techniques"), this);
    label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("techniqueLibrary"));
    m_list->setAccessibleName(tr("Technique library"));
    m_list->setAccessibleDescription(tr("Press Enter to add the selected technique to the routine."));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    label->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    m_buttons = new QVBoxLayout;
    layout->addLayout(m_buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        // Rebuilding the list recreates the items; only a different technique is news.
        const QString id = item ? item->data(kIdRole).toString() : QString();
        if (id != m_current) {
            m_current = id;
            emit currentTechniqueChanged(id);
        }
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString id = item->data(kIdRole).toString(); !id.isEmpty())
            emit techniqueActivated(id);
    });
    connect(&doc, &RoutineDocument::customTechniquesChanged, this, &TechniqueLibrary::rebuild);
    connect(&doc, &RoutineDocument::customTechniqueChanged, this, &TechniqueLibrary::rebuild);
    connect(&doc, &RoutineDocument::documentReset, this, &TechniqueLibrary::rebuild);
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &TechniqueLibrary::showProblems);
    rebuild();
}

void TechniqueLibrary::addHeader(const QString& text)
{
    auto* item = new QListWidgetItem(text.toUpper(), m_list);
    item->setFlags(Qt::NoItemFlags);
    QFont f = m_list->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    item->setFont(f);
    item->setForeground(m_list->palette().color(QPalette::Disabled, QPalette::Text));
}

void TechniqueLibrary::rebuild()
{
    const QString current = currentTechniqueId();
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const ContentLibrary& content = m_doc.content();
    auto add = [&](const Technique& t) {
        const QString mode = t.perSide ? tr("per side") : tr("both sides together");
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2 \u00b7 %3").arg(t.name, targetsText(t, content), mode), m_list);
        item->setData(kIdRole, t.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2, %3").arg(t.name, targetsText(t, content), mode));
    };
    addHeader(tr("Built-in"));
    for (const Technique& t : content.techniques())
        add(t);
    addHeader(tr("Custom (this routine)"));
    const auto& customs = m_doc.routine().customTechniques;
    for (const Technique& t : customs)
        add(t);
    if (customs.empty()) {
        auto* hint = new QListWidgetItem(tr("None yet: use \u201cNew Custom Technique\u201d."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    blocker.unblock();
    showProblems();
    if (!selectTechnique(current))
        selectTechnique(content.techniques().empty() ? QString() : content.techniques().front().id);
}

void TechniqueLibrary::showProblems()
{
    const QIcon error = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const int custom = m_doc.customTechniqueIndex(item->data(kIdRole).toString());
        if (custom < 0)
            continue;
        QStringList lines;
        for (const Diagnostic& d : m_doc.diagnosticsAt(RoutineDocument::customTechniquePath(custom)))
            if (d.severity == Severity::Error)
                lines << diagnosticMessage(d);
        // Tool tips guess at HTML; diagnostics quote the technique's own texts, shown as written.
        item->setToolTip(lines.isEmpty() ? QString() : Qt::convertFromPlainText(lines.join(QLatin1Char('\n'))));
        item->setIcon(lines.isEmpty() ? QIcon() : error);
    }
}

QString TechniqueLibrary::currentTechniqueId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

bool TechniqueLibrary::selectTechnique(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (!id.isEmpty() && m_list->item(i)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

} // namespace rollwise
