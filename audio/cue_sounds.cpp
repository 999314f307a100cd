// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_sounds.h"

#include "audio/wav_info.h"
#include "core/content_library.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {

const QString kResourceDir = QStringLiteral(":/rollwise/audio");

QString holdVoice(Ms phaseDuration)
{
    // Only an exact whole number of seconds may be announced as such; anything else is described
    // generically rather than rounded into a wrong promise.
    const qint64 ms = phaseDuration.count();
    if (ms % 1000 == 0 && spokenHoldSeconds().contains(int(ms / 1000)))
        return QStringLiteral("voice-hold-%1").arg(ms / 1000);
    return QStringLiteral("voice-hold");
}

QString nextTechniqueVoice(const QString& techniqueId)
{
    // Custom techniques have no recorded name; "get ready" is still true and still spoken.
    const QString id = QStringLiteral("voice-next-") + techniqueId;
    const bool plainId = !techniqueId.isEmpty() && !techniqueId.contains(u'/');
    return plainId && soundExists(id) ? id : QStringLiteral("voice-get-ready");
}

QString switchVoice(Side to)
{
    switch (to) {
    case Side::Left: return QStringLiteral("voice-switch-left");
    case Side::Right: return QStringLiteral("voice-switch-right");
    case Side::Centre: break;
    }
    return {}; // a midline technique has no side to announce; the beep alone says "switch"
}

// The prompt in the language of the texts (ContentLibrary::language()) when there is one, e.g. "de/voice-hold-30"
// for resources/audio/de/voice-hold-30.wav; otherwise the English prompt.
QString inLanguage(const QString& voice)
{
    const QString language = ContentLibrary::language();
    if (voice.isEmpty() || language == u"en")
        return voice;
    const QString id = language + u'/' + voice;
    return soundExists(id) ? id : voice;
}

CueSounds withLanguage(CueSounds sounds)
{
    sounds.voice = inLanguage(sounds.voice);
    return sounds;
}

} // namespace

const QList<int>& spokenHoldSeconds()
{
    // From resources/audio/spoken-holds.tsv, by way of audio/CMakeLists.txt.
    static const QList<int> seconds{ROLLWISE_SPOKEN_HOLD_SECONDS};
    return seconds;
}

namespace {
CueSounds englishCueSounds(const CueEvent& e)
{
    auto s = [](const char* beep, const char* voice) {
        return CueSounds{QString::fromLatin1(beep), QString::fromLatin1(voice)};
    };
    switch (e.type) {
    case CueType::GetReady: return s("get-ready", "voice-get-ready");
    case CueType::NextTechnique: return {QStringLiteral("next-technique"), nextTechniqueVoice(e.techniqueId)};
    case CueType::StartRolling: return s("start-rolling", "voice-start-rolling");
    case CueType::HoldStart: return {QStringLiteral("hold-start"), holdVoice(e.phaseDuration)};
    case CueType::Countdown: return s("countdown-tick", "");
    case CueType::HoldComplete: return s("hold-complete", "voice-release");
    case CueType::SwitchSide: return {QStringLiteral("switch-side"), switchVoice(e.side)};
    case CueType::Rest: return s("", "voice-rest");
    case CueType::SessionComplete: return s("session-complete", "voice-session-complete");
    case CueType::SafetyStop: return s("safety-stop", "voice-safety-stop");
    case CueType::TimeLeft: // spoken only, in eyes-free sessions: the 3-2-1 ticks still mark the end
    case CueType::HoldEndedEarly: // the release cue that follows at once is the sound; the note is on screen
    case CueType::Paused:
    case CueType::Resumed:
    case CueType::Stopped: break;
    }
    return {};
}
} // namespace

CueSounds cueSounds(const CueEvent& e)
{
    return withLanguage(englishCueSounds(e));
}

QStringList allSoundIds()
{
    QStringList ids{
        QStringLiteral("get-ready"),         QStringLiteral("next-technique"),
        QStringLiteral("start-rolling"),     QStringLiteral("hold-start"),
        QStringLiteral("countdown-tick"),    QStringLiteral("hold-complete"),
        QStringLiteral("switch-side"),
        QStringLiteral("session-complete"),  QStringLiteral("safety-stop"),
        QStringLiteral("voice-get-ready"),   QStringLiteral("voice-start-rolling"),
        QStringLiteral("voice-hold"),        QStringLiteral("voice-release"),
        QStringLiteral("voice-switch-left"),
        QStringLiteral("voice-switch-right"), QStringLiteral("voice-rest"),
        QStringLiteral("voice-session-complete"), QStringLiteral("voice-safety-stop"),
    };
    for (int seconds : spokenHoldSeconds())
        ids << QStringLiteral("voice-hold-%1").arg(seconds);
    return ids;
}

QStringList availableSoundIds()
{
    QStringList ids;
    const auto files = QDir(kResourceDir).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        ids << f.chopped(4);
    // Prompts in other languages live in a folder per language; only the current language's are needed.
    const QString language = ContentLibrary::language();
    if (language != u"en") {
        const QDir folder(kResourceDir + u'/' + language);
        for (const QString& f : folder.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name))
            ids << language + u'/' + f.chopped(4);
    }
    return ids;
}

QString soundResourcePath(const QString& soundId) { return kResourceDir + u'/' + soundId + QStringLiteral(".wav"); }

QUrl soundResourceUrl(const QString& soundId)
{
    return QUrl(QStringLiteral("qrc:/rollwise/audio/") + soundId + QStringLiteral(".wav"));
}

bool soundExists(const QString& soundId) { return QFile::exists(soundResourcePath(soundId)); }

qint64 soundDurationMs(const QString& soundId)
{
    // Headers never change at run time; cache so a cue costs one hash lookup, not a resource read.
    // Cues are played from the GUI thread only, so the cache needs no lock.
    static QHash<QString, qint64> cache;
    if (const auto it = cache.constFind(soundId); it != cache.constEnd())
        return *it;
    QString error;
    const auto info = WavInfo::fromFile(soundResourcePath(soundId), &error);
    if (!info)
        spdlog::warn("audio: cannot read the length of cue sound '{}': {}", soundId.toStdString(), error.toStdString());
    const qint64 ms = info ? info->durationMs() : 0;
    cache.insert(soundId, ms);
    return ms;
}

} // namespace rollwise
