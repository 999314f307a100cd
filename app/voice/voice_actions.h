// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each voice command id does, in one table: its name on screen and the SessionControls signal it sends
// (the very signal its key sends), and when it applies. resources/voice/commands.json holds the phrases for the
// same ids; a test keeps the two in step.

#include <QString>

#include <array>

namespace rollwise {

class SessionControls;

struct VoiceAction {
    enum class When { Running, RunningNotPaused, Paused };

    const char* id;   // as in commands.json
    const char* name; // untranslated; VoiceControl::commandName() translates it
    void (SessionControls::*signal)();
    When when;

    bool applies(bool running, bool paused) const
    {
        switch (when) {
        case When::Running: return running;
        case When::RunningNotPaused: return running && !paused;
        case When::Paused: return paused;
        }
        return false;
    }
};

const std::array<VoiceAction, 8>& voiceActions();
const VoiceAction* voiceAction(const QString& id); // nullptr for an id no command has

} // namespace rollwise
