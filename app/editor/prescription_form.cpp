// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/prescription_form.h"

#include "app/editor/optional_date.h"
#include "app/editor/routine_document.h"
#include "app/editor/undo_shortcut_filter.h"
#include "core/content_library.h"

#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rollwise {

namespace {
// Wide enough for any mistyped value: the validator, not the spin box, says what is allowed.
constexpr int kSpinMax = 3600;

QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

PrescriptionForm::PrescriptionForm(RoutineDocument& doc, std::function<QString(QWidget*, const QString&)> chooseLogo,
                                   QWidget* parent)
    : QWidget(parent), m_doc(doc), m_chooseLogo(std::move(chooseLogo))
{
    auto* column = new QVBoxLayout(this);
    auto* prescription = new QGroupBox(tr("Prescription"), this);
    auto* clinic = new QGroupBox(tr("Clinic, printed at the top of every sheet page"), this);
    column->addWidget(prescription);
    column->addWidget(clinic);
    column->addStretch(1);
    QFormLayout* form = formIn(prescription);
    // `button`, if any, sits beside the control, outside its message line.
    auto addRow = [&](QFormLayout* to, const QString& label, QWidget* control, const QString& name,
                      const QString& key, QWidget* button = nullptr) {
        FieldFeedback f = FieldFeedback::wrap(control, name);
        auto* l = new QLabel(label, this);
        l->setBuddy(control);
        QWidget* field = f.container();
        if (button) {
            field = new QWidget(this);
            auto* row = new QHBoxLayout(field);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(f.container(), 1);
            row->addWidget(button, 0, Qt::AlignTop);
        }
        to->addRow(l, field);
        m_feedback[key] = f;
        UndoShortcutFilter::install(control);
    };

    const Dosage& d = doc.content().dosage();
    addRow(form, tr("Sessions a &week"),
           optionalBox(tr("Sessions a week"),
                       tr("Not set (the article: %1-%2)").arg(d.sessionsPerWeekMin).arg(d.sessionsPerWeekMax), {},
                       RoutineField::SessionsPerWeek),
           QStringLiteral("routinePerWeekSpin"), QStringLiteral("sessionsPerWeek"));
    addRow(form, tr("&Sets"), optionalBox(tr("Sets of every exercise"), tr("Not set (one)"), {}, RoutineField::Sets),
           QStringLiteral("routineSetsSpin"), QStringLiteral("sets"));
    addRow(form, tr("Default &hold"),
           optionalBox(tr("Default hold on a tender spot, seconds"),
                       tr("Not set (%1 s)").arg(d.defaultHoldSeconds), tr(" s"), RoutineField::HoldSeconds),
           QStringLiteral("routineHoldSpin"), QStringLiteral("holdSeconds"));
    addRow(form, tr("Default &rolling"),
           optionalBox(tr("Default rolling time per side, seconds"),
                       tr("Not set (%1 s)").arg(d.defaultRollSeconds), tr(" s"), RoutineField::RollSeconds),
           QStringLiteral("routineRollSpin"), QStringLiteral("rollSeconds"));
    auto* hint = new QLabel(tr("The default hold and rolling apply to exercises added from now on and to "
                               "exercises in a routine file that give none."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(hint);
    m_nextReview = optionalDateEdit(tr("Next review"));
    addRow(form, tr("Ne&xt review"), m_nextReview, QStringLiteral("nextReviewEdit"), QStringLiteral("nextReview"));
    connect(m_nextReview, &QDateEdit::dateChanged, this,
            [this](QDate date) { m_doc.setRoutineField(RoutineField::NextReview, chosenDate(date)); });

    form = formIn(clinic);
    auto lineEdit = [&](const QString& accessible, const QString& placeholder, RoutineField field) {
        auto* e = new QLineEdit;
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        m_texts[field] = e;
        return e;
    };
    for (auto [label, accessible, placeholder, field, name, key] :
         {std::tuple{tr("&Name"), tr("Clinic name"), tr("e.g. Riverside Physiotherapy"), RoutineField::ClinicName,
                     "clinicNameEdit", "clinic.name"},
          {tr("&Address"), tr("Clinic address"), tr("One line"), RoutineField::ClinicAddress, "clinicAddressEdit",
           "clinic.address"},
          {tr("&Phone"), tr("Clinic phone"), QString(), RoutineField::ClinicPhone, "clinicPhoneEdit",
           "clinic.phone"}}) {
        QLineEdit* e = lineEdit(accessible, placeholder, field);
        connect(e, &QLineEdit::textEdited, this,
                [this, field = field](const QString& text) { m_doc.setRoutineField(field, text); });
        addRow(form, label, e, QString::fromLatin1(name), QString::fromLatin1(key));
    }
    // The logo is checked when the name is complete, not at every letter typed.
    QLineEdit* logo = lineEdit(tr("Clinic logo file"), tr("A PNG or SVG file of at most 1 MB"), RoutineField::ClinicLogo);
    connect(logo, &QLineEdit::editingFinished, this,
            [this, logo] { m_doc.setRoutineField(RoutineField::ClinicLogo, logo->text().trimmed()); });
    auto* choose = new QPushButton(tr("C&hoose\u2026"), this);
    choose->setObjectName(QStringLiteral("chooseLogoButton"));
    choose->setAccessibleName(tr("Choose the clinic's logo"));
    connect(choose, &QPushButton::clicked, this, &PrescriptionForm::chooseLogo);
    addRow(form, tr("&Logo"), logo, QStringLiteral("clinicLogoEdit"), QStringLiteral("clinic.logo"), choose);

    connect(&doc, &RoutineDocument::metadataChanged, this, &PrescriptionForm::load);
    connect(&doc, &RoutineDocument::documentReset, this, &PrescriptionForm::load);
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &PrescriptionForm::showDiagnostics);
    load();
}

QSpinBox* PrescriptionForm::optionalBox(const QString& accessibleName, const QString& unset, const QString& suffix,
                                        RoutineField field)
{
    auto* s = new QSpinBox;
    s->setRange(0, kSpinMax); // 0 is "not set": every value the file allows is at least 1
    s->setSpecialValueText(unset);
    s->setSuffix(suffix);
    s->setAccessibleName(accessibleName);
    connect(s, &QSpinBox::valueChanged, this, [this, field](int v) {
        m_doc.setRoutineField(field, v == 0 ? QVariant() : QVariant(v));
    });
    m_numbers[field] = s;
    return s;
}

void PrescriptionForm::load()
{
    const Routine& r = m_doc.routine();
    for (auto [field, value] : {std::pair{RoutineField::SessionsPerWeek, r.sessionsPerWeek},
                                {RoutineField::Sets, r.sets},
                                {RoutineField::HoldSeconds, r.holdSeconds},
                                {RoutineField::RollSeconds, r.rollSeconds}}) {
        QSpinBox* box = m_numbers.at(field);
        const QSignalBlocker b(box);
        box->setValue(value.value_or(0));
    }
    {
        const QSignalBlocker b(m_nextReview);
        m_nextReview->setDate(shownDate(r.nextReview));
    }
    // Only rewrite text that differs, so the cursor stays put while typing.
    for (auto [field, text] : {std::pair{RoutineField::ClinicName, r.clinic.name},
                               {RoutineField::ClinicAddress, r.clinic.address},
                               {RoutineField::ClinicPhone, r.clinic.phone},
                               {RoutineField::ClinicLogo, r.clinic.logo}}) {
        QLineEdit* edit = m_texts.at(field);
        if (edit->text() != text)
            edit->setText(text);
    }
    showDiagnostics();
}

void PrescriptionForm::showDiagnostics()
{
    for (auto& [key, feedback] : m_feedback)
        feedback.show(m_doc.diagnosticsAt(key));
}

void PrescriptionForm::chooseLogo()
{
    const Clinic& c = m_doc.routine().clinic;
    const QString start = !c.logoFile.isEmpty()        ? QFileInfo(c.logoFile).absolutePath()
                          : !m_doc.filePath().isEmpty() ? QFileInfo(m_doc.filePath()).absolutePath()
                                                        : QDir::homePath();
    const QString file = m_chooseLogo(this, start);
    if (!file.isEmpty())
        m_doc.setRoutineField(RoutineField::ClinicLogo, QDir::toNativeSeparators(file));
}

} // namespace rollwise
