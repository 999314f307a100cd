// The player's rules against a recording sink: what plays, in which order, when, and when the cue is
// carried visually instead. Voice timing uses the shortest beeps so the whole suite waits well under 3 s.

#include "app/audio/audio_sink.h"
#include "app/audio/cue_player.h"
#include "app/audio/cue_sounds.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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

// start-rolling is the shortest beep followed by a voice (~0.45 s).
const QString kShortBeep = QStringLiteral("start-rolling");
const QString kShortBeepVoice = QStringLiteral("voice-start-rolling");
constexpr int kMargin = 400; // generous: the voice timer may run late on a loaded CI machine

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
    CuePlayer player(sink, AudioSettings{});
    const qint64 beepMs = soundDurationMs(kShortBeep);
    ASSERT_GT(beepMs, 0);

    QElapsedTimer clock;
    clock.start();
    player.onCue(cue(CueType::StartRolling));
    EXPECT_EQ(sink.playedIds(), QStringList{kShortBeep}) << "the beep is immediate";
    EXPECT_EQ(player.pendingVoice(), kShortBeepVoice);

    ASSERT_TRUE(QTest::qWaitFor([&] { return sink.plays().size() == 2; }, int(beepMs) + kMargin));
    EXPECT_GE(clock.elapsed(), beepMs - 20) << "the voice must not talk over its beep";
    EXPECT_EQ(sink.playedIds(), QStringList({kShortBeep, kShortBeepVoice}));
    EXPECT_TRUE(player.pendingVoice().isEmpty());
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
    CuePlayer player(sink, AudioSettings{});
    player.onCue(cue(CueType::StartRolling));
    ASSERT_FALSE(player.pendingVoice().isEmpty());
    player.onCue(cue(CueType::Rest)); // speaks at once, and the stale "start rolling" must never follow
    EXPECT_TRUE(player.pendingVoice().isEmpty());

    QTest::qWait(int(soundDurationMs(kShortBeep)) + kMargin);
    EXPECT_EQ(sink.playedIds(), QStringList({kShortBeep, QStringLiteral("voice-rest")}));
}

TEST(CuePlayer, MutingCancelsAPendingVoice)
{
    RecordingAudioSink sink;
    CuePlayer player(sink, AudioSettings{});
    player.onCue(cue(CueType::StartRolling));
    AudioSettings muted;
    muted.muted = true;
    player.setSettings(muted);
    EXPECT_TRUE(player.pendingVoice().isEmpty());
    QTest::qWait(int(soundDurationMs(kShortBeep)) + 100);
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
    CuePlayer player(sink, AudioSettings{});
    player.onCue(cue(CueType::StartRolling));
    sink.setAvailable(false);
    QTest::qWait(int(soundDurationMs(kShortBeep)) + 100);
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls == 1; }, 1000));
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
