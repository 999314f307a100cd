// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/routine_info_form.h"

#include "app/editor/routine_document.h"
#include "app/editor/optional_date.h"
#include "app/editor/undo_shortcut_filter.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace rollwise {

RoutineInfoForm::RoutineInfoForm(RoutineDocument& doc, QWidget* parent) : QWidget(parent), m_doc(doc)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& label, QWidget* control, const QString& name, const QString& key) {
        FieldFeedback f = FieldFeedback::wrap(control, name);
        auto* l = new QLabel(label, this);
        l->setBuddy(control);
        form->addRow(l, f.container());
        m_feedback[key] = f;
        UndoShortcutFilter::install(control);
    };
    auto lineEdit = [&](const QString& accessible, const QString& placeholder, RoutineField field) {
        auto* e = new QLineEdit;
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textEdited, this, [this, field](const QString& text) { m_doc.setRoutineField(field, text); });
        return e;
    };
    m_title = lineEdit(tr("Routine title"), tr("e.g. Desk worker: hips and upper back"), RoutineField::Title);
    addRow(tr("&Title"), m_title, QStringLiteral("titleEdit"), QStringLiteral("title"));
    m_patient = lineEdit(tr("Patient"), tr("Printed on the sheet"), RoutineField::Patient);
    addRow(tr("&Patient"), m_patient, QStringLiteral("patientEdit"), QStringLiteral("patient"));
    m_clinician = lineEdit(tr("Clinician"), tr("Your name and title"), RoutineField::Clinician);
    addRow(tr("C&linician"), m_clinician, QStringLiteral("clinicianEdit"), QStringLiteral("clinician"));

    m_created = optionalDateEdit(tr("Date prescribed"));
    addRow(tr("&Date"), m_created, QStringLiteral("createdEdit"), QStringLiteral("created"));
    connect(m_created, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_doc.setRoutineField(RoutineField::Created, chosenDate(d));
    });

    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes for the whole routine"));
    m_notes->setPlaceholderText(tr("e.g. Three to five times a week."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    addRow(tr("&Notes"), m_notes, QStringLiteral("routineNotes"), QStringLiteral("notes"));
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { m_doc.setRoutineField(RoutineField::Notes, m_notes->toPlainText()); });

    // Rollwise's own field, not the article's: a clinician's written clearance lifts the "ask your clinician
    // first" questions of the safety check for this routine.
    m_clearedBy = lineEdit(tr("Clinician who cleared this routine"), tr("Leave empty when there is no clearance"),
                           RoutineField::ClearanceClinician);
    m_clearedBy->setToolTip(tr("Rollwise's own field: the clinician who cleared this patient for this routine "
                               "despite an \"ask your clinician first\" condition. It never lifts the urgent signs."));
    addRow(tr("Cleared &by"), m_clearedBy, QStringLiteral("clearedByEdit"), QStringLiteral("clearance.clinician"));
    m_clearedOn = optionalDateEdit(tr("Date of the clearance"));
    addRow(tr("Cleared &on"), m_clearedOn, QStringLiteral("clearedOnEdit"), QStringLiteral("clearance.date"));
    connect(m_clearedOn, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_doc.setRoutineField(RoutineField::ClearanceDate, chosenDate(d));
    });

    connect(&doc, &RoutineDocument::metadataChanged, this, &RoutineInfoForm::load);
    connect(&doc, &RoutineDocument::documentReset, this, &RoutineInfoForm::load);
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &RoutineInfoForm::showDiagnostics);
    load();
}

void RoutineInfoForm::load()
{
    const Routine& r = m_doc.routine();
    const QSignalBlocker b1(m_created), b2(m_notes), b3(m_clearedOn);
    // Only rewrite text that differs, so the cursor stays put while typing.
    const QString clearedBy = r.clearance ? r.clearance->clinician : QString();
    for (auto [edit, text] : {std::pair{m_title, r.title}, {m_patient, r.patient}, {m_clinician, r.clinician},
                              {m_clearedBy, clearedBy}})
        if (edit->text() != text)
            edit->setText(text);
    m_created->setDate(shownDate(r.created));
    m_clearedOn->setDate(shownDate(r.clearance ? r.clearance->date : QDate()));
    if (m_notes->toPlainText() != r.notes)
        m_notes->setPlainText(r.notes);
    showDiagnostics();
}

void RoutineInfoForm::showDiagnostics()
{
    for (auto& [key, feedback] : m_feedback)
        feedback.show(m_doc.diagnosticsAt(key));
}

} // namespace rollwise
