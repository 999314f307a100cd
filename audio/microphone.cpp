// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/microphone.h"

#include <QAudioFormat>
#include <QAudioSource>
#include <QMediaDevices>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {

std::optional<PcmFormat> pcmFormat(QAudioFormat::SampleFormat f)
{
    switch (f) {
    case QAudioFormat::UInt8: return PcmFormat::UInt8;
    case QAudioFormat::Int16: return PcmFormat::Int16;
    case QAudioFormat::Int32: return PcmFormat::Int32;
    case QAudioFormat::Float: return PcmFormat::Float;
    default: return std::nullopt;
    }
}

} // namespace

Microphone::Microphone(QObject* parent) : QObject(parent), m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &Microphone::checkDeviceStillThere);
}

Microphone::~Microphone()
{
    stop();
}

QVector<Microphone::Input> Microphone::inputs()
{
    QVector<Input> list;
    const QAudioDevice def = QMediaDevices::defaultAudioInput();
    if (!def.isNull())
        list.push_back({def.id(), def.description()});
    for (const QAudioDevice& d : QMediaDevices::audioInputs())
        if (d.id() != def.id())
            list.push_back({d.id(), d.description()});
    return list;
}

bool Microphone::start(const QByteArray& deviceId)
{
    stop();
    QAudioDevice device = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice& d : QMediaDevices::audioInputs())
        if (!deviceId.isEmpty() && d.id() == deviceId)
            device = d;
    if (device.isNull()) {
        fail(tr("No microphone was found. Voice commands are off; the keys still work."));
        return false;
    }
    // 16 kHz mono 16-bit when the device offers it (no conversion); else what it prefers, converted here.
    QAudioFormat format;
    format.setSampleRate(PcmToSpeech::kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    const auto pcm = pcmFormat(format.sampleFormat());
    if (!pcm || format.channelCount() < 1 || format.sampleRate() < 8000) {
        fail(tr("The microphone \"%1\" offers no format Rollwise can listen to. Voice commands are off; the keys "
                "still work.")
                 .arg(device.description()));
        return false;
    }
    m_device = device;
    m_convert = std::make_unique<PcmToSpeech>(*pcm, format.channelCount(), format.sampleRate());
    m_source = new QAudioSource(device, format, this);
    m_source->setBufferSize(format.bytesForDuration(100'000)); // 100 ms: small enough for quick reactions
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        fail(tr("The microphone \"%1\" could not be opened (it may be in use or access was denied). Voice commands "
                "are off; the keys still work.")
                 .arg(device.description()));
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &Microphone::read);
    connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            fail(tr("The microphone \"%1\" stopped working. Voice commands are off; the keys still work.")
                     .arg(m_device.description()));
    });
    spdlog::info("listening on \"{}\" at {} Hz, {} channel(s)", device.description().toStdString(), format.sampleRate(),
                 format.channelCount());
    return true;
}

void Microphone::stop()
{
    if (!m_source)
        return;
    QAudioSource* source = m_source;
    m_source = nullptr;
    m_io = nullptr;
    source->stop();
    source->deleteLater();
    m_convert.reset();
}

void Microphone::read()
{
    if (!m_io || !m_convert)
        return;
    const QByteArray bytes = m_io->readAll();
    if (bytes.isEmpty())
        return;
    const std::vector<int16_t> out = m_convert->convert(bytes.constData(), bytes.size());
    emit level(m_convert->level());
    if (!out.empty())
        emit samples(QVector<qint16>(out.begin(), out.end()));
}

void Microphone::fail(const QString& reason)
{
    spdlog::warn("voice commands off: {}", reason.toStdString());
    stop();
    emit failed(reason);
}

void Microphone::checkDeviceStillThere()
{
    if (!m_source)
        return;
    for (const QAudioDevice& d : QMediaDevices::audioInputs())
        if (d.id() == m_device.id())
            return;
    fail(tr("The microphone \"%1\" was disconnected. Voice commands are off; the keys still work.")
             .arg(m_device.description()));
}

} // namespace rollwise
