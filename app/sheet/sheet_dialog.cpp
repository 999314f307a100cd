// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_dialog.h"

#include "app/sheet/clinic_dialog.h"
#include "app/sheet/clinic_settings.h"
#include "app/editor/optional_date.h"
#include "app/sheet/print_preview.h"
#include "app/window/window_fit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSettings>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollwise {

SheetDialog::SheetDialog(const SheetOptions& initial, const QString& action, QWidget* parent)
    : QDialog(parent), m_initial(initial), m_clinic(initial.clinic)
{
    setWindowTitle(tr("Routine sheet"));
    auto* form = new QFormLayout;
    m_patient = new QLineEdit(initial.patient, this);
    m_patient->setObjectName(QStringLiteral("sheetPatient"));
    m_clinician = new QLineEdit(initial.clinician, this);
    m_clinician->setObjectName(QStringLiteral("sheetClinician"));
    m_notes = new QPlainTextEdit(initial.notes, this);
    m_notes->setObjectName(QStringLiteral("sheetNotes"));
    m_notes->setTabChangesFocus(true);
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("sheetPage"));
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_page->setCurrentIndex(initial.page == QPageSize::Letter ? 1 : 0);
    form->addRow(tr("&Patient"), m_patient);
    form->addRow(tr("&Clinician"), m_clinician);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(tr("P&aper"), m_page);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("sheetLayout"));
    m_layout->addItem(tr("Full sheet: every step, several pages"), int(SheetLayout::Full));
    m_layout->addItem(tr("One-page card: every exercise with a small picture"), int(SheetLayout::Card));
    m_layout->setCurrentIndex(initial.layout == SheetLayout::Card ? 1 : 0);
    form->addRow(tr("La&yout"), m_layout);
    m_nextReview = optionalDateEdit(tr("Next review"));
    m_nextReview->setObjectName(QStringLiteral("sheetNextReview"));
    m_nextReview->setDate(shownDate(initial.nextReview));
    form->addRow(tr("Ne&xt review"), m_nextReview);
    m_clinicSummary = new QLabel(this);
    m_clinicSummary->setObjectName(QStringLiteral("sheetClinic"));
    m_clinicSummary->setTextFormat(Qt::PlainText);
    m_clinicSummary->setWordWrap(true);
    m_clinicButton = new QPushButton(tr("Clinic &Details\u2026"), this);
    m_clinicButton->setObjectName(QStringLiteral("sheetClinicDetails"));
    m_clinicButton->hide();
    connect(m_clinicButton, &QPushButton::clicked, this, &SheetDialog::editClinic);
    auto* clinicRow = new QHBoxLayout;
    clinicRow->addWidget(m_clinicSummary, 1);
    clinicRow->addWidget(m_clinicButton, 0, Qt::AlignTop);
    form->addRow(tr("Clinic"), clinicRow);
    showClinic();
    m_patient->setMaxLength(SheetTextLimits::kPerson);
    m_clinician->setMaxLength(SheetTextLimits::kPerson);
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("sheetLimits"));
    m_limits->setTextFormat(Qt::PlainText);
    m_limits->setWordWrap(true);
    m_limits->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_limits->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("sheetAccept"));
    QPushButton* learn = buttons->addButton(tr("&Learn why…"), QDialogButtonBox::HelpRole);
    learn->setObjectName(QStringLiteral("sheetLearn"));
    learn->setAccessibleDescription(tr("Why these muscles are rolled and the lower back never is"));
    connect(learn, &QPushButton::clicked, this, &SheetDialog::learnRequested);
    for (QLineEdit* e : {m_patient, m_clinician})
        connect(e, &QLineEdit::textChanged, this, &SheetDialog::checkLimits);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SheetDialog::checkLimits);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_limits);
    layout->addWidget(buttons);
    checkLimits();
    fitToScreen(this);
}

void SheetDialog::checkLimits()
{
    // The boxes stop at the limit; say why, so nobody wonders where the rest of a pasted name went.
    QStringList lines;
    if (m_patient->text().size() >= SheetTextLimits::kPerson)
        lines << tr("Patient: at most %1 characters fit on the sheet.").arg(SheetTextLimits::kPerson);
    if (m_clinician->text().size() >= SheetTextLimits::kPerson)
        lines << tr("Clinician: at most %1 characters fit on the sheet.").arg(SheetTextLimits::kPerson);
    const qsizetype notes = m_notes->toPlainText().trimmed().size();
    const bool notesFit = notes <= SheetTextLimits::kNotes;
    if (!notesFit)
        lines << tr("Notes: %1. Shorten them to print the sheet.").arg(SheetTextLimits::tooLong(notes, SheetTextLimits::kNotes));
    m_limits->setText(lines.join(QLatin1Char('\n')));
    m_limits->setVisible(!lines.isEmpty());
    m_accept->setEnabled(notesFit);
}

namespace {
SheetOptions initialFor(const Routine& routine, QSettings* settings)
{
    SheetOptions o = SheetOptions::fromRoutine(routine);
    o.clinic = ClinicSettings::forSheet(routine, settings);
    return o;
}
} // namespace

SheetDialog::SheetDialog(const Routine& routine, QSettings* settings, const QString& action, QWidget* parent)
    : SheetDialog(initialFor(routine, settings), action, parent)
{
    offerClinicSettings(settings, !routine.clinic.isEmpty());
}

void SheetDialog::offerClinicSettings(QSettings* settings, bool routineHasClinic)
{
    m_settings = settings;
    m_routineHasClinic = routineHasClinic;
    m_clinicButton->setVisible(settings != nullptr);
    showClinic();
}

void SheetDialog::showClinic()
{
    const QString name = m_clinic.name.isEmpty() && !m_clinic.isEmpty() ? tr("a logo without a name") : m_clinic.name;
    if (m_clinic.isEmpty())
        m_clinicSummary->setText(m_settings ? tr("None: add one with Clinic Details.") : tr("None"));
    else if (m_routineHasClinic || !m_settings)
        m_clinicSummary->setText(tr("%1, from the routine file").arg(name));
    else
        m_clinicSummary->setText(tr("%1, from Clinic Details").arg(name));
}

void SheetDialog::editClinic()
{
    if (!m_settings)
        return;
    ClinicDialog dialog(ClinicSettings::load(*m_settings), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ClinicSettings::save(*m_settings, dialog.clinic());
    if (!m_routineHasClinic)
        m_clinic = dialog.clinic();
    showClinic();
}

SheetOptions SheetDialog::options() const
{
    SheetOptions o = m_initial;
    o.patient = m_patient->text().trimmed();
    o.clinician = m_clinician->text().trimmed();
    o.notes = m_notes->toPlainText().trimmed();
    o.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.layout = SheetLayout(m_layout->currentData().toInt());
    o.nextReview = chosenDate(m_nextReview->date());
    o.clinic = m_clinic;
    return o;
}

void printRoutineSheet(const ContentLibrary& content, const BodyArt& art, const Routine& routine, QWidget* parent,
                       const std::function<void(QWidget* over)>& learn, QSettings* settings)
{
    SheetDialog dialog(routine, settings, SheetDialog::tr("Preview"), parent);
    if (learn)
        QObject::connect(&dialog, &SheetDialog::learnRequested, &dialog, [&dialog, &learn] { learn(&dialog); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SheetRenderer sheet(content, art, routine, dialog.options());
    if (!sheet.isSafe())
        return; // the player and the editor never offer an unsafe routine; this is the last line of defence
    if (const QString problem = sheet.fitProblem(); !problem.isEmpty()) { // a card too long, a logo that cannot be drawn
        QMessageBox::warning(parent, SheetDialog::tr("Cannot print the sheet"), problem);
        return;
    }
    showPrintPreview(parent, routine.title, sheet.pageLayout(), [&sheet](QPrinter* p) { sheet.print(*p); });
}

} // namespace rollwise
