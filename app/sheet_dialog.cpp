#include "app/sheet_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollwise {

SheetDialog::SheetDialog(const SheetOptions& initial, const QString& action, QWidget* parent)
    : QDialog(parent), m_initial(initial)
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(action, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SheetOptions SheetDialog::options() const
{
    SheetOptions o = m_initial;
    o.patient = m_patient->text().trimmed();
    o.clinician = m_clinician->text().trimmed();
    o.notes = m_notes->toPlainText().trimmed();
    o.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    return o;
}

} // namespace rollwise
