// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The routine's prescription and the clinic that gives it, as printed on the sheet: sessions a week, sets,
// the default hold and roll for exercises that set none, the next review, and the clinic's name, address,
// phone and logo. Like the other forms, nothing is clamped here: the core validator judges every value and
// its message appears under the field.

#include "app/editor/field_feedback.h"

#include <QWidget>

#include <functional>
#include <map>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace rollwise {

class RoutineDocument;
enum class RoutineField;

class PrescriptionForm : public QWidget {
    Q_OBJECT

public:
    // `chooseLogo` asks for a logo file, starting in the given folder (empty: cancelled).
    PrescriptionForm(RoutineDocument& doc, std::function<QString(QWidget*, const QString&)> chooseLogo,
                     QWidget* parent = nullptr);

private:
    QSpinBox* optionalBox(const QString& accessibleName, const QString& unset, const QString& suffix,
                          RoutineField field);
    void load();
    void showDiagnostics();
    void chooseLogo();

    RoutineDocument& m_doc;
    std::function<QString(QWidget*, const QString&)> m_chooseLogo;
    std::map<RoutineField, QSpinBox*> m_numbers;
    QDateEdit* m_nextReview = nullptr;
    std::map<RoutineField, QLineEdit*> m_texts;
    std::map<QString, FieldFeedback> m_feedback; // by the field's key in the routine file
};

} // namespace rollwise
