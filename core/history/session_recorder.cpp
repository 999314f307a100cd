// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/session_recorder.h"

#include "core/content_library.h"
#include "core/routine.h"

namespace rollwise {

SessionRecorder::SessionRecorder(QString routineTitle, std::vector<ExerciseRecord> exercises, QDateTime startUtc)
{
    m_record.routineTitle = std::move(routineTitle);
    m_record.exercises = std::move(exercises);
    m_record.start = startUtc.toUTC();
    m_record.end = m_record.start;
    m_record.outcome = SessionOutcome::Stopped; // until the engine says otherwise
}

std::vector<ExerciseRecord> SessionRecorder::exercisesOf(const Routine& routine, const ContentLibrary& content)
{
    std::vector<ExerciseRecord> out;
    out.reserve(routine.exercises.size());
    for (const Exercise& e : routine.exercises) {
        ExerciseRecord r;
        r.techniqueId = e.techniqueId;
        if (const Technique* t = routine.technique(e.techniqueId, content))
            r.groupId = t->groupId;
        out.push_back(std::move(r));
    }
    return out;
}

void SessionRecorder::markCompletedBefore(int exercise)
{
    // Reaching exercise n means every earlier one was gone through; "back" never un-completes one.
    for (int i = 0; i < exercise && i < int(m_record.exercises.size()); ++i) {
        m_record.exercises[size_t(i)].started = true;
        m_record.exercises[size_t(i)].completed = true;
    }
}

void SessionRecorder::onCue(const CueEvent& e, bool tenderSpotHold)
{
    if (m_finished)
        return;
    m_seenCue = true;
    m_record.end = m_record.start.addMSecs(e.offset.count());
    markCompletedBefore(e.exercise);
    switch (e.type) {
    case CueType::StartRolling:
        if (valid(e.exercise))
            m_record.exercises[size_t(e.exercise)].started = true;
        break;
    case CueType::HoldStart:
        if (tenderSpotHold && valid(e.exercise))
            ++m_record.exercises[size_t(e.exercise)].tenderSpots;
        break;
    case CueType::Rest:
        // The rest follows an exercise's last hold: its work is done even if the user stops while resting.
        if (valid(e.exercise)) {
            m_record.exercises[size_t(e.exercise)].started = true;
            m_record.exercises[size_t(e.exercise)].completed = true;
        }
        break;
    case CueType::SessionComplete:
        markCompletedBefore(int(m_record.exercises.size()));
        finish(SessionOutcome::Completed);
        break;
    case CueType::Stopped: finish(SessionOutcome::Stopped); break;
    case CueType::SafetyStop: finish(SessionOutcome::SafetyStop); break;
    case CueType::GetReady:
    case CueType::NextTechnique:
    case CueType::Countdown:
    case CueType::TimeLeft:
    case CueType::HoldComplete:
    case CueType::HoldEndedEarly:
    case CueType::SwitchSide:
    case CueType::Paused:
    case CueType::Resumed: break;
    }
}

void SessionRecorder::abandon()
{
    if (!m_finished)
        finish(SessionOutcome::Stopped);
}

void SessionRecorder::finish(SessionOutcome outcome)
{
    m_record.outcome = outcome;
    // The engine has one safety stop today, the red button (F12); a voice stop will pass its own reason.
    if (outcome == SessionOutcome::SafetyStop && m_record.stopReason.isEmpty())
        m_record.stopReason = SessionRecord::kStopButton;
    m_finished = true;
}

} // namespace rollwise
