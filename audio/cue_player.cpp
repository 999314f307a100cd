// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_player.h"

#include "audio/audio_sink.h"
#include "audio/cue_sounds.h"

namespace rollwise {

CuePlayer::CuePlayer(AudioSink& sink, AudioSettings settings, QObject* parent, std::unique_ptr<VoiceDelay> delay)
    : QObject(parent), m_sink(sink), m_settings(settings),
      m_delay(delay ? std::move(delay) : std::make_unique<TimerVoiceDelay>())
{
    m_settings.volume = clampVolume(m_settings.volume);
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
    m_delay->start(int(delay), [this] { playPendingVoice(); });
}

void CuePlayer::cancelPendingVoice()
{
    m_delay->cancel();
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
