// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/text_to_speech_speaker.h"

#include <QLocale>
#include <QMetaObject>
#include <QTextToSpeech>
#include <QVoice>

#include <spdlog/spdlog.h>

#include <memory>

namespace rollwise {

// Owns the QTextToSpeech objects; every method runs on the speaker's thread.
class SpeechWorker : public QObject {
    Q_OBJECT

public:
    explicit SpeechWorker(QStringList engines) : m_mayUse(std::move(engines)) {}
    void load(const QString& language);
    void say(quint64 id, const QString& text, const QString& language, double volume);
    void stop();

signals:
    void loaded(const QString& language, bool ok, const QString& description);
    void started(quint64 id);
    void finished(quint64 id);

private:
    QTextToSpeech* engineFor(const QString& language, QString& description);
    void onState(QTextToSpeech* tts, QTextToSpeech::State state);

    const QStringList m_mayUse;
    QHash<QString, QTextToSpeech*> m_engines; // children of this worker
    QTextToSpeech* m_current = nullptr;
    quint64 m_currentId = 0;
    bool m_currentStarted = false;
};

namespace {

QStringList candidateEngines(const QString& language)
{
    const QString forced = qEnvironmentVariable("ROLLWISE_SPEECH_ENGINE");
    if (!forced.isEmpty())
        return forced == u"none" ? QStringList() : QStringList{forced};
    // flite has English voices only, in-process; speech-dispatcher speaks German (and English) through espeak-ng.
    if (language == u"en")
        return {QStringLiteral("flite"), QStringLiteral("speechd")};
    return {QStringLiteral("speechd")};
}

// Measured under PulseAudio with Qt 6.4.2: slt, rms and kal play; awb and kal16 end in "Audio streaming error".
QVoice preferredVoice(const QList<QVoice>& voices)
{
    for (const char* name : {"slt", "rms", "kal"})
        for (const QVoice& v : voices)
            if (v.name() == QLatin1String(name))
                return v;
    return voices.isEmpty() ? QVoice() : voices.front();
}

} // namespace

QTextToSpeech* SpeechWorker::engineFor(const QString& language, QString& description)
{
    if (QTextToSpeech* tts = m_engines.value(language))
        return tts;
    const QStringList installed = QTextToSpeech::availableEngines();
    QStringList tried;
    for (const QString& name : candidateEngines(language)) {
        if (!installed.contains(name)) {
            tried << tr("%1 is not installed").arg(name);
            continue;
        }
        if (!m_mayUse.contains(name))
            continue;
        auto tts = std::make_unique<QTextToSpeech>(name);
        // Only the state tells: Qt 6.4's flite reports an Initialization reason even when it works.
        if (tts->state() == QTextToSpeech::Error) {
            tried << tr("%1: %2").arg(name, tts->errorString());
            spdlog::info("speech engine {} for \"{}\" refused: {}", name.toStdString(), language.toStdString(),
                         tts->errorString().toStdString());
            continue;
        }
        const QLocale::Language wanted = QLocale(language).language();
        QLocale match(QLocale::C);
        for (const QLocale& l : tts->availableLocales()) {
            if (l.language() == wanted && (match.language() != wanted || l.territory() == QLocale(language).territory()))
                match = l;
        }
        if (match.language() != wanted) {
            tried << tr("%1 has no voice for this language").arg(name);
            continue;
        }
        tts->setLocale(match);
        if (name == u"flite")
            tts->setVoice(preferredVoice(tts->availableVoices()));
        description = tr("%1, voice %2").arg(name, tts->voice().name());
        QTextToSpeech* raw = tts.release();
        raw->setParent(this);
        connect(raw, &QTextToSpeech::stateChanged, this, [this, raw](QTextToSpeech::State s) { onState(raw, s); });
        m_engines.insert(language, raw);
        return raw;
    }
    if (qEnvironmentVariable("ROLLWISE_SPEECH_ENGINE") == u"none")
        description = tr("speech engines are switched off (ROLLWISE_SPEECH_ENGINE=none)");
    else if (installed.isEmpty())
        description = tr("no speech engine is installed (qt6-speech-flite-plugin, qt6-speech-speechd-plugin)");
    else if (tried.isEmpty())
        description = tr("no engine of %1 speaks it").arg(m_mayUse.join(QStringLiteral(", ")));
    else
        description = tried.join(QStringLiteral("; "));
    return nullptr;
}

void SpeechWorker::load(const QString& language)
{
    QString description;
    const bool ok = engineFor(language, description) != nullptr;
    emit loaded(language, ok, description);
}

void SpeechWorker::say(quint64 id, const QString& text, const QString& language, double volume)
{
    QString unused;
    QTextToSpeech* tts = engineFor(language, unused);
    if (!tts) {
        emit finished(id);
        return;
    }
    if (m_current && m_current != tts)
        m_current->stop();
    m_current = tts;
    m_currentId = id;
    m_currentStarted = false;
    tts->setVolume(volume);
    tts->say(text); // replaces what this engine was saying
}

void SpeechWorker::stop()
{
    if (m_current)
        m_current->stop();
}

void SpeechWorker::onState(QTextToSpeech* tts, QTextToSpeech::State state)
{
    if (tts != m_current)
        return;
    switch (state) {
    case QTextToSpeech::Speaking:
        if (!m_currentStarted) {
            m_currentStarted = true;
            emit started(m_currentId);
        }
        break;
    case QTextToSpeech::Ready:
        // A Ready before Speaking is the previous words being cut off, not these words ending.
        if (m_currentStarted)
            emit finished(m_currentId);
        break;
    case QTextToSpeech::Error:
        spdlog::warn("speech engine {}: {}", tts->engine().toStdString(), tts->errorString().toStdString());
        emit finished(m_currentId);
        emit loaded(m_engines.key(tts), false, tts->errorString());
        break;
    case QTextToSpeech::Paused: break;
    }
}

TextToSpeechSpeaker::TextToSpeechSpeaker(QObject* parent) : QObject(parent)
{
    // flite's audio output works only from the UI thread (from another it fails with a playback error), and it
    // loads in tens of milliseconds; speech-dispatcher starts a daemon, which can take seconds, so it gets a thread.
    m_local = new SpeechWorker({QStringLiteral("flite")});
    m_local->setParent(this);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("rollwise-speech"));
    m_remote = new SpeechWorker({QStringLiteral("speechd")});
    m_remote->moveToThread(m_thread);
    for (SpeechWorker* w : {m_local, m_remote}) {
        connect(w, &SpeechWorker::loaded, this, [this, w](const QString& language, bool ok, const QString& description) {
            onLoaded(w, language, ok, description);
        });
        connect(w, &SpeechWorker::started, this, &TextToSpeechSpeaker::onStarted);
        connect(w, &SpeechWorker::finished, this, &TextToSpeechSpeaker::onFinished);
    }
    m_startGuard.setSingleShot(true);
    connect(&m_startGuard, &QTimer::timeout, this, [this] { m_speaking = false; });
    m_thread->start();
}

TextToSpeechSpeaker::~TextToSpeechSpeaker()
{
    QMetaObject::invokeMethod(m_remote, &SpeechWorker::stop, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_remote, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread->quit();
    if (m_thread->wait(3000)) {
        delete m_thread;
        return;
    }
    // A speech-dispatcher that never answers keeps its thread in a blocking call; quitting must not hang on it.
    // The thread is left to the end of the process rather than destroyed while running (which would abort).
    spdlog::warn("speech: the speech-dispatcher engine did not stop within 3 s; leaving it to the end of the process");
}

void TextToSpeechSpeaker::prepare(const QString& language)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_engines.contains(language))
            return;
        m_engines.insert(language, Engine{});
    }
    QMetaObject::invokeMethod(m_local, [w = m_local, language] { w->load(language); }, Qt::QueuedConnection);
}

bool TextToSpeechSpeaker::isAvailable(const QString& language) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_engines.constFind(language);
    return it != m_engines.cend() && it->available;
}

bool TextToSpeechSpeaker::isLoading(const QString& language) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_engines.constFind(language);
    return it != m_engines.cend() && it->loading;
}

QString TextToSpeechSpeaker::description(const QString& language) const
{
    QMutexLocker lock(&m_mutex);
    return m_engines.value(language).description;
}

void TextToSpeechSpeaker::say(const QString& text, const QString& language, double volume)
{
    if (text.isEmpty() || !isAvailable(language))
        return;
    const quint64 id = ++m_lastId;
    m_speaking = true; // at once: the microphone must be deaf from this moment, not from the first sample
    m_startGuard.start(3000);
    SpeechWorker* w = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        w = m_engines.value(language).worker;
    }
    if (w != m_current && m_current)
        QMetaObject::invokeMethod(m_current, &SpeechWorker::stop, Qt::QueuedConnection);
    m_current = w;
    QMetaObject::invokeMethod(w, [w, id, text, language, volume] { w->say(id, text, language, volume); }, Qt::QueuedConnection);
}

void TextToSpeechSpeaker::stop()
{
    ++m_lastId; // whatever finishes now is no longer the latest
    m_speaking = false;
    m_startGuard.stop();
    if (m_current)
        QMetaObject::invokeMethod(m_current, &SpeechWorker::stop, Qt::QueuedConnection);
}

void TextToSpeechSpeaker::onLoaded(SpeechWorker* worker, const QString& language, bool ok, const QString& description)
{
    if (!ok && worker == m_local) {
        // Next, speech-dispatcher on its own thread; both reasons are kept for the status line.
        QMutexLocker lock(&m_mutex);
        m_engines[language].description = description;
        QMetaObject::invokeMethod(m_remote, [w = m_remote, language] { w->load(language); }, Qt::QueuedConnection);
        return;
    }
    QString full = description;
    {
        QMutexLocker lock(&m_mutex);
        Engine& e = m_engines[language];
        if (!ok && !e.description.isEmpty() && !e.available && e.description != description)
            full = e.description + QStringLiteral("; ") + description;
        e.loading = false;
        e.available = ok;
        e.description = full;
        e.worker = ok ? worker : nullptr;
    }
    if (ok)
        spdlog::info("speech for \"{}\": {}", language.toStdString(), full.toStdString());
    else
        spdlog::warn("no speech for \"{}\" ({}): the recorded prompts are used", language.toStdString(), full.toStdString());
    emit availabilityChanged(language, ok);
}

void TextToSpeechSpeaker::onStarted(quint64 id)
{
    if (id != m_lastId)
        return;
    m_startGuard.stop();
    emit speakingStarted();
}

void TextToSpeechSpeaker::onFinished(quint64 id)
{
    if (id != m_lastId)
        return;
    m_startGuard.stop();
    m_speaking = false;
}

} // namespace rollwise

#include "text_to_speech_speaker.moc"
