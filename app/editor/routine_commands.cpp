// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/routine_commands.h"

#include "core/routine_writer.h"

namespace rollwise {

InsertExerciseCommand::InsertExerciseCommand(RoutineDocument& doc, int index, Exercise e, const QString& text)
    : DocumentCommand(doc, text), m_index(index), m_exercise(std::move(e))
{
}

RemoveExerciseCommand::RemoveExerciseCommand(RoutineDocument& doc, int index, const QString& text)
    : DocumentCommand(doc, text), m_index(index), m_exercise(doc.routine().exercises.at(size_t(index)))
{
}

EditExerciseCommand::EditExerciseCommand(RoutineDocument& doc, int index, ExerciseField field, Exercise after,
                                         const QString& text)
    : DocumentCommand(doc, text), m_index(index), m_field(field), m_before(doc.routine().exercises.at(size_t(index))),
      m_after(std::move(after))
{
}

bool EditExerciseCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditExerciseCommand*>(other);
    if (o->m_index != m_index || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    // Typing a value and then typing the old one back leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

EditRoutineFieldCommand::EditRoutineFieldCommand(RoutineDocument& doc, RoutineField field, QVariant after,
                                                 const QString& text)
    : DocumentCommand(doc, text), m_field(field), m_before(routineField(field)), m_after(std::move(after))
{
}

bool EditRoutineFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditRoutineFieldCommand*>(other);
    if (o->m_field != m_field)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

EditCustomTechniqueCommand::EditCustomTechniqueCommand(RoutineDocument& doc, int index, Technique after,
                                                       const QString& text, int mergeKey)
    : DocumentCommand(doc, text), m_index(index), m_mergeKey(mergeKey),
      m_before(doc.routine().customTechniques.at(size_t(index))), m_after(std::move(after))
{
}

bool EditCustomTechniqueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditCustomTechniqueCommand*>(other);
    if (o->m_index != m_index || o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    setObsolete(RoutineWriter::techniqueToJson(m_after) == RoutineWriter::techniqueToJson(m_before));
    return true;
}

} // namespace rollwise
