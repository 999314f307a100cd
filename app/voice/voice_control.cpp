// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/voice/voice_control.h"

#include "app/voice/voice_actions.h"

#include "audio/audio_sink.h"
#include "audio/microphone.h"
#include "audio/speaker.h"
#include "voice/voice_listener.h"

#include <spdlog/spdlog.h>

namespace rollwise {

VoiceControl::VoiceControl(const AudioSink& sink, QObject* parent) : QObject(parent), m_sink(sink) {}

VoiceControl::~VoiceControl() = default;

void VoiceControl::setEnabled(bool on, const QByteArray& microphoneId, bool openMicrophone)
{
    m_microphone.reset();
    m_listener.reset();
    m_microphoneId = microphoneId;
    if (!on)
        return;
    VoiceCommandLoad load = VoiceCommandSet::builtIn();
    if (!load.commands) { // a build defect, but still no crash: say so and carry on with keys
        emit turnedOff(tr("The voice commands compiled into Rollwise are damaged: %1").arg(load.diagnostics.toText()));
        return;
    }
    m_listener = std::make_unique<VoiceListener>(*load.commands, m_modelDir);
    connect(m_listener.get(), &VoiceListener::ready, this, &VoiceControl::listening);
    connect(m_listener.get(), &VoiceListener::failed, this, [this](const QString& reason) {
        fail(tr("%1. Voice commands are off; the keys still work.").arg(reason));
    });
    connect(m_listener.get(), &VoiceListener::heard, this, [this](const QString& id, const QString& phrase, double ms) {
        spdlog::info("voice command \"{}\" ({}), decoded {:.0f} ms after its last chunk", phrase.toStdString(),
                     id.toStdString(), ms);
        emit command(id, phrase);
    });
    m_listener->start();
    if (!openMicrophone)
        return;
    m_microphone = std::make_unique<Microphone>();
    connect(m_microphone.get(), &Microphone::level, this, &VoiceControl::level);
    connect(m_microphone.get(), &Microphone::samples, this, &VoiceControl::hear);
    // Queued: failed() may come from inside start(), before the caller has finished setting up.
    connect(m_microphone.get(), &Microphone::failed, this, &VoiceControl::fail, Qt::QueuedConnection);
    m_microphone->start(microphoneId);
}

bool VoiceControl::isListening() const
{
    return m_listener && m_listener->isReady() && (!m_microphone || m_microphone->isActive());
}

void VoiceControl::hear(const QVector<qint16>& samples)
{
    if (!m_listener)
        return;
    if (m_sink.isPlaying() || (m_speaker && m_speaker->isSpeaking()))
        m_samplesSinceSound = 0;
    m_listener->setGated(m_samplesSinceSound < kEchoTailSamples);
    m_listener->hear(samples);
    m_samplesSinceSound += samples.size();
}

void VoiceControl::fail(const QString& reason)
{
    if (!m_listener && !m_microphone)
        return; // already off: one message per failure
    // Later, not here: this may run inside a signal of the very object being let go.
    if (m_microphone)
        m_microphone.release()->deleteLater();
    if (m_listener)
        m_listener.release()->deleteLater();
    emit turnedOff(reason);
}

QString VoiceControl::commandName(const QString& id)
{
    const VoiceAction* a = voiceAction(id);
    return a ? tr(a->name) : id;
}

QStringList VoiceControl::phraseLines(const VoiceCommandSet& commands)
{
    QStringList lines;
    for (const VoiceCommand& c : commands.commands()) {
        QStringList phrases;
        for (const VoicePhrase& p : c.phrases)
            phrases << QStringLiteral("\u201c%1\u201d").arg(p.text);
        lines << tr("%1: say %2").arg(commandName(c.id), phrases.join(tr(" or ")));
    }
    return lines;
}

} // namespace rollwise
