// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The selected audio input, delivered as the keyword spotter wants it (16 kHz mono 16-bit, PcmToSpeech), with
// a level for the meter. Failure is a state, not an exception: no input device, a device that refuses to open,
// or one unplugged mid-session each end in failed() with a sentence the window can show, and the session goes
// on with keys.

#include "audio/pcm_to_speech.h"

#include <QAudioDevice>
#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace rollwise {

class Microphone : public QObject {
    Q_OBJECT

public:
    explicit Microphone(QObject* parent = nullptr);
    ~Microphone() override;

    // The inputs to offer (id, description), the system default first.
    struct Input {
        QByteArray id;
        QString description;
    };
    static QVector<Input> inputs();

    // Opens the input with this id (empty or unknown: the system default). False, with failed() emitted, when
    // there is none or it cannot be opened.
    bool start(const QByteArray& deviceId = {});
    void stop();
    bool isActive() const { return m_source != nullptr; }
    QString deviceDescription() const { return m_device.description(); }

signals:
    void samples(const QVector<qint16>& samples); // 16 kHz mono
    void level(double level);                     // 0..1, for the meter (PcmToSpeech::level)
    void failed(const QString& reason);

private:
    void read();
    void fail(const QString& reason);
    void checkDeviceStillThere();

    QAudioDevice m_device;
    QAudioSource* m_source = nullptr; // child of this
    QIODevice* m_io = nullptr;        // owned by m_source
    QMediaDevices* m_devices = nullptr;
    std::unique_ptr<PcmToSpeech> m_convert;
};

} // namespace rollwise
