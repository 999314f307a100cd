// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns session cues into sounds: a beep on the cue's due time, then (in voice mode) the spoken prompt
// once the beep has finished. Whenever a cue cannot be heard — muted, no audio device, or the user asked
// for flashes — it is re-emitted as visualCue so the window can carry the timing visually.

#include "audio/audio_settings.h"
#include "audio/voice_delay.h"
#include "core/cue.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rollwise {

class AudioSink;

class CuePlayer : public QObject {
    Q_OBJECT

public:
    // The sink must outlive the player. Without a delay, a real timer waits for each beep to finish.
    CuePlayer(AudioSink& sink, AudioSettings settings, QObject* parent = nullptr,
              std::unique_ptr<VoiceDelay> delay = nullptr);

    const AudioSettings& settings() const { return m_settings; }
    void setSettings(const AudioSettings& settings);
    // Whether the sink can make sound at all (false: no audio device, so cues are visual only). Muting
    // does not change this.
    bool soundAvailable() const;
    // The voice prompt waiting for its beep to finish, or empty.
    QString pendingVoice() const { return m_delay->isActive() ? m_pendingVoice : QString(); }

public slots:
    void onCue(const rollwise::CueEvent& event);

signals:
    void visualCue(const rollwise::CueEvent& event);

private:
    void cancelPendingVoice();
    void playPendingVoice();

    AudioSink& m_sink;
    AudioSettings m_settings;
    std::unique_ptr<VoiceDelay> m_delay;
    QString m_pendingVoice;
};

} // namespace rollwise
