// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keyword spotter off the UI thread: the model loads on a worker thread (a second or so, never in the
// first frame's way) and every chunk of samples is decoded there, so a slow decode can delay a command but
// never the countdown on screen. While gated (Rollwise itself is making a sound) samples are dropped and the
// half-heard utterance forgotten: the recogniser never hears Rollwise's own cues.

#include "voice/voice_commands.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

namespace rollwise {

class VoiceListener : public QObject {
    Q_OBJECT

public:
    explicit VoiceListener(VoiceCommandSet commands, QString modelDir = {}, QObject* parent = nullptr);
    ~VoiceListener() override;

    // Loads the model on the worker thread; ready() or failed() follows.
    void start();
    bool isReady() const { return m_ready; }
    bool isGated() const { return m_gated; }
    const VoiceCommandSet& commands() const { return m_commands; }

public slots:
    // 16 kHz mono samples from the microphone; ignored until ready() and while gated.
    void hear(const QVector<qint16>& samples);
    void setGated(bool gated);

signals:
    void ready();
    void failed(const QString& reason);
    // `phrase` as the commands file spells it; `decodeMs` is how long after the chunk that ended it arrived the
    // worker reported it (the recogniser's own part of the latency).
    void heard(const QString& commandId, const QString& phrase, double decodeMs);

    // To the worker (queued): not for other callers.
    void loadRequested(const QString& modelDir);
    void samplesForWorker(const QVector<qint16>& samples, qint64 arrivedNs);
    void resetRequested();

private:
    VoiceCommandSet m_commands;
    QString m_modelDir;
    QThread m_thread;
    QElapsedTimer m_clock; // arrival times, shared with the worker to measure the decode delay
    bool m_ready = false;
    bool m_gated = false;
};

} // namespace rollwise
