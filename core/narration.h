// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What Rollwise says aloud for each cue, in the language of the texts. One place for the words, so the
// speech engine, the tests and the spoken-steps benchmark all hear the same thing, and a clinician's own
// technique is spoken from its own steps and note, like the built-in ones.
//
// Two modes: Prompts says what the recorded prompts say (a short instruction per phase, now with the
// technique's name); EyesFree is for a session done with the screen off: every phase change reads the step
// to do in full, and the time left is called at 10 s and counted down 3-2-1.

#include "core/cue.h"

#include <QCoreApplication>
#include <QString>

namespace rollwise {

class ContentLibrary;
struct Routine;

enum class Narration { Prompts, EyesFree };

struct Utterance {
    QString text; // empty: nothing to say for this cue
    // A call of the time (10 s left, 3-2-1): worth saying only on time, so it is dropped rather than queued
    // while something else is being said. Everything else replaces what is being said, because a new phase
    // makes the old words stale.
    bool timing = false;
    bool isEmpty() const { return text.isEmpty(); }
};

class Narrator {
    Q_DECLARE_TR_FUNCTIONS(Narrator)

public:
    // Both must outlive the narrator.
    Narrator(const Routine& routine, const ContentLibrary& content);

    Utterance utterance(const CueEvent& event, Narration mode) const;

private:
    QString techniqueName(const QString& techniqueId) const;
    QString stepsFor(const CueEvent& event) const;
    QString note(int exercise) const;

    const Routine& m_routine;
    const ContentLibrary& m_content;
};

} // namespace rollwise
