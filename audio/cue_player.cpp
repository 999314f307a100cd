// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_player.h"

#include "audio/audio_sink.h"
#include "audio/cue_sounds.h"
#include "audio/speaker.h"
#include "core/content_library.h"

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
    if (m_settings.muted || !m_settings.voice || m_settings.volume <= 0) {
        cancelPendingVoice();
        if (m_speaker)
            m_speaker->stop();
    }
}

bool CuePlayer::speaksWithEngine() const
{
    return m_speaker && m_narrator && m_settings.voice && m_settings.speech
        && m_speaker->isAvailable(ContentLibrary::language());
}

Utterance CuePlayer::spokenWords(const CueEvent& event) const
{
    if (!speaksWithEngine())
        return {};
    return m_narrator->utterance(event, m_settings.eyesFree ? Narration::EyesFree : Narration::Prompts);
}

void CuePlayer::onCue(const rollwise::CueEvent& event)
{
    // Prompts never pile up: whatever the new cue is, the previous cue's prompt is out of date.
    cancelPendingVoice();
    // A safety stop silences everything already sounding, so "stop" is not drowned by a cheerful chime.
    if (event.type == CueType::SafetyStop || event.type == CueType::Stopped) {
        m_sink.stopAll();
        if (m_speaker)
            m_speaker->stop();
    }

    const CueSounds wanted = cueSounds(event);
    const bool canPlay = !m_settings.muted && m_settings.volume > 0 && m_sink.isAvailable();
    Utterance words = canPlay ? spokenWords(event) : Utterance{};
    if (words.timing && m_speaker->isSpeaking())
        words = {}; // the tick marks the moment; the step being read is not cut off for a number
    if (wanted.isEmpty() && words.isEmpty())
        return;

    const bool eyesFree = !words.isEmpty() && m_settings.eyesFree;
    // Eyes-free, the words are the cue (and start at once); the safety stop's tone, unlike every other, stays.
    const bool tone = canPlay && (!eyesFree || event.type == CueType::SafetyStop);
    const QString beep = tone ? wanted.beep : QString();
    const QString voice = canPlay && m_settings.voice && words.isEmpty() && !speaksWithEngine() ? wanted.voice : QString();
    // Visual whenever this cue would otherwise pass unnoticed (including a voice-only cue such as Rest
    // in beeps-only mode), or always when the user asked for it.
    if (m_settings.alwaysFlash || (beep.isEmpty() && voice.isEmpty() && words.isEmpty()))
        emit visualCue(event);

    if (!beep.isEmpty())
        m_sink.play(beep, m_settings.volume);
    if (voice.isEmpty() && words.isEmpty())
        return;
    const qint64 delay = beep.isEmpty() ? 0 : soundDurationMs(beep);
    if (delay <= 0) {
        if (!words.isEmpty())
            m_speaker->say(words.text, ContentLibrary::language(), m_settings.volume);
        else
            m_sink.play(voice, m_settings.volume);
        return;
    }
    m_pendingVoice = voice;
    m_pendingWords = words.text;
    m_delay->start(int(delay), [this] { playPendingVoice(); });
}

void CuePlayer::cancelPendingVoice()
{
    m_delay->cancel();
    m_pendingVoice.clear();
    m_pendingWords.clear();
}

void CuePlayer::playPendingVoice()
{
    const QString voice = m_pendingVoice;
    const QString words = m_pendingWords;
    m_pendingVoice.clear();
    m_pendingWords.clear();
    // Settings or the device may have changed while the beep played.
    if (m_settings.muted || !m_settings.voice || m_settings.volume <= 0 || !m_sink.isAvailable())
        return;
    if (!words.isEmpty() && speaksWithEngine())
        m_speaker->say(words, ContentLibrary::language(), m_settings.volume);
    else if (!voice.isEmpty())
        m_sink.play(voice, m_settings.volume);
}

} // namespace rollwise
