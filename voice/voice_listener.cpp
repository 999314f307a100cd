// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/voice_listener.h"

#include "voice/keyword_spotter.h"

#include <memory>

namespace rollwise {

namespace {

// Lives on the listener's thread; owns the decoder, which is not thread-safe and is only touched there.
class SpotterWorker : public QObject {
    Q_OBJECT

public:
    SpotterWorker(VoiceCommandSet commands, const QElapsedTimer& clock) : m_commands(std::move(commands)), m_clock(clock) {}

public slots:
    void load(const QString& modelDir)
    {
        m_spotter = std::make_unique<KeywordSpotter>(m_commands, modelDir.isEmpty() ? KeywordSpotter::defaultModelDir() : modelDir);
        QString error;
        if (!m_spotter->load(&error)) {
            m_spotter.reset();
            emit failed(error);
            return;
        }
        emit loaded();
    }
    void feed(const QVector<qint16>& samples, qint64 arrivedNs)
    {
        if (!m_spotter)
            return;
        for (const VoiceDetection& d : m_spotter->feed(samples.constData(), size_t(samples.size())))
            emit heard(d.commandId, d.phrase, double(m_clock.nsecsElapsed() - arrivedNs) / 1e6);
    }
    void reset()
    {
        if (m_spotter)
            m_spotter->reset();
    }

signals:
    void loaded();
    void failed(const QString& reason);
    void heard(const QString& commandId, const QString& phrase, double decodeMs);

private:
    VoiceCommandSet m_commands;
    const QElapsedTimer& m_clock;
    std::unique_ptr<KeywordSpotter> m_spotter;
};

} // namespace

VoiceListener::VoiceListener(VoiceCommandSet commands, QString modelDir, QObject* parent)
    : QObject(parent), m_commands(std::move(commands)), m_modelDir(std::move(modelDir))
{
    m_clock.start();
    auto* worker = new SpotterWorker(m_commands, m_clock);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &VoiceListener::loadRequested, worker, &SpotterWorker::load);
    connect(this, &VoiceListener::samplesForWorker, worker, &SpotterWorker::feed);
    connect(this, &VoiceListener::resetRequested, worker, &SpotterWorker::reset);
    connect(worker, &SpotterWorker::loaded, this, [this] {
        m_ready = true;
        emit ready();
    });
    connect(worker, &SpotterWorker::failed, this, &VoiceListener::failed);
    connect(worker, &SpotterWorker::heard, this, [this](const QString& id, const QString& phrase, double ms) {
        if (!m_gated) // a phrase finished just as a cue began is the cue's doing as much as the user's
            emit heard(id, phrase, ms);
    });
    m_thread.setObjectName(QStringLiteral("rollwise-voice"));
    m_thread.start(QThread::LowPriority);
}

VoiceListener::~VoiceListener()
{
    m_thread.quit();
    m_thread.wait();
}

void VoiceListener::start()
{
    emit loadRequested(m_modelDir);
}

void VoiceListener::hear(const QVector<qint16>& samples)
{
    if (m_ready && !m_gated)
        emit samplesForWorker(samples, m_clock.nsecsElapsed());
}

void VoiceListener::setGated(bool gated)
{
    if (gated == m_gated)
        return;
    m_gated = gated;
    if (gated)
        emit resetRequested(); // what was half heard when the cue began is not finished by the cue
}

} // namespace rollwise

#include "voice_listener.moc"
