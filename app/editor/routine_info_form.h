// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The routine's own fields, printed on the take-home sheet: title, patient, clinician, date, notes and the
// clinician's clearance (who, when).

#include "app/editor/field_feedback.h"

#include <QWidget>

#include <map>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rollwise {

class RoutineDocument;

class RoutineInfoForm : public QWidget {
    Q_OBJECT

public:
    explicit RoutineInfoForm(RoutineDocument& doc, QWidget* parent = nullptr);

private:
    void load();
    void showDiagnostics();

    RoutineDocument& m_doc;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_clinician = nullptr;
    QDateEdit* m_created = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_clearedBy = nullptr;
    QDateEdit* m_clearedOn = nullptr;
    std::map<QString, FieldFeedback> m_feedback; // by the field's key in the routine file
};

} // namespace rollwise
