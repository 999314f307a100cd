// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt TextToSpeech behind the Speaker interface. English prefers flite (in-process, no daemon, loaded in tens of
// milliseconds on the UI thread, the only thread its audio output works from); other languages, and English
// without flite, use speech-dispatcher with espeak-ng, on a thread of its own, because loading it starts its
// daemon (seconds on a cold machine, and never if the daemon cannot start) and that may not stall the window. A language whose engine is missing or fails is simply unavailable, and
// CuePlayer speaks the recorded prompts instead.
//
// ROLLWISE_SPEECH_ENGINE=flite|speechd|none overrides the choice (tests; "none" for the recorded prompts).

#include "audio/speaker.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace rollwise {

class SpeechWorker;

class TextToSpeechSpeaker final : public QObject, public Speaker {
    Q_OBJECT

public:
    explicit TextToSpeechSpeaker(QObject* parent = nullptr);
    ~TextToSpeechSpeaker() override;

    // Loads the engine for a language in the background; availabilityChanged() tells when it is known.
    void prepare(const QString& language);
    bool isAvailable(const QString& language) const override;
    void say(const QString& text, const QString& language, double volume) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking.load(); }

    // "flite, voice slt" once loaded; why not, when unavailable; empty while loading or never asked.
    QString description(const QString& language) const;
    bool isLoading(const QString& language) const;

signals:
    void availabilityChanged(const QString& language, bool available);
    // Words of the latest say() began to come out (for the spoken-steps latency figure).
    void speakingStarted();

private:
    void onLoaded(SpeechWorker* worker, const QString& language, bool ok, const QString& description);
    void onStarted(quint64 id);
    void onFinished(quint64 id);

    SpeechWorker* m_local = nullptr;  // flite, on this thread (a child)
    QThread* m_thread = nullptr;      // speech-dispatcher's
    SpeechWorker* m_remote = nullptr; // lives on m_thread
    SpeechWorker* m_current = nullptr; // the one that spoke last
    mutable QMutex m_mutex;
    struct Engine {
        bool loading = true;
        bool available = false;
        QString description;
        SpeechWorker* worker = nullptr;
    };
    QHash<QString, Engine> m_engines;
    quint64 m_lastId = 0;
    std::atomic<bool> m_speaking{false};
    // Words that never start (an engine that swallows them) must not hold voice commands off for ever.
    QTimer m_startGuard;
};

} // namespace rollwise
