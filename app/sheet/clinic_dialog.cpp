// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/clinic_dialog.h"

#include "app/sheet/clinic_settings.h"
#include "app/editor/editor_prompts.h"
#include "app/window/window_fit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollwise {

ClinicDialog::ClinicDialog(const Clinic& initial, QWidget* parent,
                           std::function<QString(QWidget*, const QString&)> chooseLogo)
    : QDialog(parent)
{
    setWindowTitle(tr("Clinic Details"));
    if (!chooseLogo)
        chooseLogo = EditorPrompts().withDefaults().logoFileName; // the editor's own file dialog for logos
    auto* intro = new QLabel(tr("Printed at the top of every page of the sheet and the card, for routines whose "
                                "file names no clinic of its own."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto line = [this](const QString& text, const char* name, const QString& accessible) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        connect(e, &QLineEdit::textChanged, this, &ClinicDialog::check);
        return e;
    };
    m_name = line(initial.name, "clinicName", tr("Clinic name"));
    m_address = line(initial.address, "clinicAddress", tr("Clinic address"));
    m_phone = line(initial.phone, "clinicPhone", tr("Clinic phone"));
    m_logo = line(initial.logoFile.isEmpty() ? initial.logo : initial.logoFile, "clinicLogo", tr("Clinic logo file"));
    m_logo->setPlaceholderText(tr("A PNG or SVG file of at most 1 MB"));
    auto* choose = new QPushButton(tr("C&hoose\u2026"), this);
    choose->setObjectName(QStringLiteral("clinicChooseLogo"));
    choose->setAccessibleName(tr("Choose the clinic's logo"));
    connect(choose, &QPushButton::clicked, this, [this, chooseLogo] {
        const QString current = m_logo->text().trimmed();
        const QString file = chooseLogo(this, current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath());
        if (!file.isEmpty())
            m_logo->setText(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(choose);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);
    auto* logoLabel = new QLabel(tr("&Logo"), this); // a row holding a layout gets no buddy of its own
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("clinicProblem"));
    m_problem->setTextFormat(Qt::PlainText); // it quotes file names
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("clinicOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
    // Room for a clinic's address and a logo's full path without scrolling inside the boxes.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    fitToScreen(this);
}

Clinic ClinicDialog::clinic() const
{
    Clinic c;
    c.name = m_name->text().trimmed();
    c.address = m_address->text().trimmed();
    c.phone = m_phone->text().trimmed();
    const QString logo = m_logo->text().trimmed();
    c.logo = logo.isEmpty() ? QString() : QFileInfo(logo).absoluteFilePath();
    c.logoFile = c.logo;
    return c;
}

void ClinicDialog::check()
{
    const QString problem = ClinicSettings::problem(clinic());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace rollwise
