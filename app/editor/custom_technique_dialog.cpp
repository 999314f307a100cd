// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/custom_technique_dialog.h"
#include "app/window/window_fit.h"

#include "app/editor/diagnostic_paths.h"
#include "app/editor/routine_document.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rollwise {

CustomTechniqueDialog::CustomTechniqueDialog(const RoutineDocument& doc, const Technique& start, int index,
                                             QWidget* parent)
    : QDialog(parent), m_doc(doc), m_start(start), m_index(index)
{
    setWindowTitle(index < 0 ? tr("New Custom Technique") : tr("Edit Custom Technique"));
    const ContentLibrary& content = doc.content();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_name = new QLineEdit(start.name, this);
    m_name->setObjectName(QStringLiteral("techniqueName"));
    m_name->setAccessibleName(tr("Technique name"));
    form->addRow(tr("&Name"), m_name);
    m_id = new QLineEdit(start.id, this);
    m_id->setObjectName(QStringLiteral("techniqueId"));
    m_id->setAccessibleName(tr("Technique id, used in the routine file"));
    // Exercises refer to the id: it is fixed once the technique exists.
    m_id->setReadOnly(index >= 0);
    form->addRow(tr("&Id"), m_id);
    m_idEdited = index >= 0 || !start.id.isEmpty();

    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Muscle group"));
    m_group->addItem(tr("None"), QString());
    for (const MuscleGroup& g : content.muscleGroups())
        m_group->addItem(g.name, g.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(start.groupId)));
    form->addRow(tr("Muscle &group"), m_group);

    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("techniqueTargets"));
    m_targets->setAccessibleName(tr("Target muscles"));
    QStringList seen;
    for (const BodyRegion& r : content.regions()) {
        if (seen.contains(r.baseId))
            continue;
        seen << r.baseId;
        auto* item = new QListWidgetItem(r.name, m_targets);
        item->setData(Qt::UserRole, r.baseId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(start.primaryTargets.contains(r.baseId) ? Qt::Checked : Qt::Unchecked);
    }
    m_targets->setMaximumHeight(m_targets->sizeHintForRow(0) * int(seen.size()) + 6);
    form->addRow(tr("&Targets"), m_targets);

    m_perSide = new QCheckBox(tr("One side at a time (right, then left)"), this);
    m_perSide->setChecked(start.perSide);
    form->addRow(tr("Sides"), m_perSide);
    m_position = new QLineEdit(start.startingPosition, this);
    m_position->setAccessibleName(tr("Starting position"));
    form->addRow(tr("&Starting position"), m_position);
    m_placement = new QLineEdit(start.rollerPlacement, this);
    m_placement->setAccessibleName(tr("Roller placement"));
    form->addRow(tr("&Roller placement"), m_placement);
    m_steps = new QPlainTextEdit(start.steps.join(QLatin1Char('\n')), this);
    m_steps->setObjectName(QStringLiteral("techniqueSteps"));
    m_steps->setAccessibleName(tr("Steps, one per line"));
    m_steps->setPlaceholderText(tr("One step per line"));
    m_steps->setTabChangesFocus(true);
    form->addRow(tr("St&eps"), m_steps);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("techniqueProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText); // diagnostics quote the technique's own texts
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problems);
    auto* hint = new QLabel(tr("After this, draw where the roller travels on the body diagram."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_idEdited)
            m_id->setText(idFor(name, m_doc));
        refresh();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        refresh();
    });
    connect(m_targets, &QListWidget::itemChanged, this, &CustomTechniqueDialog::refresh);
    connect(m_steps, &QPlainTextEdit::textChanged, this, &CustomTechniqueDialog::refresh);
    connect(m_perSide, &QCheckBox::toggled, this, &CustomTechniqueDialog::refresh);
    fitToScreen(this, QSize(520, 640));
    refresh();
}

QString CustomTechniqueDialog::idFor(const QString& name, const RoutineDocument& doc)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(separators, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')) || (!base.isEmpty() && base.front().isDigit()))
        base.remove(0, 1);
    base = base.left(32);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("custom");
    QString id = base;
    for (int n = 2; doc.routine().technique(id, doc.content()); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

Technique CustomTechniqueDialog::technique() const
{
    Technique t = m_start;
    t.custom = true;
    t.ownGuidance.clear(); // a custom technique's words are its clinician's, whatever they started from
    t.name = m_name->text().trimmed();
    t.id = m_id->text().trimmed();
    t.groupId = m_group->currentData().toString();
    t.primaryTargets.clear();
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            t.primaryTargets << m_targets->item(i)->data(Qt::UserRole).toString();
    t.perSide = m_perSide->isChecked();
    t.startingPosition = m_position->text().trimmed();
    t.rollerPlacement = m_placement->text().trimmed();
    t.steps.clear();
    for (const QString& line : m_steps->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            t.steps << line.trimmed();
    // Phase mappings name step numbers; they would point at the wrong steps once the list changes.
    if (t.steps != m_start.steps)
        t.phaseSteps.clear();
    return t;
}

QStringList CustomTechniqueDialog::problems() const
{
    Routine r = m_doc.routine();
    const int index = m_index >= 0 ? m_index : int(r.customTechniques.size());
    Technique candidate = technique();
    // The paths are drawn later; a stand-in path, clear of every zone, lets the reader check the rest
    // (it stops at the first missing path and would not get to, say, a duplicate id).
    if (candidate.paths.empty())
        candidate.paths.push_back(RollerPath{View::Posterior, Side::Centre, {{40, 5}, {40, 10}}, 2.0, 0});
    if (m_index >= 0)
        r.customTechniques[size_t(m_index)] = candidate;
    else
        r.customTechniques.push_back(candidate);
    const QString base = RoutineDocument::customTechniquePath(index);
    const RoutineLoad load = RoutineReader(m_doc.content()).readBytes(RoutineWriter::toBytes(r), m_doc.displayName());
    QStringList out;
    for (const Diagnostic& d : load.diagnostics.items())
        if (d.severity == Severity::Error && pathWithin(d.path, base)
            && !pathWithin(d.path, base + QStringLiteral(".paths")))
            out << describeDiagnostic(d, r, m_doc.content());
    return out;
}

void CustomTechniqueDialog::refresh()
{
    const QStringList list = problems();
    m_problems->setText(list.isEmpty() ? QString() : QStringLiteral("\u2716 ") + list.join(QStringLiteral("\n\u2716 ")));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

} // namespace rollwise
