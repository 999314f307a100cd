// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns session cues into sounds: a beep on the cue's due time, then (in voice mode) the spoken prompt
// once the beep has finished. Whenever a cue cannot be heard — muted, no audio device, or the user asked
// for flashes — it is re-emitted as visualCue so the window can carry the timing visually.
//
// With a speaker and a narrator, the prompt is spoken by the speech engine in the session's language (so a
// clinician's own technique is spoken by name), and the recorded prompt is the fallback whenever that language
// has no engine. Eyes-free (AudioSettings::eyesFree) the words are the cue: each phase change is spoken at once
// and in full without its tone, 3-2-1 are counted aloud, and only the safety stop keeps its tone first. A
// timing call that would interrupt a step still being read is left to its tick instead.

#include "audio/audio_settings.h"
#include "audio/voice_delay.h"
#include "core/cue.h"
#include "core/narration.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rollwise {

class AudioSink;
class Speaker;

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
    // The voice prompt (a sound id, or words for the speaker) waiting for its beep to finish, or empty.
    QString pendingVoice() const { return m_delay->isActive() ? (m_pendingVoice.isEmpty() ? m_pendingWords : m_pendingVoice) : QString(); }

    // Both optional; the speaker must outlive the player. Without either, the recorded prompts are spoken.
    void setSpeaker(Speaker* speaker) { m_speaker = speaker; }
    void setNarrator(std::shared_ptr<const Narrator> narrator) { m_narrator = std::move(narrator); }
    // Whether this cue's words would come from the speech engine now (rather than a recording).
    bool speaksWithEngine() const;

public slots:
    void onCue(const rollwise::CueEvent& event);

signals:
    void visualCue(const rollwise::CueEvent& event);

private:
    void cancelPendingVoice();
    void playPendingVoice();
    Utterance spokenWords(const CueEvent& event) const;

    AudioSink& m_sink;
    AudioSettings m_settings;
    std::unique_ptr<VoiceDelay> m_delay;
    QString m_pendingVoice;
    QString m_pendingWords;
    Speaker* m_speaker = nullptr;
    std::shared_ptr<const Narrator> m_narrator;
};

} // namespace rollwise
