// SPDX-License-Identifier: GPL-3.0-or-later
// The player's rules against a recording sink: what plays, in which order, when, and when the cue is
// carried visually instead. The wait for a beep to end is a manual delay: nothing here waits on a clock.

#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "audio/cue_sounds.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

CueEvent cue(CueType type)
{
    CueEvent e;
    e.type = type;
    return e;
}

AudioSettings beepsOnly()
{
    AudioSettings s;
    s.voice = false;
    return s;
}

// start-rolling is a beep followed by a voice.
const QString kShortBeep = QStringLiteral("start-rolling");
const QString kShortBeepVoice = QStringLiteral("voice-start-rolling");

// A player whose beep-to-voice wait the test ends by hand.
struct ManualPlayer {
    explicit ManualPlayer(RecordingAudioSink& sink, AudioSettings s = AudioSettings{})
        : delay(new ManualVoiceDelay), player(sink, s, nullptr, std::unique_ptr<VoiceDelay>(delay))
    {
    }
    ManualVoiceDelay* delay; // owned by the player
    CuePlayer player;
};

} // namespace

TEST(CuePlayer, BeepsOnlyPlaysJustTheBeep)
{
    RecordingAudioSink sink;
    CuePlayer player(sink, beepsOnly());
    QSignalSpy visual(&player, &CuePlayer::visualCue);

    player.onCue(cue(CueType::StartRolling));
    player.onCue(cue(CueType::Countdown));
    player.onCue(cue(CueType::Paused));
    EXPECT_EQ(sink.playedIds(), QStringList({QStringLiteral("start-rolling"), QStringLiteral("countdown-tick")}));
    EXPECT_TRUE(player.pendingVoice().isEmpty());
    EXPECT_EQ(visual.count(), 0);
}

TEST(CuePlayer, VoiceOnlyCueInBeepsOnlyModeIsShownInstead)
{
    // Rest has no beep: in beeps-only mode nothing would be heard, so the timing goes to the screen.
    RecordingAudioSink sink;
    CuePlayer player(sink, beepsOnly());
    QSignalSpy visual(&player, &CuePlayer::visualCue);
    player.onCue(cue(CueType::Rest));
    EXPECT_TRUE(sink.plays().empty());
    ASSERT_EQ(visual.count(), 1);
    EXPECT_EQ(visual.at(0).at(0).value<CueEvent>().type, CueType::Rest);
}

TEST(CuePlayer, VoiceFollowsTheBeepAfterTheBeepsLength)
{
    RecordingAudioSink sink;
    ManualPlayer m(sink);
    const qint64 beepMs = soundDurationMs(kShortBeep);
    ASSERT_GT(beepMs, 0);

    m.player.onCue(cue(CueType::StartRolling));
    EXPECT_EQ(sink.playedIds(), QStringList{kShortBeep}) << "the beep is immediate";
    EXPECT_EQ(m.player.pendingVoice(), kShortBeepVoice);
    // The voice waits exactly as long as its beep lasts, so it never talks over it.
    EXPECT_EQ(m.delay->requestedMs(), int(beepMs));
    EXPECT_EQ(sink.plays().size(), 1u);

    ASSERT_TRUE(m.delay->elapse());
    EXPECT_EQ(sink.playedIds(), QStringList({kShortBeep, kShortBeepVoice}));
    EXPECT_TRUE(m.player.pendingVoice().isEmpty());
}

TEST(CuePlayer, CueWithoutBeepSpeaksAtOnce)
{
    RecordingAudioSink sink;
    CuePlayer player(sink, AudioSettings{});
    player.onCue(cue(CueType::Rest));
    EXPECT_EQ(sink.playedIds(), QStringList{QStringLiteral("voice-rest")});
}

TEST(CuePlayer, NewCueCancelsAPendingVoice)
{
    RecordingAudioSink sink;
    ManualPlayer m(sink);
    m.player.onCue(cue(CueType::StartRolling));
    ASSERT_FALSE(m.player.pendingVoice().isEmpty());
    m.player.onCue(cue(CueType::Rest)); // speaks at once, and the stale "start rolling" must never follow
    EXPECT_TRUE(m.player.pendingVoice().isEmpty());

    EXPECT_FALSE(m.delay->elapse()) << "the wait for the stale prompt was cancelled";
    EXPECT_EQ(sink.playedIds(), QStringList({kShortBeep, QStringLiteral("voice-rest")}));
}

TEST(CuePlayer, MutingCancelsAPendingVoice)
{
    RecordingAudioSink sink;
    ManualPlayer m(sink);
    m.player.onCue(cue(CueType::StartRolling));
    AudioSettings muted;
    muted.muted = true;
    m.player.setSettings(muted);
    EXPECT_TRUE(m.player.pendingVoice().isEmpty());
    EXPECT_FALSE(m.delay->elapse());
    EXPECT_EQ(sink.playedIds(), QStringList{kShortBeep});
}

TEST(CuePlayer, MutedPlaysNothingAndShowsEveryCueThatHasSound)
{
    RecordingAudioSink sink;
    AudioSettings s;
    s.muted = true;
    CuePlayer player(sink, s);
    QSignalSpy visual(&player, &CuePlayer::visualCue);

    for (CueType t : {CueType::GetReady, CueType::Countdown, CueType::Rest, CueType::SafetyStop, CueType::Paused})
        player.onCue(cue(t));
    EXPECT_TRUE(sink.plays().empty());
    ASSERT_EQ(visual.count(), 4) << "Paused has no sound, so nothing to show for it";
    EXPECT_EQ(visual.at(0).at(0).value<CueEvent>().type, CueType::GetReady);
    EXPECT_EQ(visual.at(3).at(0).value<CueEvent>().type, CueType::SafetyStop);
}

TEST(CuePlayer, UnavailableSinkPlaysNothingAndShowsTheCue)
{
    RecordingAudioSink sink;
    sink.setAvailable(false);
    CuePlayer player(sink, AudioSettings{});
    QSignalSpy visual(&player, &CuePlayer::visualCue);
    EXPECT_FALSE(player.soundAvailable());

    player.onCue(cue(CueType::HoldComplete));
    EXPECT_TRUE(sink.plays().empty());
    EXPECT_TRUE(player.pendingVoice().isEmpty());
    EXPECT_EQ(visual.count(), 1);
}

TEST(CuePlayer, SinkLostWhileBeepPlaysDropsTheVoice)
{
    RecordingAudioSink sink;
    ManualPlayer m(sink);
    m.player.onCue(cue(CueType::StartRolling));
    sink.setAvailable(false);
    // The wait ends while the device is gone: the prompt is dropped, not played into nothing.
    EXPECT_TRUE(m.delay->elapse());
    EXPECT_EQ(sink.playedIds(), QStringList{kShortBeep});
}

TEST(CuePlayer, AlwaysFlashShowsCuesThatAlsoSound)
{
    RecordingAudioSink sink;
    AudioSettings s = beepsOnly();
    s.alwaysFlash = true;
    CuePlayer player(sink, s);
    QSignalSpy visual(&player, &CuePlayer::visualCue);

    player.onCue(cue(CueType::StartRolling));
    player.onCue(cue(CueType::Resumed));
    EXPECT_EQ(sink.playedIds(), QStringList{QStringLiteral("start-rolling")});
    ASSERT_EQ(visual.count(), 1);
    EXPECT_EQ(visual.at(0).at(0).value<CueEvent>().type, CueType::StartRolling);
}

TEST(CuePlayer, TheRealDelayRunsItsCallbackOnceAndCancelStopsIt)
{
    // The app's delay, driven by the event loop rather than a sleep: a zero wait fires on the next pass.
    TimerVoiceDelay delay;
    int calls = 0;
    delay.start(0, [&] { ++calls; });
    EXPECT_TRUE(delay.isActive());
    for (int i = 0; i < 100 && calls == 0; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(calls, 1);
    EXPECT_FALSE(delay.isActive());
    delay.start(0, [&] { ++calls; });
    delay.cancel();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(calls, 1);
}

TEST(CuePlayer, VisualCueWorksAcrossAQueuedConnection)
{
    // The window may live behind a queued connection; CueEvent must survive the trip.
    RecordingAudioSink sink;
    sink.setAvailable(false);
    CuePlayer player(sink, AudioSettings{});
    CueEvent received;
    int calls = 0;
    QObject receiver;
    QObject::connect(&player, &CuePlayer::visualCue, &receiver,
                     [&](const CueEvent& e) {
                         received = e;
                         ++calls;
                     }, Qt::QueuedConnection);
    CueEvent sent = cue(CueType::SwitchSide);
    sent.side = Side::Left;
    sent.offset = 12345ms;
    player.onCue(sent);
    EXPECT_EQ(calls, 0);
    QCoreApplication::processEvents(); // delivers the queued call; no clock involved
    ASSERT_EQ(calls, 1);
    EXPECT_EQ(received.type, CueType::SwitchSide);
    EXPECT_EQ(received.side, Side::Left);
    EXPECT_EQ(received.offset, 12345ms);
}

TEST(CuePlayer, SafetyStopSilencesEverythingAndPlaysAtOnce)
{
    RecordingAudioSink sink;
    CuePlayer player(sink, AudioSettings{});
    player.onCue(cue(CueType::StartRolling)); // leaves "start rolling" pending
    ASSERT_FALSE(player.pendingVoice().isEmpty());
    player.onCue(cue(CueType::SafetyStop));

    EXPECT_EQ(sink.stopAllCount(), 1);
    EXPECT_EQ(sink.playedIds(), QStringList({kShortBeep, QStringLiteral("safety-stop")}))
        << "the safety beep plays in the same call, not after a delay";
    EXPECT_EQ(player.pendingVoice(), QStringLiteral("voice-safety-stop")) << "its prompt replaces the stale one";
}

TEST(CuePlayer, SafetyStopStopsSoundEvenWhenMuted)
{
    RecordingAudioSink sink;
    AudioSettings s;
    s.muted = true;
    CuePlayer player(sink, s);
    EXPECT_TRUE(player.soundAvailable()) << "muting is a choice, not a missing device";
    player.onCue(cue(CueType::SafetyStop));
    EXPECT_EQ(sink.stopAllCount(), 1);
    EXPECT_TRUE(sink.plays().empty());
}

TEST(CuePlayer, StoppingTheSessionSilencesAndDropsThePrompt)
{
    RecordingAudioSink sink;
    CuePlayer player(sink, AudioSettings{});
    QSignalSpy visual(&player, &CuePlayer::visualCue);
    player.onCue(cue(CueType::StartRolling));
    player.onCue(cue(CueType::Stopped));
    EXPECT_EQ(sink.stopAllCount(), 1);
    EXPECT_TRUE(player.pendingVoice().isEmpty());
    EXPECT_EQ(sink.playedIds(), QStringList{kShortBeep});
    EXPECT_EQ(visual.count(), 0);
}

TEST(CuePlayer, VolumeIsPassedThroughAndClamped)
{
    RecordingAudioSink sink;
    AudioSettings s = beepsOnly();
    s.volume = 0.35;
    CuePlayer player(sink, s);
    QSignalSpy visual(&player, &CuePlayer::visualCue);

    player.onCue(cue(CueType::Countdown));
    s.volume = 1.7;
    player.setSettings(s);
    player.onCue(cue(CueType::Countdown));
    EXPECT_DOUBLE_EQ(player.settings().volume, 1.0);
    s.volume = std::nan("");
    player.setSettings(s);
    player.onCue(cue(CueType::Countdown));
    s.volume = -0.5; // clamps to silence: nothing to play, so the cue is shown
    player.setSettings(s);
    player.onCue(cue(CueType::Countdown));

    ASSERT_EQ(sink.plays().size(), 3u);
    EXPECT_DOUBLE_EQ(sink.plays()[0].volume, 0.35);
    EXPECT_DOUBLE_EQ(sink.plays()[1].volume, 1.0);
    EXPECT_DOUBLE_EQ(sink.plays()[2].volume, AudioSettings{}.volume);
    EXPECT_EQ(visual.count(), 1);
}
