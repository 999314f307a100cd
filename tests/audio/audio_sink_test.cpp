// SPDX-License-Identifier: GPL-3.0-or-later
// The recording sink every other test plays into (the real QSoundEffect sink is tested end to end, in
// tests/e2e/sound_effect_sink_test.cpp).

#include "audio/audio_sink.h"

#include <gtest/gtest.h>

using namespace rollwise;

TEST(RecordingAudioSink, RecordsCallsInOrder)
{
    RecordingAudioSink sink;
    EXPECT_TRUE(sink.isAvailable());
    sink.play(QStringLiteral("a"), 0.5);
    sink.play(QStringLiteral("b"), 1.0);
    sink.stopAll();
    EXPECT_EQ(sink.playedIds(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_DOUBLE_EQ(sink.plays()[0].volume, 0.5);
    EXPECT_EQ(sink.stopAllCount(), 1);
    sink.setAvailable(false);
    EXPECT_FALSE(sink.isAvailable());
    sink.clear();
    EXPECT_TRUE(sink.plays().empty());
    EXPECT_EQ(sink.stopAllCount(), 0);
}
