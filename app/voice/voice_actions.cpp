// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/voice/voice_actions.h"

#include "app/session/session_controls.h"

#include <QtGlobal>

namespace rollwise {

const std::array<VoiceAction, 8>& voiceActions()
{
    using W = VoiceAction::When;
    // Pause and resume share Space's signal; which of them applies depends on the session, as for the key.
    static const std::array<VoiceAction, 8> actions{{
        {"hold", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Hold (tender spot)"), &SessionControls::tenderSpotRequested, W::Running},
        {"release", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Release"), &SessionControls::releasedRequested, W::Running},
        {"next", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Next"), &SessionControls::skipRequested, W::Running},
        {"back", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Back"), &SessionControls::backRequested, W::Running},
        {"pause", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Pause"), &SessionControls::startPauseRequested, W::RunningNotPaused},
        {"resume", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Resume"), &SessionControls::startPauseRequested, W::Paused},
        {"end", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "End the session"), &SessionControls::stopRequested, W::Running},
        {"safety-stop", QT_TRANSLATE_NOOP("rollwise::VoiceControl", "Safety stop (F12)"), &SessionControls::safetyStopRequested, W::Running},
    }};
    return actions;
}

const VoiceAction* voiceAction(const QString& id)
{
    for (const VoiceAction& a : voiceActions())
        if (id == QLatin1String(a.id))
            return &a;
    return nullptr;
}

} // namespace rollwise
