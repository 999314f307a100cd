// SPDX-License-Identifier: GPL-3.0-or-later
// The player with a speech engine: the narrator's words replace the recorded prompt (after the beep, or at once
// and without it eyes-free), the recordings come back whenever the language has no engine, timing calls never
// cut off a step being read, and a stop silences the engine too.

#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "audio/cue_sounds.h"
#include "audio/speaker.h"
#include "core/content_library.h"
#include "core/narration.h"
#include "core/routine.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

const ContentLibrary& content() { return ContentLibrary::builtIn(); }

CueEvent cue(CueType type, int count = 0)
{
    CueEvent e;
    e.type = type;
    e.techniqueId = QStringLiteral("glutes");
    e.exercise = 0;
    e.side = Side::Right;
    e.phase = type == CueType::StartRolling ? Phase::Roll : Phase::Hold;
    e.phaseDuration = Ms{30000};
    e.count = count;
    return e;
}

struct SpeakingPlayer {
    explicit SpeakingPlayer(bool eyesFree = false)
        : routine(Routine::defaultRoutine(content())), delay(new ManualVoiceDelay),
          player(sink, settings(eyesFree), nullptr, std::unique_ptr<VoiceDelay>(delay))
    {
        player.setSpeaker(&speaker);
        player.setNarrator(std::make_shared<Narrator>(routine, content()));
    }
    static AudioSettings settings(bool eyesFree)
    {
        AudioSettings s;
        s.volume = 0.6;
        s.eyesFree = eyesFree;
        return s;
    }
    QString words(CueType type, Narration mode) const
    {
        return Narrator(routine, content()).utterance(cue(type), mode).text;
    }
    Routine routine;
    RecordingAudioSink sink;
    RecordingSpeaker speaker;
    ManualVoiceDelay* delay; // owned by the player
    CuePlayer player;
};

} // namespace

TEST(CuePlayerSpeech, TheEngineSpeaksThePromptAfterTheBeepInsteadOfTheRecording)
{
    SpeakingPlayer p;
    p.player.onCue(cue(CueType::HoldStart));
    EXPECT_EQ(p.sink.playedIds(), QStringList{QStringLiteral("hold-start")});
    EXPECT_TRUE(p.speaker.said().empty()) << "words over the beep";
    EXPECT_EQ(p.delay->requestedMs(), soundDurationMs(QStringLiteral("hold-start")));
    ASSERT_TRUE(p.delay->elapse());
    EXPECT_EQ(p.sink.playedIds(), QStringList{QStringLiteral("hold-start")}) << "the recording played as well";
    ASSERT_EQ(p.speaker.said().size(), 1u);
    EXPECT_EQ(p.speaker.said()[0].text, p.words(CueType::HoldStart, Narration::Prompts));
    EXPECT_EQ(p.speaker.said()[0].language, ContentLibrary::language());
    EXPECT_DOUBLE_EQ(p.speaker.said()[0].volume, 0.6);
}

TEST(CuePlayerSpeech, WithoutAnEngineForTheLanguageTheRecordingIsTheFallback)
{
    SpeakingPlayer p;
    p.speaker.setMissingLanguage(ContentLibrary::language());
    p.player.onCue(cue(CueType::HoldStart));
    ASSERT_TRUE(p.delay->elapse());
    EXPECT_EQ(p.sink.playedIds(), QStringList({QStringLiteral("hold-start"), QStringLiteral("voice-hold-30")}));
    EXPECT_TRUE(p.speaker.said().empty());

    // And with the engine switched off in the settings.
    SpeakingPlayer q;
    AudioSettings s = q.player.settings();
    s.speech = false;
    q.player.setSettings(s);
    q.player.onCue(cue(CueType::HoldStart));
    ASSERT_TRUE(q.delay->elapse());
    EXPECT_EQ(q.sink.playedIds(), QStringList({QStringLiteral("hold-start"), QStringLiteral("voice-hold-30")}));
    EXPECT_TRUE(q.speaker.said().empty());
}

TEST(CuePlayerSpeech, EyesFreeTheWordsAreTheCueAndStartAtOnce)
{
    SpeakingPlayer p(true);
    QSignalSpy visual(&p.player, &CuePlayer::visualCue);
    p.player.onCue(cue(CueType::StartRolling));
    EXPECT_TRUE(p.sink.plays().empty()) << "no tone before the words";
    EXPECT_FALSE(p.delay->isActive());
    ASSERT_EQ(p.speaker.said().size(), 1u);
    EXPECT_EQ(p.speaker.said()[0].text, p.words(CueType::StartRolling, Narration::EyesFree));
    EXPECT_GT(p.speaker.said()[0].text.size(), p.words(CueType::StartRolling, Narration::Prompts).size() + 20)
        << "the full step, not the short prompt";
    EXPECT_EQ(visual.count(), 0) << "a spoken cue is heard: no flash needed";
}

TEST(CuePlayerSpeech, EyesFreeCountdownIsSpokenUnlessAStepIsStillBeingRead)
{
    SpeakingPlayer p(true);
    p.player.onCue(cue(CueType::Countdown, 3));
    EXPECT_TRUE(p.sink.plays().empty());
    EXPECT_EQ(p.speaker.texts(), QStringList{QStringLiteral("3")});

    p.speaker.clear();
    p.speaker.setSpeaking(true); // still reading the step
    p.player.onCue(cue(CueType::Countdown, 2));
    EXPECT_TRUE(p.speaker.said().empty()) << "the step was cut off for a number";
    EXPECT_EQ(p.sink.playedIds(), QStringList{QStringLiteral("countdown-tick")}) << "the tick marks the moment instead";
    p.player.onCue(cue(CueType::TimeLeft, 10));
    EXPECT_TRUE(p.speaker.said().empty());

    p.speaker.setSpeaking(false);
    p.player.onCue(cue(CueType::TimeLeft, 10));
    EXPECT_EQ(p.speaker.texts(), QStringList{QStringLiteral("10 seconds left.")});
}

TEST(CuePlayerSpeech, TheSafetyStopSilencesTheEngineAndKeepsItsOwnToneFirst)
{
    SpeakingPlayer p(true);
    p.speaker.setSpeaking(true);
    p.player.onCue(cue(CueType::SafetyStop));
    EXPECT_EQ(p.speaker.stopCount(), 1);
    EXPECT_EQ(p.sink.stopAllCount(), 1);
    EXPECT_EQ(p.sink.playedIds(), QStringList{QStringLiteral("safety-stop")});
    ASSERT_TRUE(p.delay->elapse());
    ASSERT_EQ(p.speaker.said().size(), 1u);
    EXPECT_TRUE(p.speaker.said()[0].text.endsWith(content().stopAdvice()));

    SpeakingPlayer q;
    q.player.onCue(cue(CueType::Stopped));
    EXPECT_EQ(q.speaker.stopCount(), 1);
}

TEST(CuePlayerSpeech, MutedOrBeepsOnlySaysNothingAndStopsWhatIsBeingSaid)
{
    SpeakingPlayer p(true);
    AudioSettings s = p.player.settings();
    s.muted = true;
    p.player.setSettings(s);
    EXPECT_EQ(p.speaker.stopCount(), 1);
    p.player.onCue(cue(CueType::StartRolling));
    EXPECT_TRUE(p.speaker.said().empty());

    SpeakingPlayer q;
    q.player.onCue(cue(CueType::HoldStart));
    s = q.player.settings();
    s.voice = false; // beeps only, chosen while the beep played
    q.player.setSettings(s);
    q.delay->elapse();
    EXPECT_TRUE(q.speaker.said().empty());
    q.player.onCue(cue(CueType::HoldStart));
    q.delay->elapse();
    EXPECT_TRUE(q.speaker.said().empty());
}
