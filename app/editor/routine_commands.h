// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The undo steps of the routine editor. Each command stores what it needs to go both ways and changes
// the document only through its primitive setters, so every change (done, undone or redone) emits the
// same signals and is validated the same way.

#include "app/editor/routine_document.h"

#include <QUndoCommand>

namespace rollwise {

class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(RoutineDocument& doc, const QString& text) : QUndoCommand(text), m_doc(doc) {}

protected:
    // Forwarders: friendship with RoutineDocument is not inherited by the concrete commands.
    void insertExercise(int i, const Exercise& e) { m_doc.insertExerciseNow(i, e); }
    Exercise removeExercise(int i) { return m_doc.removeExerciseNow(i); }
    void moveExercise(int from, int to) { m_doc.moveExerciseNow(from, to); }
    void setExercise(int i, const Exercise& e) { m_doc.setExerciseNow(i, e); }
    void setRoutineField(RoutineField f, const QVariant& v) { m_doc.setRoutineFieldNow(f, v); }
    QVariant routineField(RoutineField f) const { return m_doc.routineField(f); }
    void insertCustomTechnique(int i, const Technique& t) { m_doc.insertCustomTechniqueNow(i, t); }
    Technique removeCustomTechnique(int i) { return m_doc.removeCustomTechniqueNow(i); }
    void setCustomTechnique(int i, const Technique& t) { m_doc.setCustomTechniqueNow(i, t); }
    const Routine& routine() const { return m_doc.routine(); }

    RoutineDocument& m_doc;
};

class InsertExerciseCommand : public DocumentCommand {
public:
    InsertExerciseCommand(RoutineDocument& doc, int index, Exercise e, const QString& text);
    void redo() override { insertExercise(m_index, m_exercise); }
    void undo() override { removeExercise(m_index); }

private:
    int m_index;
    Exercise m_exercise;
};

class RemoveExerciseCommand : public DocumentCommand {
public:
    RemoveExerciseCommand(RoutineDocument& doc, int index, const QString& text);
    void redo() override { m_exercise = removeExercise(m_index); }
    void undo() override { insertExercise(m_index, m_exercise); }

private:
    int m_index;
    Exercise m_exercise;
};

class MoveExerciseCommand : public DocumentCommand {
public:
    MoveExerciseCommand(RoutineDocument& doc, int from, int to, const QString& text)
        : DocumentCommand(doc, text), m_from(from), m_to(to) {}
    void redo() override { moveExercise(m_from, m_to); }
    void undo() override { moveExercise(m_to, m_from); }

private:
    int m_from;
    int m_to;
};

// Changes one field of one exercise; consecutive changes of the same field merge.
class EditExerciseCommand : public DocumentCommand {
public:
    EditExerciseCommand(RoutineDocument& doc, int index, ExerciseField field, Exercise after, const QString& text);
    void redo() override { setExercise(m_index, m_after); }
    void undo() override { setExercise(m_index, m_before); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_index;
    ExerciseField m_field;
    Exercise m_before;
    Exercise m_after;
};

class EditRoutineFieldCommand : public DocumentCommand {
public:
    EditRoutineFieldCommand(RoutineDocument& doc, RoutineField field, QVariant after, const QString& text);
    void redo() override { setRoutineField(m_field, m_after); }
    void undo() override { setRoutineField(m_field, m_before); }
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineField m_field;
    QVariant m_before;
    QVariant m_after;
};

class InsertCustomTechniqueCommand : public DocumentCommand {
public:
    InsertCustomTechniqueCommand(RoutineDocument& doc, int index, Technique t, const QString& text)
        : DocumentCommand(doc, text), m_index(index), m_technique(std::move(t)) {}
    void redo() override { insertCustomTechnique(m_index, m_technique); }
    void undo() override { removeCustomTechnique(m_index); }

private:
    int m_index;
    Technique m_technique;
};

class RemoveCustomTechniqueCommand : public DocumentCommand {
public:
    RemoveCustomTechniqueCommand(RoutineDocument& doc, int index, const QString& text)
        : DocumentCommand(doc, text), m_index(index) {}
    void redo() override { m_technique = removeCustomTechnique(m_index); }
    void undo() override { insertCustomTechnique(m_index, m_technique); }

private:
    int m_index;
    Technique m_technique;
};

// Replaces a custom technique (details or roller paths). A non-zero merge key merges consecutive
// changes of the same kind to the same technique, e.g. the steps of a roller-width spin box.
class EditCustomTechniqueCommand : public DocumentCommand {
public:
    EditCustomTechniqueCommand(RoutineDocument& doc, int index, Technique after, const QString& text, int mergeKey);
    void redo() override { setCustomTechnique(m_index, m_after); }
    void undo() override { setCustomTechnique(m_index, m_before); }
    int id() const override { return m_mergeKey ? 3 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_index;
    int m_mergeKey;
    Technique m_before;
    Technique m_after;
};

} // namespace rollwise
