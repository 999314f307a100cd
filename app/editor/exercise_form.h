// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings of the selected exercise: sides, variant, rolling (time or passes), hold, rest, get-ready
// time, sets, sessions a week and notes. Every change is a document edit (undoable); values are never clamped here, because the
// core validator decides what is allowed and its message appears under the offending field.

#include "app/editor/field_feedback.h"

#include <QWidget>

#include <functional>
#include <map>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;

namespace rollwise {

class RoutineDocument;
enum class ExerciseField;
struct Exercise;

class ExerciseForm : public QWidget {
    Q_OBJECT

public:
    explicit ExerciseForm(RoutineDocument& doc, QWidget* parent = nullptr);

    // The exercise shown, by row; -1 shows nothing.
    void setCurrent(int row);
    int current() const { return m_row; }

private:
    void build();
    void load();
    void showDiagnostics();
    void edit(ExerciseField field, const std::function<void(Exercise&)>& change);
    void changeRollMode(int mode);

    RoutineDocument& m_doc;
    int m_row = -1;
    QLabel* m_header = nullptr;
    QLabel* m_subtitle = nullptr;
    FieldFeedback m_technique;
    QComboBox* m_sides = nullptr;
    QComboBox* m_variant = nullptr;
    QComboBox* m_rollMode = nullptr;
    QLabel* m_rollLabel = nullptr;
    QSpinBox* m_roll = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_rest = nullptr;
    QSpinBox* m_transition = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_perWeek = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTextBrowser* m_preview = nullptr;
    QWidget* m_fields = nullptr;
    std::map<QString, FieldFeedback> m_feedback; // by the field's key in the routine file
};

} // namespace rollwise
