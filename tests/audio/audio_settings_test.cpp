// SPDX-License-Identifier: GPL-3.0-or-later
// Audio preferences survive a restart, and a damaged settings file cannot silence cues by accident.

#include "audio/audio_settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;

namespace {

struct IniFile {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("settings.ini")); }
};

} // namespace

TEST(AudioSettings, DefaultsWhenNothingIsStored)
{
    IniFile f;
    QSettings s(f.path(), QSettings::IniFormat);
    const AudioSettings a = AudioSettings::load(s);
    EXPECT_DOUBLE_EQ(a.volume, 0.8);
    EXPECT_FALSE(a.muted);
    EXPECT_TRUE(a.voice);
    EXPECT_FALSE(a.alwaysFlash);
    EXPECT_TRUE(a.speech) << "the speech engine speaks where there is one";
    EXPECT_FALSE(a.eyesFree) << "eyes-free is asked for";
}

TEST(AudioSettings, RoundTripsUnderTheAudioGroup)
{
    IniFile f;
    AudioSettings a;
    a.volume = 0.25;
    a.muted = true;
    a.voice = false;
    a.alwaysFlash = true;
    a.speech = false;
    a.eyesFree = true;
    {
        QSettings s(f.path(), QSettings::IniFormat);
        a.save(s);
        s.sync();
        EXPECT_TRUE(s.contains(QStringLiteral("audio/volume")));
        EXPECT_TRUE(s.contains(QStringLiteral("audio/alwaysFlash")));
    }
    QSettings s(f.path(), QSettings::IniFormat); // a fresh reader sees what is on disk
    EXPECT_EQ(AudioSettings::load(s), a);
}

TEST(AudioSettings, MalformedValuesFallBackOrClamp)
{
    IniFile f;
    QSettings s(f.path(), QSettings::IniFormat);
    s.setValue(QStringLiteral("audio/volume"), QStringLiteral("loud"));
    s.setValue(QStringLiteral("audio/muted"), QStringLiteral("yes please"));
    s.setValue(QStringLiteral("audio/voice"), QStringLiteral("banana"));
    EXPECT_EQ(AudioSettings::load(s), AudioSettings{});

    s.setValue(QStringLiteral("audio/volume"), 3.5);
    EXPECT_DOUBLE_EQ(AudioSettings::load(s).volume, 1.0);
    s.setValue(QStringLiteral("audio/volume"), -1);
    EXPECT_DOUBLE_EQ(AudioSettings::load(s).volume, 0.0);
    EXPECT_DOUBLE_EQ(clampVolume(std::nan("")), AudioSettings{}.volume);
}

TEST(AudioSettings, VoiceCommandsAreOffUntilAskedForAndKeepTheChosenMicrophone)
{
    IniFile f;
    {
        QSettings s(f.path(), QSettings::IniFormat);
        EXPECT_FALSE(AudioSettings::load(s).listen) << "the microphone is opened only when the user asks";
        EXPECT_TRUE(AudioSettings::load(s).microphone.isEmpty());
        AudioSettings a;
        a.listen = true;
        a.microphone = QByteArrayLiteral("alsa_input.usb-Headset-00.mono-fallback");
        a.save(s);
    }
    QSettings s(f.path(), QSettings::IniFormat);
    const AudioSettings back = AudioSettings::load(s);
    EXPECT_TRUE(back.listen);
    EXPECT_EQ(back.microphone, QByteArrayLiteral("alsa_input.usb-Headset-00.mono-fallback"));
    // A hand-edited "yes" is not a yes: listening stays as it was, off by default.
    s.setValue(QStringLiteral("audio/listen"), QStringLiteral("yes"));
    s.setValue(QStringLiteral("audio/microphone"), QByteArray(4000, 'x'));
    const AudioSettings odd = AudioSettings::load(s);
    EXPECT_FALSE(odd.listen);
    EXPECT_EQ(odd.microphone.size(), 512) << "an id, capped";
}
