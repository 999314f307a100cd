// SPDX-License-Identifier: GPL-3.0-or-later
// RoutineDocument's edits: the public ones push undo commands, the primitive ones (run by those
// commands) change the routine, emit the fine-grained signal and revalidate.
#include "app/editor/routine_document.h"

#include "app/editor/routine_commands.h"
#include "core/content_library.h"
#include "core/routine_writer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace rollwise {

namespace {
QString techniqueName(const Routine& r, const QString& id, const ContentLibrary& content)
{
    const Technique* t = r.technique(id, content);
    return t ? t->name : id;
}

QString fieldUndoText(ExerciseField f)
{
    switch (f) {
    case ExerciseField::Sides: return RoutineDocument::tr("Change sides");
    case ExerciseField::Variant: return RoutineDocument::tr("Change variant");
    case ExerciseField::Hold: return RoutineDocument::tr("Change hold time");
    case ExerciseField::Roll: return RoutineDocument::tr("Change rolling");
    case ExerciseField::Rest: return RoutineDocument::tr("Change rest");
    case ExerciseField::Transition: return RoutineDocument::tr("Change get-ready time");
    case ExerciseField::Notes: return RoutineDocument::tr("Edit exercise notes");
    case ExerciseField::Sets: return RoutineDocument::tr("Change sets");
    case ExerciseField::SessionsPerWeek: return RoutineDocument::tr("Change sessions a week");
    }
    return {};
}

QString fieldUndoText(RoutineField f)
{
    switch (f) {
    case RoutineField::Title: return RoutineDocument::tr("Change title");
    case RoutineField::Patient: return RoutineDocument::tr("Change patient");
    case RoutineField::Clinician: return RoutineDocument::tr("Change clinician");
    case RoutineField::Created: return RoutineDocument::tr("Change date");
    case RoutineField::Notes: return RoutineDocument::tr("Edit routine notes");
    case RoutineField::ClearanceClinician: return RoutineDocument::tr("Change who cleared the routine");
    case RoutineField::ClearanceDate: return RoutineDocument::tr("Change the clearance date");
    case RoutineField::SessionsPerWeek: return RoutineDocument::tr("Change sessions a week");
    case RoutineField::Sets: return RoutineDocument::tr("Change sets");
    case RoutineField::HoldSeconds: return RoutineDocument::tr("Change the default hold");
    case RoutineField::RollSeconds: return RoutineDocument::tr("Change the default rolling time");
    case RoutineField::NextReview: return RoutineDocument::tr("Change the next review");
    case RoutineField::ClinicName: return RoutineDocument::tr("Change the clinic's name");
    case RoutineField::ClinicAddress: return RoutineDocument::tr("Change the clinic's address");
    case RoutineField::ClinicPhone: return RoutineDocument::tr("Change the clinic's phone");
    case RoutineField::ClinicLogo: return RoutineDocument::tr("Change the clinic's logo");
    }
    return {};
}

QVariant optionalValue(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

int RoutineDocument::addTechnique(const QString& techniqueId, int index)
{
    const Technique* t = m_routine.technique(techniqueId, m_content);
    if (!t)
        return -1;
    const Exercise e = m_routine.newExercise(techniqueId, m_content);
    const int count = int(m_routine.exercises.size());
    const int at = index < 0 || index > count ? count : index;
    m_undo.push(new InsertExerciseCommand(*this, at, e, tr("Add %1").arg(t->name)));
    return at;
}

void RoutineDocument::insertExercise(int index, const Exercise& e)
{
    const int count = int(m_routine.exercises.size());
    const int at = std::clamp(index, 0, count);
    m_undo.push(new InsertExerciseCommand(*this, at, e,
                                          tr("Add %1").arg(techniqueName(m_routine, e.techniqueId, m_content))));
}

void RoutineDocument::removeExercise(int index)
{
    if (index < 0 || size_t(index) >= m_routine.exercises.size())
        return;
    const QString name = techniqueName(m_routine, m_routine.exercises[size_t(index)].techniqueId, m_content);
    m_undo.push(new RemoveExerciseCommand(*this, index, tr("Remove %1").arg(name)));
}

void RoutineDocument::moveExercise(int from, int to)
{
    const int count = int(m_routine.exercises.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    const QString name = techniqueName(m_routine, m_routine.exercises[size_t(from)].techniqueId, m_content);
    m_undo.push(new MoveExerciseCommand(*this, from, to, tr("Move %1").arg(name)));
}

void RoutineDocument::setExercise(int index, const Exercise& value, ExerciseField field)
{
    if (index < 0 || size_t(index) >= m_routine.exercises.size() || m_routine.exercises[size_t(index)] == value)
        return;
    m_undo.push(new EditExerciseCommand(*this, index, field, value, fieldUndoText(field)));
}

void RoutineDocument::setRoutineField(RoutineField field, const QVariant& value)
{
    if (routineField(field) == value)
        return;
    m_undo.push(new EditRoutineFieldCommand(*this, field, value, fieldUndoText(field)));
}

void RoutineDocument::addCustomTechnique(const Technique& t)
{
    Technique custom = t;
    custom.custom = true;
    m_undo.push(new InsertCustomTechniqueCommand(*this, int(m_routine.customTechniques.size()), custom,
                                                 tr("Create technique %1").arg(t.name)));
}

void RoutineDocument::setCustomTechnique(int index, const Technique& t, const QString& undoText, int mergeKey)
{
    if (index < 0 || size_t(index) >= m_routine.customTechniques.size())
        return;
    Technique custom = t;
    custom.custom = true;
    if (RoutineWriter::techniqueToJson(custom) == RoutineWriter::techniqueToJson(m_routine.customTechniques[size_t(index)]))
        return;
    m_undo.push(new EditCustomTechniqueCommand(*this, index, custom, undoText, mergeKey));
}

QString RoutineDocument::removeCustomTechnique(int index)
{
    if (index < 0 || size_t(index) >= m_routine.customTechniques.size())
        return tr("No such custom technique.");
    const Technique& t = m_routine.customTechniques[size_t(index)];
    const auto uses = std::count_if(m_routine.exercises.begin(), m_routine.exercises.end(),
                                    [&](const Exercise& e) { return e.techniqueId == t.id; });
    if (uses > 0)
        return uses == 1 ? tr("\u201c%1\u201d is used by 1 exercise; remove that exercise first.").arg(t.name)
                         : tr("\u201c%1\u201d is used by %2 exercises; remove them first.").arg(t.name).arg(uses);
    m_undo.push(new RemoveCustomTechniqueCommand(*this, index, tr("Delete technique %1").arg(t.name)));
    return {};
}

int RoutineDocument::customTechniqueIndex(const QString& id) const
{
    for (size_t i = 0; i < m_routine.customTechniques.size(); ++i)
        if (m_routine.customTechniques[i].id == id)
            return int(i);
    return -1;
}

void RoutineDocument::insertExerciseNow(int index, const Exercise& e)
{
    emit exerciseAboutToBeInserted(index);
    m_routine.exercises.insert(m_routine.exercises.begin() + index, e);
    emit exerciseInserted(index);
    revalidate();
}

Exercise RoutineDocument::removeExerciseNow(int index)
{
    emit exerciseAboutToBeRemoved(index);
    Exercise e = m_routine.exercises.at(size_t(index));
    m_routine.exercises.erase(m_routine.exercises.begin() + index);
    emit exerciseRemoved(index);
    revalidate();
    return e;
}

void RoutineDocument::moveExerciseNow(int from, int to)
{
    emit exerciseAboutToBeMoved(from, to);
    Exercise e = m_routine.exercises.at(size_t(from));
    m_routine.exercises.erase(m_routine.exercises.begin() + from);
    m_routine.exercises.insert(m_routine.exercises.begin() + to, std::move(e));
    emit exerciseMoved(from, to);
    revalidate();
}

void RoutineDocument::setExerciseNow(int index, const Exercise& e)
{
    m_routine.exercises.at(size_t(index)) = e;
    emit exerciseChanged(index);
    revalidate();
}

QVariant RoutineDocument::routineField(RoutineField field) const
{
    switch (field) {
    case RoutineField::Title: return m_routine.title;
    case RoutineField::Patient: return m_routine.patient;
    case RoutineField::Clinician: return m_routine.clinician;
    case RoutineField::Created: return m_routine.created;
    case RoutineField::Notes: return m_routine.notes;
    case RoutineField::ClearanceClinician: return m_routine.clearance ? m_routine.clearance->clinician : QString();
    case RoutineField::ClearanceDate: return m_routine.clearance ? m_routine.clearance->date : QDate();
    case RoutineField::SessionsPerWeek: return optionalValue(m_routine.sessionsPerWeek);
    case RoutineField::Sets: return optionalValue(m_routine.sets);
    case RoutineField::HoldSeconds: return optionalValue(m_routine.holdSeconds);
    case RoutineField::RollSeconds: return optionalValue(m_routine.rollSeconds);
    case RoutineField::NextReview: return m_routine.nextReview;
    case RoutineField::ClinicName: return m_routine.clinic.name;
    case RoutineField::ClinicAddress: return m_routine.clinic.address;
    case RoutineField::ClinicPhone: return m_routine.clinic.phone;
    case RoutineField::ClinicLogo: return m_routine.clinic.logo;
    }
    return {};
}

void RoutineDocument::setRoutineFieldNow(RoutineField field, const QVariant& value)
{
    switch (field) {
    case RoutineField::Title: m_routine.title = value.toString(); break;
    case RoutineField::Patient: m_routine.patient = value.toString(); break;
    case RoutineField::Clinician: m_routine.clinician = value.toString(); break;
    case RoutineField::Created: m_routine.created = value.toDate(); break;
    case RoutineField::Notes: m_routine.notes = value.toString(); break;
    case RoutineField::ClearanceClinician:
    case RoutineField::ClearanceDate: {
        ClinicianClearance c = m_routine.clearance.value_or(ClinicianClearance{});
        if (field == RoutineField::ClearanceClinician)
            c.clinician = value.toString();
        else
            c.date = value.toDate();
        if (c.clinician.isEmpty() && !c.date.isValid())
            m_routine.clearance.reset();
        else
            m_routine.clearance = c;
        break;
    }
    case RoutineField::SessionsPerWeek: m_routine.sessionsPerWeek = optionalInt(value); break;
    case RoutineField::Sets: m_routine.sets = optionalInt(value); break;
    case RoutineField::HoldSeconds: m_routine.holdSeconds = optionalInt(value); break;
    case RoutineField::RollSeconds: m_routine.rollSeconds = optionalInt(value); break;
    case RoutineField::NextReview: m_routine.nextReview = value.toDate(); break;
    case RoutineField::ClinicName: m_routine.clinic.name = value.toString(); break;
    case RoutineField::ClinicAddress: m_routine.clinic.address = value.toString(); break;
    case RoutineField::ClinicPhone: m_routine.clinic.phone = value.toString(); break;
    case RoutineField::ClinicLogo: {
        // Like the reader: a relative name is relative to the routine's folder (or, before the first save,
        // to where Rollwise runs), and the writer saves it relative again when the logo lies beside the file.
        const QString logo = value.toString();
        m_routine.clinic.logo = logo;
        const QDir base = m_path.isEmpty() ? QDir::current() : QFileInfo(m_path).absoluteDir();
        m_routine.clinic.logoFile = logo.isEmpty() ? QString() : base.absoluteFilePath(logo);
        break;
    }
    }
    emit metadataChanged();
    revalidate();
}

void RoutineDocument::insertCustomTechniqueNow(int index, const Technique& t)
{
    m_routine.customTechniques.insert(m_routine.customTechniques.begin() + index, t);
    emit customTechniquesChanged();
    revalidate();
}

Technique RoutineDocument::removeCustomTechniqueNow(int index)
{
    Technique t = m_routine.customTechniques.at(size_t(index));
    m_routine.customTechniques.erase(m_routine.customTechniques.begin() + index);
    emit customTechniquesChanged();
    revalidate();
    return t;
}

void RoutineDocument::setCustomTechniqueNow(int index, const Technique& t)
{
    m_routine.customTechniques.at(size_t(index)) = t;
    emit customTechniqueChanged(index);
    // Exercises show the technique's name and its per-side rule: they change with it.
    for (size_t i = 0; i < m_routine.exercises.size(); ++i)
        if (m_routine.exercises[i].techniqueId == t.id)
            emit exerciseChanged(int(i));
    revalidate();
}

} // namespace rollwise
