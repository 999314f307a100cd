// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real QSoundEffect sink must degrade, quickly and quietly, on machines without sound (CI has
// no audio server), and must load every cue file where a device exists. ctest runs the device tests through
// with_null_sink.sh (a private PulseAudio with a null sink), so they run for real in CI too. These wait on
// the wall clock because QSoundEffect loads and reports asynchronously on its own threads.

#include "audio/audio_sink.h"
#include "audio/cue_sounds.h"

#include <QElapsedTimer>
#include <QAudioDevice> // QMediaDevices only forward-declares it in Qt 6.4
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

// Set by ctest when it runs these tests through with_null_sink.sh: a device is guaranteed there, so a
// missing one is a broken set-up to fail on, never a reason to skip.
bool outputRequired() { return qEnvironmentVariableIsSet("ROLLWISE_REQUIRE_AUDIO_OUTPUT"); }

} // namespace

TEST(SoundEffectAudioSink, WithoutAnOutputDeviceItIsUnavailableAndHarmless)
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        GTEST_SKIP() << "this machine has an audio output; covered by LoadsEveryCueWhereADeviceExists";

    QElapsedTimer clock;
    clock.start();
    SoundEffectAudioSink sink;
    QSignalSpy changed(&sink, &SoundEffectAudioSink::availabilityChanged);
    // Give any asynchronous loading a chance to report, as it would in the running app.
    QTest::qWait(300);
    EXPECT_FALSE(sink.isAvailable());
    EXPECT_FALSE(sink.unavailableReason().isEmpty());
    EXPECT_EQ(changed.count(), 0) << "it was unavailable from the start, so nothing changed";

    for (const QString& id : allSoundIds())
        sink.play(id, 1.0);
    sink.play(QStringLiteral("no-such-sound"), 1.0);
    sink.stopAll();
    QTest::qWait(50);
    EXPECT_FALSE(sink.isAvailable());
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST(SoundEffectAudioSink, LoadsEveryCueWhereADeviceExists)
{
    if (QMediaDevices::audioOutputs().isEmpty()) {
        if (outputRequired())
            FAIL() << "ROLLWISE_REQUIRE_AUDIO_OUTPUT is set but there is no audio output device";
        GTEST_SKIP() << "no audio output on this machine (normal in CI); see WithoutAnOutputDevice…";
    }

    QElapsedTimer clock;
    clock.start();
    SoundEffectAudioSink sink;
    QSignalSpy changed(&sink, &SoundEffectAudioSink::availabilityChanged);
    // A file QSoundEffect cannot decode (e.g. 32-bit PCM) would flip the sink to unavailable here.
    QTest::qWait(1000);
    EXPECT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();
    EXPECT_EQ(changed.count(), 0);
    sink.play(QStringLiteral("countdown-tick"), 0.1);
    sink.play(QStringLiteral("no-such-sound"), 0.1);
    QTest::qWait(200);
    sink.stopAll();
    EXPECT_TRUE(sink.isAvailable());
    EXPECT_LT(clock.elapsed(), 3000);
}

TEST(SoundEffectAudioSink, AnUnknownSoundIsSkippedWithoutDisablingTheRest)
{
    if (QMediaDevices::audioOutputs().isEmpty()) {
        if (outputRequired())
            FAIL() << "ROLLWISE_REQUIRE_AUDIO_OUTPUT is set but there is no audio output device";
        GTEST_SKIP() << "no audio output on this machine (normal in CI)";
    }

    SoundEffectAudioSink sink({QStringLiteral("no-such-sound"), QStringLiteral("countdown-tick")});
    QTest::qWait(300);
    EXPECT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();
    sink.play(QStringLiteral("no-such-sound"), 0.1);
    sink.play(QStringLiteral("countdown-tick"), 0.1);
    QTest::qWait(100);
    EXPECT_TRUE(sink.isAvailable());
}

TEST(SoundEffectAudioSink, SaysItIsPlayingForTheLengthOfTheSoundAndNotAfterStopAll)
{
    // The voice commands' gate reads this: while it is true the recogniser hears nothing.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        if (outputRequired())
            FAIL() << "ROLLWISE_REQUIRE_AUDIO_OUTPUT is set but there is no audio output device";
        GTEST_SKIP() << "no audio output on this machine (normal in CI)";
    }
    SoundEffectAudioSink sink({QStringLiteral("countdown-tick"), QStringLiteral("voice-safety-stop")});
    QTest::qWait(300);
    ASSERT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();
    EXPECT_FALSE(sink.isPlaying());
    const qint64 length = soundDurationMs(QStringLiteral("voice-safety-stop"));
    ASSERT_GT(length, 500);
    QElapsedTimer clock;
    clock.start();
    sink.play(QStringLiteral("voice-safety-stop"), 0.1);
    EXPECT_TRUE(sink.isPlaying());
    while (sink.isPlaying() && clock.elapsed() < length + 2000)
        QTest::qWait(10);
    EXPECT_GE(clock.elapsed(), length);
    EXPECT_LT(clock.elapsed(), length + 200) << "quiet again once the sound has ended";
    sink.play(QStringLiteral("voice-safety-stop"), 0.1);
    EXPECT_TRUE(sink.isPlaying());
    sink.stopAll();
    EXPECT_FALSE(sink.isPlaying());
}
