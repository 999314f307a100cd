// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_sink.h"

#include "audio/audio_settings.h"
#include "audio/cue_sounds.h"

#include <QAudioDevice> // QMediaDevices only forward-declares it in Qt 6.4
#include <QMediaDevices>
#include <QSoundEffect>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rollwise {

QStringList RecordingAudioSink::playedIds() const
{
    QStringList ids;
    for (const Play& p : m_plays)
        ids << p.soundId;
    return ids;
}

void RecordingAudioSink::clear()
{
    m_plays.clear();
    m_stopAllCount = 0;
}

SoundEffectAudioSink::SoundEffectAudioSink(const QStringList& soundIds, QObject* parent) : QObject(parent)
{
    // Without any output, every QSoundEffect fails within milliseconds with Qt's "Error decoding source
    // file". Checking first keeps that misleading message out of the log and skips pointless loading.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        spdlog::warn("audio: no audio output device (no sound card, or no audio server such as PulseAudio or "
                     "PipeWire running); audio cues are off and cue timing is shown visually");
        becomeUnavailable(tr("No audio output device was found, so cues are shown visually."));
        return;
    }
    const QStringList ids = soundIds.isEmpty() ? availableSoundIds() : soundIds;
    for (const QString& id : ids) {
        // A missing file is a build defect, not a device problem: skip that one sound, keep the rest.
        if (!soundExists(id)) {
            spdlog::warn("audio: no compiled-in cue sound '{}'; it will be silent", id.toStdString());
            m_reportedMissing.insert(id);
            continue;
        }
        auto* effect = new QSoundEffect(this);
        connect(effect, &QSoundEffect::statusChanged, this, [this, id] { onStatusChanged(id); });
        m_effects.insert(id, effect);
        effect->setSource(soundResourceUrl(id));
        m_durationMs.insert(id, soundDurationMs(id));
    }
    m_clock.start();
}

SoundEffectAudioSink::~SoundEffectAudioSink() = default;

void SoundEffectAudioSink::onStatusChanged(const QString& soundId)
{
    const QSoundEffect* effect = m_effects.value(soundId);
    if (!effect || effect->status() != QSoundEffect::Error || !m_available)
        return;
    // Qt says "Error decoding source file" here, but the cue files are verified 16-bit PCM by the
    // build's tests; in practice the device or audio server refused the stream (or went away).
    spdlog::warn("audio: cue sound '{}' could not be loaded for output (Qt may log \"Error decoding source "
                 "file\"; the file itself is verified 16-bit PCM, so the usual cause is that the audio device "
                 "or audio server refused or lost the stream); audio cues are off and cue timing is shown "
                 "visually",
                 soundId.toStdString());
    becomeUnavailable(tr("The audio device could not play cue sounds, so cues are shown visually."));
}

void SoundEffectAudioSink::becomeUnavailable(const QString& reason)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason = reason;
    stopAll();
    emit availabilityChanged(false);
}

void SoundEffectAudioSink::play(const QString& soundId, double volume)
{
    if (!m_available)
        return;
    QSoundEffect* effect = m_effects.value(soundId);
    if (!effect) {
        if (!m_reportedMissing.contains(soundId)) {
            m_reportedMissing.insert(soundId);
            spdlog::warn("audio: no cue sound '{}' is loaded; it is skipped", soundId.toStdString());
        }
        return;
    }
    effect->setVolume(float(clampVolume(volume)));
    effect->play();
    // The sound is coming out until its file's length has passed (QSoundEffect's own playing flag lags
    // behind the audio server and can stay set long after the sound ended).
    m_quietAtMs = std::max(m_quietAtMs, m_clock.elapsed() + m_durationMs.value(soundId, 0));
}

void SoundEffectAudioSink::stopAll()
{
    for (QSoundEffect* effect : std::as_const(m_effects))
        effect->stop();
    m_quietAtMs = 0;
}

bool SoundEffectAudioSink::isPlaying() const
{
    return m_available && m_clock.isValid() && m_clock.elapsed() < m_quietAtMs;
}

} // namespace rollwise
