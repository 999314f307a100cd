#include "app/audio/cue_player.h"

#include "app/audio/audio_sink.h"
#include "app/audio/cue_sounds.h"

namespace rollwise {

CuePlayer::CuePlayer(AudioSink& sink, AudioSettings settings, QObject* parent)
    : QObject(parent), m_sink(sink), m_settings(settings)
{
    m_settings.volume = clampVolume(m_settings.volume);
    m_voiceTimer.setSingleShot(true);
    // The prompt should follow the beep as closely as the event loop allows.
    m_voiceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_voiceTimer, &QTimer::timeout, this, &CuePlayer::playPendingVoice);
}

bool CuePlayer::soundAvailable() const { return m_sink.isAvailable(); }

void CuePlayer::setSettings(const AudioSettings& settings)
{
    m_settings = settings;
    m_settings.volume = clampVolume(m_settings.volume);
    // A prompt queued before the user muted or chose beeps only must not sound afterwards.
    if (m_settings.muted || !m_settings.voice || m_settings.volume <= 0)
        cancelPendingVoice();
}

void CuePlayer::onCue(const rollwise::CueEvent& event)
{
    // Prompts never pile up: whatever the new cue is, the previous cue's prompt is out of date.
    cancelPendingVoice();
    // A safety stop silences everything already sounding, so "stop" is not drowned by a cheerful chime.
    if (event.type == CueType::SafetyStop || event.type == CueType::Stopped)
        m_sink.stopAll();

    const CueSounds wanted = cueSounds(event);
    if (wanted.isEmpty())
        return;

    const bool canPlay = !m_settings.muted && m_settings.volume > 0 && m_sink.isAvailable();
    const QString beep = canPlay ? wanted.beep : QString();
    const QString voice = canPlay && m_settings.voice ? wanted.voice : QString();
    // Visual whenever this cue would otherwise pass unnoticed (including a voice-only cue such as Rest
    // in beeps-only mode), or always when the user asked for it.
    if (m_settings.alwaysFlash || (beep.isEmpty() && voice.isEmpty()))
        emit visualCue(event);

    if (!beep.isEmpty())
        m_sink.play(beep, m_settings.volume);
    if (voice.isEmpty())
        return;
    const qint64 delay = beep.isEmpty() ? 0 : soundDurationMs(beep);
    if (delay <= 0) {
        m_sink.play(voice, m_settings.volume);
        return;
    }
    m_pendingVoice = voice;
    m_voiceTimer.start(int(delay));
}

void CuePlayer::cancelPendingVoice()
{
    m_voiceTimer.stop();
    m_pendingVoice.clear();
}

void CuePlayer::playPendingVoice()
{
    const QString voice = m_pendingVoice;
    m_pendingVoice.clear();
    // Settings or the device may have changed while the beep played.
    if (voice.isEmpty() || m_settings.muted || !m_settings.voice || m_settings.volume <= 0 || !m_sink.isAvailable())
        return;
    m_sink.play(voice, m_settings.volume);
}

} // namespace rollwise
