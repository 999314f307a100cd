// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_settings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {

QString key(const char* name) { return QStringLiteral("audio/") + QLatin1String(name); }

// QSettings::value().toBool() turns any unrecognised string into false; keep the default instead so a
// hand-edited typo cannot silently mute cues.
bool readBool(QSettings& s, const char* name, bool fallback)
{
    const QVariant v = s.value(key(name));
    if (!v.isValid())
        return fallback;
    const QString text = v.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return fallback;
}

} // namespace

double clampVolume(double volume)
{
    if (std::isnan(volume))
        return AudioSettings{}.volume;
    return std::clamp(volume, 0.0, 1.0);
}

AudioSettings AudioSettings::load(QSettings& settings)
{
    AudioSettings a;
    bool ok = false;
    const double v = settings.value(key("volume")).toDouble(&ok);
    if (ok)
        a.volume = clampVolume(v);
    a.muted = readBool(settings, "muted", a.muted);
    a.voice = readBool(settings, "voice", a.voice);
    a.alwaysFlash = readBool(settings, "alwaysFlash", a.alwaysFlash);
    a.listen = readBool(settings, "listen", a.listen);
    a.speech = readBool(settings, "speech", a.speech);
    a.eyesFree = readBool(settings, "eyesFree", a.eyesFree);
    a.microphone = settings.value(key("microphone")).toByteArray().left(512); // an id, not a place for a novel
    return a;
}

void AudioSettings::save(QSettings& settings) const
{
    settings.setValue(key("volume"), clampVolume(volume));
    settings.setValue(key("muted"), muted);
    settings.setValue(key("voice"), voice);
    settings.setValue(key("alwaysFlash"), alwaysFlash);
    settings.setValue(key("listen"), listen);
    settings.setValue(key("speech"), speech);
    settings.setValue(key("eyesFree"), eyesFree);
    settings.setValue(key("microphone"), microphone);
}

} // namespace rollwise
