// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The routine being edited: the Routine itself, its undo stack, its file and its live diagnostics. Views
// never change the routine directly; they call the edit methods below, which push undo commands, and
// listen to the fine-grained signals (the Tiled model: the document owns the truth, views stay thin).

#include "core/diagnostic.h"
#include "core/routine.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <QVariant>

#include <vector>

namespace rollwise {

class ContentLibrary;

// The fields of one exercise an edit can change; consecutive edits of the same field merge into one
// undo step (typing "45" in the hold box is one change, not two).
enum class ExerciseField { Sides, Variant, Hold, Roll, Rest, Transition, Notes, Sets, SessionsPerWeek };
// ClearanceClinician and ClearanceDate are the two halves of the clinician clearance: the routine has one as
// soon as either is set, and the validator asks for the other. The prescription's numbers are optional: an
// invalid QVariant unsets them. ClinicLogo takes a file name, relative to the routine's folder or absolute.
enum class RoutineField {
    Title, Patient, Clinician, Created, Notes, ClearanceClinician, ClearanceDate,
    SessionsPerWeek, Sets, HoldSeconds, RollSeconds, NextReview,
    ClinicName, ClinicAddress, ClinicPhone, ClinicLogo
};

class RoutineDocument : public QObject {
    Q_OBJECT

public:
    explicit RoutineDocument(const ContentLibrary& content, QObject* parent = nullptr);
    ~RoutineDocument() override;

    const ContentLibrary& content() const { return m_content; }
    const Routine& routine() const { return m_routine; }
    QUndoStack* undoStack() { return &m_undo; }
    QString filePath() const { return m_path; }
    // The file's name, or "Untitled" for a routine that was never saved.
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    // Replaces the whole routine (new or opened); the undo history starts again.
    void reset(Routine routine, const QString& filePath = {});
    // A new, empty routine dated today (it has no exercises yet, so it is not valid until one is added).
    static Routine blankRoutine();
    // Reads a routine file with the core reader. On failure the document is unchanged and `problems`
    // (if given) says which field of which file is wrong; nothing throws.
    bool open(const QString& path, Diagnostics* problems = nullptr);
    // Empty on success, otherwise why nothing was written: the routine does not pass the validator
    // (an unsafe or invalid routine is never saved) or the file could not be written.
    QString save();
    QString saveAs(const QString& path);

    // Edits; each one is an undo step.
    // An exercise for a technique with the seed's default dosage, inserted at `index` (-1: at the end).
    // Returns the row it was inserted at, or -1 when the technique is unknown.
    int addTechnique(const QString& techniqueId, int index = -1);
    void insertExercise(int index, const Exercise& e);
    void removeExercise(int index);
    void moveExercise(int from, int to);
    // `value` is the whole exercise with `field` changed; only that field is described in the undo text.
    void setExercise(int index, const Exercise& value, ExerciseField field);
    void setRoutineField(RoutineField field, const QVariant& value);
    void addCustomTechnique(const Technique& t);
    void setCustomTechnique(int index, const Technique& t, const QString& undoText, int mergeKey = 0);
    // Refuses (returns the reason) while exercises still use the technique.
    QString removeCustomTechnique(int index);
    int customTechniqueIndex(const QString& id) const;

    // What the core validator says about the routine as it stands.
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    // Diagnostics at `path` ("exercises[2].holdSeconds") or anywhere inside it ("exercises[2]").
    std::vector<Diagnostic> diagnosticsAt(const QString& path) const;
    bool hasErrors() const { return m_diagnostics.hasErrors(); }
    // Why the routine cannot be saved, listing the validator's errors; empty when it can.
    QString saveBlocker() const;

    static QString exercisePath(int index);
    static QString customTechniquePath(int index);

signals:
    void exerciseAboutToBeInserted(int index);
    void exerciseInserted(int index);
    void exerciseAboutToBeRemoved(int index);
    void exerciseRemoved(int index);
    void exerciseAboutToBeMoved(int from, int to);
    void exerciseMoved(int from, int to);
    void exerciseChanged(int index);
    void metadataChanged();
    void customTechniquesChanged();      // one was added or removed
    void customTechniqueChanged(int index);
    void aboutToReset();
    void documentReset();
    void diagnosticsChanged();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void saved(const QString& path);

private:
    // The primitive changes, applied only by undo commands: each emits its signal and revalidates.
    friend class DocumentCommand;
    void insertExerciseNow(int index, const Exercise& e);
    Exercise removeExerciseNow(int index);
    void moveExerciseNow(int from, int to);
    void setExerciseNow(int index, const Exercise& e);
    void setRoutineFieldNow(RoutineField field, const QVariant& value);
    void insertCustomTechniqueNow(int index, const Technique& t);
    Technique removeCustomTechniqueNow(int index);
    void setCustomTechniqueNow(int index, const Technique& t);
    QVariant routineField(RoutineField field) const;

    void revalidate();

    const ContentLibrary& m_content;
    Routine m_routine;
    QUndoStack m_undo;
    QString m_path;
    Diagnostics m_diagnostics;
};

} // namespace rollwise
