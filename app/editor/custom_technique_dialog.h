// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Creates or edits the description of a custom technique: name, id, muscle group, target muscles, per
// side or not, how to get into position and the numbered steps. The roller path is drawn afterwards on
// the body (PathEditor). Problems are found by the core reader, on a copy of the routine that includes
// the candidate, and shown before the technique reaches the document.

#include "core/technique.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rollwise {

class RoutineDocument;

class CustomTechniqueDialog : public QDialog {
    Q_OBJECT

public:
    // index: the custom technique being edited, or -1 for a new one (its id can then still change).
    CustomTechniqueDialog(const RoutineDocument& doc, const Technique& start, int index, QWidget* parent = nullptr);

    Technique technique() const;
    // The reader's complaints about the candidate, other than its (not yet drawn) roller paths.
    QStringList problems() const;
    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* targetList() const { return m_targets; }
    QPlainTextEdit* stepsEdit() const { return m_steps; }

    // A free id derived from a name: "Upper glute, short strokes" → "upper-glute-short-strokes".
    static QString idFor(const QString& name, const RoutineDocument& doc);

private:
    void refresh();

    const RoutineDocument& m_doc;
    Technique m_start;
    int m_index;
    bool m_idEdited = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_id = nullptr;
    QComboBox* m_group = nullptr;
    QListWidget* m_targets = nullptr;
    QCheckBox* m_perSide = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_placement = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace rollwise
