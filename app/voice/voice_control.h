// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Voice commands for the window: owns the microphone and the listener while voice is on, and nothing while it
// is off (the model is loaded only when asked, off the UI thread). The recogniser is gated while Rollwise
// makes a sound and for a short tail after it, so a spoken prompt is never taken for a command.

#include "voice/voice_commands.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace rollwise {

class AudioSink;
class Speaker;
class Microphone;
class VoiceListener;

class VoiceControl : public QObject {
    Q_OBJECT

public:
    // A room's echo of a cue outlasts the sound itself by a few hundred milliseconds: counted in samples heard
    // (16 kHz), so the gate is exact in tests that feed recordings faster than real time.
    static constexpr int kEchoTailSamples = 16000 * 300 / 1000;

    explicit VoiceControl(const AudioSink& sink, QObject* parent = nullptr);
    ~VoiceControl() override;
    // The speech engine's words are Rollwise's own sound too: nothing is heard while it speaks (null: none).
    void setSpeaker(const Speaker* speaker) { m_speaker = speaker; }

    // On: opens the microphone (empty id: the default) and loads the model; off: releases both. Without
    // openMicrophone only hear() feeds the recogniser (tests, and recordings played into a live window).
    void setEnabled(bool on, const QByteArray& microphoneId = {}, bool openMicrophone = true);
    bool isEnabled() const { return m_listener != nullptr; }
    QByteArray microphoneId() const { return m_microphoneId; } // as last asked for
    // Where the PocketSphinx model is; empty: where the build found it.
    void setModelDirectory(const QString& dir) { m_modelDir = dir; }
    bool isListening() const; // the model is loaded and the microphone open
    // Feeds samples as the microphone would: for tests and for `--listen`-style checks on a live window.
    void hear(const QVector<qint16>& samples);
    VoiceListener* listener() const { return m_listener.get(); }

    // The phrases to show in the window and the guide: "tender spot / hold: …" one line per command.
    static QStringList phraseLines(const VoiceCommandSet& commands);
    // The user-facing name of a command id ("Hold", "Safety stop" …).
    static QString commandName(const QString& id);

signals:
    void listening();                                     // ready to hear commands
    void command(const QString& commandId, const QString& phrase);
    void turnedOff(const QString& reason);                // a failure; voice is off again
    void level(double level);                             // the microphone's level, 0..1

private:
    void fail(const QString& reason);

    const AudioSink& m_sink;
    const Speaker* m_speaker = nullptr;
    QString m_modelDir;
    QByteArray m_microphoneId;
    std::unique_ptr<Microphone> m_microphone;
    std::unique_ptr<VoiceListener> m_listener;
    qint64 m_samplesSinceSound = kEchoTailSamples; // heard since Rollwise last made a sound
};

} // namespace rollwise
