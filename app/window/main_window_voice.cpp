// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's voice commands: the listener switched on and off from the settings, and each command heard
// sent down the same path as its key, so a spoken "sharp pain" is F12 with everything F12 brings.
#include "app/window/main_window.h"

#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/voice/voice_actions.h"
#include "app/voice/voice_control.h"
#include "app/voice/voice_toast.h"
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "voice/voice_listener.h"

#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rollwise {

void MainWindow::setUpVoice()
{
    m_voice = new VoiceControl(*m_audio, this);
    m_voice->setSpeaker(m_speaker);
    m_voiceToast = new VoiceToast(centralWidget());
    connect(m_voice, &VoiceControl::command, this, &MainWindow::onVoiceCommand);
    connect(m_voice, &VoiceControl::listening, this, [this] {
        // Two examples from the commands file itself, so the hint can never name a phrase that is not there.
        const VoiceCommandSet& set = m_voice->listener()->commands();
        const auto first = [&set](const char* id) {
            const VoiceCommand* c = set.command(QString::fromLatin1(id));
            return c && !c->phrases.empty() ? c->phrases.front().text : QString();
        };
        statusBar()->showMessage(tr("Voice commands on: say \u201c%1\u201d to hold a tender spot, \u201c%2\u201d to stop "
                                    "for pain (Session \u2192 Sound and Cues lists every phrase).")
                                     .arg(first("hold"), first("safety-stop")),
                                 8000);
    });
    connect(m_voice, &VoiceControl::turnedOff, this, [this](const QString& reason) {
        statusBar()->showMessage(reason);
        m_voiceToast->showMessage(reason);
    });
    // After the first frame: opening the microphone and loading the model never delay the window's first paint.
    QTimer::singleShot(0, this, [this] { applyVoiceSettings(AudioSettings::load(*m_settings)); });
}

void MainWindow::applyVoiceSettings(const AudioSettings& settings)
{
    if (settings.listen == m_voice->isEnabled() && (!settings.listen || settings.microphone == m_voice->microphoneId()))
        return; // nothing changed: an open microphone and a loaded model are kept
    m_voice->setEnabled(settings.listen, settings.microphone);
}

void MainWindow::onVoiceCommand(const QString& id, const QString& phrase)
{
    const SessionEngine* e = m_controller->engine();
    const bool running = e && e->isRunning();
    const bool paused = running && e->isPaused();
    // Each command goes through the controls' own signal: the same handler, and the same checks, as the key.
    const VoiceAction* action = voiceAction(id);
    const bool acted = action && action->applies(running, paused);
    if (acted)
        emit(m_controls->*(action->signal))();
    spdlog::info("voice: \"{}\" -> {}{}", phrase.toStdString(), id.toStdString(), acted ? "" : " (nothing to do now)");
    const QString name = VoiceControl::commandName(id);
    const QString text = acted ? tr("Heard \u201c%1\u201d: %2").arg(phrase, name)
                               : tr("Heard \u201c%1\u201d (%2): nothing to do now").arg(phrase, name);
    m_voiceToast->showMessage(text);
    const AudioSettings s = m_cuePlayer->settings();
    if (acted && !s.muted && m_audio->isAvailable())
        m_audio->play(QStringLiteral("countdown-tick"), s.volume);
}

} // namespace rollwise
