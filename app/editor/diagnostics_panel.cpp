// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/diagnostics_panel.h"

#include "app/editor/routine_document.h"

#include <QApplication>
#include <QStyle>

namespace rollwise {

namespace {
constexpr int kPathRole = Qt::UserRole;
} // namespace

DiagnosticsPanel::DiagnosticsPanel(RoutineDocument& doc, QWidget* parent) : QListWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("diagnosticsList"));
    setAccessibleName(tr("Problems found in the routine"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &DiagnosticsPanel::refresh);
    // Names in the lines (exercise numbers, technique names) change without the findings changing.
    connect(&doc, &RoutineDocument::exerciseMoved, this, &DiagnosticsPanel::refresh);
    connect(&doc, &RoutineDocument::customTechniqueChanged, this, &DiagnosticsPanel::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString path = item->data(kPathRole).toString(); !path.isNull())
            emit targetActivated(diagnosticTarget(path));
    });
    refresh();
}

void DiagnosticsPanel::refresh()
{
    clear();
    QStyle* style = QApplication::style();
    std::vector<Diagnostic> items = m_doc.diagnostics().items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    for (const Diagnostic& d : items) {
        auto* item = new QListWidgetItem(describeDiagnostic(d, m_doc.routine(), m_doc.content()), this);
        item->setIcon(style->standardIcon(d.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                         : QStyle::SP_MessageBoxWarning));
        item->setData(kPathRole, d.path.isNull() ? QStringLiteral("") : d.path);
        item->setData(Qt::AccessibleTextRole, (d.severity == Severity::Error ? tr("Error: ") : tr("Warning: "))
                                                  + item->text());
    }
    if (items.empty()) {
        auto* ok = new QListWidgetItem(tr("No problems found: the routine is safe to save."), this);
        ok->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
        ok->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace rollwise
