// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → Clinic Details: the clinic printed at the top of every sheet page for routines that give none.
// OK stays disabled while a field is too long or the logo is not a PNG or SVG of at most 1 MB, and the
// message says which field and why.

#include "core/routine.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rollwise {

class ClinicDialog : public QDialog {
    Q_OBJECT

public:
    // `chooseLogo` asks for a logo file starting in a folder (empty: cancelled); unset, the file dialog.
    explicit ClinicDialog(const Clinic& initial, QWidget* parent = nullptr,
                          std::function<QString(QWidget*, const QString&)> chooseLogo = {});
    Clinic clinic() const;

private:
    void check();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_logo = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace rollwise
