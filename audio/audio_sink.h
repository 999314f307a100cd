// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where cue sounds go. The player only knows this interface, so its timing rules are tested against a
// recording sink, and the real Qt Multimedia sink can degrade to "unavailable" on machines without sound.

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

class QSoundEffect;

namespace rollwise {

class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual bool isAvailable() const = 0;
    virtual void play(const QString& soundId, double volume) = 0;
    virtual void stopAll() = 0;
    // Whether a sound is coming out now: voice commands are not listened for meanwhile, so Rollwise never
    // takes its own prompts for the user's words.
    virtual bool isPlaying() const = 0;
};

// Remembers every call, in order. For tests, and for running without sound at all.
class RecordingAudioSink final : public AudioSink {
public:
    struct Play {
        QString soundId;
        double volume = 0;
    };

    bool isAvailable() const override { return m_available; }
    void play(const QString& soundId, double volume) override { m_plays.push_back({soundId, volume}); }
    void stopAll() override { ++m_stopAllCount; }
    bool isPlaying() const override { return m_playing; }

    void setAvailable(bool available) { m_available = available; }
    void setPlaying(bool playing) { m_playing = playing; }
    const std::vector<Play>& plays() const { return m_plays; }
    QStringList playedIds() const;
    int stopAllCount() const { return m_stopAllCount; }
    void clear();

private:
    bool m_available = true;
    bool m_playing = false;
    std::vector<Play> m_plays;
    int m_stopAllCount = 0;
};

// Plays the compiled-in cue files through QSoundEffect. Every sound is preloaded at construction so a
// cue starts within milliseconds of its due time. Without an audio output (no sound card, no audio
// server: CI, containers, some remote sessions) it reports unavailable instead of failing, and the
// player falls back to visual cues.
class SoundEffectAudioSink final : public QObject, public AudioSink {
    Q_OBJECT

public:
    // soundIds empty: preload every compiled-in cue sound.
    explicit SoundEffectAudioSink(const QStringList& soundIds = {}, QObject* parent = nullptr);
    ~SoundEffectAudioSink() override;

    bool isAvailable() const override { return m_available; }
    void play(const QString& soundId, double volume) override;
    void stopAll() override;
    bool isPlaying() const override;

    // Why the sink is unavailable, for a status line or the log; empty while available.
    QString unavailableReason() const { return m_reason; }

signals:
    // Emitted when availability changes after construction; read isAvailable() for the initial state.
    void availabilityChanged(bool available);

private:
    void onStatusChanged(const QString& soundId);
    void becomeUnavailable(const QString& reason);

    QHash<QString, QSoundEffect*> m_effects; // children of this object
    QHash<QString, qint64> m_durationMs;     // each sound's length, from its file
    QElapsedTimer m_clock;
    qint64 m_quietAtMs = 0; // on m_clock: when the last sound started will have ended
    QSet<QString> m_reportedMissing;          // unknown ids are logged once, not on every cue
    bool m_available = true;
    QString m_reason;
};

} // namespace rollwise
