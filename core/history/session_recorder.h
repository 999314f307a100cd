// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one session's cue stream into a SessionRecord. Pure bookkeeping on the events the engine already
// emits, so it runs the same under the GUI, in tests on a manual clock, and on a simulated timeline.
//
// One thing the cues alone cannot tell: a HoldStart opens either a hold the user asked for ("Tender spot")
// or the scripted end-of-side hold the plan always contains. The caller says which with `tenderSpotHold`,
// taken from SessionEngine::inTenderSpotHold() at the moment the cue is delivered (the engine calls its
// listener synchronously, after it has entered the hold).

#include "core/cue.h"
#include "core/history/session_record.h"

#include <QDateTime>

#include <vector>

namespace rollwise {

class ContentLibrary;
struct Routine;

class SessionRecorder {
public:
    // exercises: one per exercise of the plan, in order, with technique and muscle group filled in.
    SessionRecorder(QString routineTitle, std::vector<ExerciseRecord> exercises, QDateTime startUtc);
    // The routine's exercises as empty records; a technique the content does not know keeps an empty group.
    static std::vector<ExerciseRecord> exercisesOf(const Routine& routine, const ContentLibrary& content);

    // Feed every cue of the session in order. tenderSpotHold matters only for HoldStart.
    void onCue(const CueEvent& e, bool tenderSpotHold = false);
    // Ends a session that will never send its last cue (the engine was replaced or the app is closing):
    // it is recorded as stopped at the last cue seen. Does nothing once finished.
    void abandon();

    bool finished() const { return m_finished; }
    // Whether any cue arrived yet.
    bool hasStarted() const { return m_seenCue; }
    // The record so far; end = start + the last cue's offset.
    const SessionRecord& record() const { return m_record; }

private:
    void finish(SessionOutcome outcome);
    void markCompletedBefore(int exercise);
    bool valid(int exercise) const { return exercise >= 0 && exercise < int(m_record.exercises.size()); }

    SessionRecord m_record;
    bool m_finished = false;
    bool m_seenCue = false;
};

} // namespace rollwise
