// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's spoken steps: which speaker the cues are spoken through, loaded only once spoken prompts are
// wanted and after the first frame (flite on the UI thread, in tens of milliseconds; speech-dispatcher on its own
// thread), and the eyes-free time calls handed to the session.
#include "app/window/main_window.h"

#include "app/session/session_controller.h"
#include "app/voice/voice_control.h"
#include "audio/audio_settings.h"
#include "audio/cue_player.h"
#include "audio/text_to_speech_speaker.h"
#include "core/content_library.h"
#include "core/narration.h"

#include <QSettings>
#include <QEvent>
#include <QTimer>

#include <functional>

namespace rollwise {

namespace {
// The article's holds are 15-30 s: a call at 10 s is a third to two thirds of the way through.
constexpr Ms kTimeLeftCall{10000};

// Runs `then` in the event-loop pass after the window's first frame: a top-level widget is painted while it
// handles an UpdateRequest, so the pass after the first one has the frame on screen. (A zero timer set in the
// constructor can fire before the first paint, and loading flite there showed in the start-up figures.)
class AfterFirstFrame : public QObject {
public:
    AfterFirstFrame(QWidget* window, std::function<void()> then) : QObject(window), m_then(std::move(then))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, parent(), m_then);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};
} // namespace

void MainWindow::setUpSpeech(Speaker* given)
{
    m_speaker = given;
    m_cuePlayer->setSpeaker(m_speaker);
    // The narrator reads m_routine where it lives, so a routine loaded later is spoken from its own steps.
    m_cuePlayer->setNarrator(std::make_shared<Narrator>(m_routine, m_content));
    const AudioSettings s = AudioSettings::load(*m_settings);
    m_controller->setTimeLeftCall(s.eyesFree && s.voice ? kTimeLeftCall : Ms{0});
    if (m_mayOwnSpeaker)
        new AfterFirstFrame(this, [this] { applySpeechSettings(AudioSettings::load(*m_settings)); });
}

void MainWindow::applySpeechSettings(const AudioSettings& settings)
{
    const bool wanted = settings.voice && settings.speech;
    m_controller->setTimeLeftCall(settings.eyesFree && settings.voice ? kTimeLeftCall : Ms{0});
    if (!wanted || !m_mayOwnSpeaker || m_ownSpeaker)
        return;
    // Created on first need and then kept: an engine that has started its daemon is cheap to keep.
    m_ownSpeaker = std::make_unique<TextToSpeechSpeaker>();
    m_ownSpeaker->prepare(ContentLibrary::language());
    m_speaker = m_ownSpeaker.get();
    m_cuePlayer->setSpeaker(m_speaker);
    m_voice->setSpeaker(m_speaker);
}

QString MainWindow::speechStatus() const
{
    const QString language = ContentLibrary::language();
    if (m_ownSpeaker && m_ownSpeaker->isLoading(language))
        return tr("The speech engine is loading\u2026");
    if (m_speaker && m_speaker->isAvailable(language))
        return m_ownSpeaker ? tr("Speaking with %1.").arg(m_ownSpeaker->description(language)) : tr("Speaking with the speech engine.");
    if (m_ownSpeaker)
        return tr("No speech engine for this language (%1): the recorded prompts are spoken, and steps are not read "
                  "aloud. Install qt6-speech-flite-plugin (English) or qt6-speech-speechd-plugin with speech-dispatcher "
                  "(English and German).")
            .arg(m_ownSpeaker->description(language));
    if (m_mayOwnSpeaker)
        return tr("The speech engine is loaded when spoken prompts with the engine are switched on.");
    return tr("No speech engine: the recorded prompts are spoken.");
}

} // namespace rollwise
