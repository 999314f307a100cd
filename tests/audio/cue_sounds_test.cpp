// SPDX-License-Identifier: GPL-3.0-or-later
// The cue → sound table, and proof that every sound the app can ask for is compiled in.

#include "audio/cue_sounds.h"
#include "core/content_library.h"
#include "core/routine.h"
#include "core/session_plan.h"
#include "core/timeline.h"

#include <gtest/gtest.h>

#include <set>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

CueEvent cue(CueType type)
{
    CueEvent e;
    e.type = type;
    return e;
}

CueEvent hold(Ms duration)
{
    CueEvent e = cue(CueType::HoldStart);
    e.phaseDuration = duration;
    return e;
}

CueEvent next(const QString& techniqueId)
{
    CueEvent e = cue(CueType::NextTechnique);
    e.techniqueId = techniqueId;
    return e;
}

CueEvent switchTo(Side side)
{
    CueEvent e = cue(CueType::SwitchSide);
    e.side = side;
    return e;
}

CueSounds sounds(const char* beep, const char* voice)
{
    return {QString::fromLatin1(beep), QString::fromLatin1(voice)};
}

} // namespace

TEST(CueSounds, MappingTableCoversEveryCueType)
{
    struct Row {
        const char* label;
        CueEvent event;
        CueSounds expected;
    };
    const std::vector<Row> rows{
        {"get ready", cue(CueType::GetReady), sounds("get-ready", "voice-get-ready")},
        {"next known", next(QStringLiteral("glutes")), sounds("next-technique", "voice-next-glutes")},
        {"next known 2", next(QStringLiteral("thoracic-spine")), sounds("next-technique", "voice-next-thoracic-spine")},
        {"next unknown", next(QStringLiteral("my-custom-calves")), sounds("next-technique", "voice-get-ready")},
        {"next empty", next(QString()), sounds("next-technique", "voice-get-ready")},
        {"next path", next(QStringLiteral("../audio/voice-rest")), sounds("next-technique", "voice-get-ready")},
        {"start rolling", cue(CueType::StartRolling), sounds("start-rolling", "voice-start-rolling")},
        {"hold 15", hold(15s), sounds("hold-start", "voice-hold-15")},
        {"hold 20", hold(20s), sounds("hold-start", "voice-hold-20")},
        {"hold 25", hold(25s), sounds("hold-start", "voice-hold-25")},
        {"hold 30", hold(30s), sounds("hold-start", "voice-hold-30")},
        {"hold 45", hold(45s), sounds("hold-start", "voice-hold-45")},
        {"hold 60", hold(60s), sounds("hold-start", "voice-hold-60")},
        {"hold 40", hold(40s), sounds("hold-start", "voice-hold")},
        {"hold 90", hold(90s), sounds("hold-start", "voice-hold")},
        {"hold 30.5", hold(30500ms), sounds("hold-start", "voice-hold")},
        {"hold 0", hold(0ms), sounds("hold-start", "voice-hold")},
        {"countdown", cue(CueType::Countdown), sounds("countdown-tick", "")},
        {"time left: spoken eyes-free only", cue(CueType::TimeLeft), sounds("", "")},
        {"hold complete", cue(CueType::HoldComplete), sounds("hold-complete", "voice-release")},
        {"released early: the release cue right after it sounds", cue(CueType::HoldEndedEarly), sounds("", "")},
        {"switch to left", switchTo(Side::Left), sounds("switch-side", "voice-switch-left")},
        {"switch to right", switchTo(Side::Right), sounds("switch-side", "voice-switch-right")},
        {"switch centre", switchTo(Side::Centre), sounds("switch-side", "")},
        {"rest", cue(CueType::Rest), sounds("", "voice-rest")},
        {"complete", cue(CueType::SessionComplete), sounds("session-complete", "voice-session-complete")},
        {"safety stop", cue(CueType::SafetyStop), sounds("safety-stop", "voice-safety-stop")},
        {"paused", cue(CueType::Paused), sounds("", "")},
        {"resumed", cue(CueType::Resumed), sounds("", "")},
        {"stopped", cue(CueType::Stopped), sounds("", "")},
    };
    std::set<int> covered;
    for (const Row& r : rows) {
        SCOPED_TRACE(r.label);
        const CueSounds got = cueSounds(r.event);
        EXPECT_EQ(got.beep, r.expected.beep);
        EXPECT_EQ(got.voice, r.expected.voice);
        covered.insert(int(r.event.type));
    }
    EXPECT_EQ(int(covered.size()), int(CueType::SafetyStop) + 1) << "a CueType is missing from the table";
}

TEST(CueSounds, EveryRequestableSoundIsCompiledIn)
{
    const QStringList ids = allSoundIds();
    EXPECT_EQ(ids.size(), 24);
    for (const QString& id : ids) {
        EXPECT_TRUE(soundExists(id)) << id.toStdString();
        EXPECT_GT(soundDurationMs(id), 0) << id.toStdString();
    }
    // availableSoundIds() is what the sink preloads: everything requestable must be in it.
    const QStringList available = availableSoundIds();
    for (const QString& id : ids)
        EXPECT_TRUE(available.contains(id)) << id.toStdString();
    EXPECT_EQ(soundDurationMs(QStringLiteral("no-such-sound")), 0);
}

TEST(CueSounds, EveryBuiltInTechniqueHasItsOwnPrompt)
{
    // Otherwise the fallback "get ready" is used silently; regenerate with tools/audio/make_cues.sh.
    for (const Technique& t : ContentLibrary::builtIn().techniques())
        EXPECT_EQ(cueSounds(next(t.id)).voice, QStringLiteral("voice-next-") + t.id);
}

TEST(CueSounds, EveryCueOfTheDefaultSessionResolvesToExistingFiles)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    const SessionPlan plan = SessionPlan::build(Routine::defaultRoutine(content), content);
    const std::vector<CueEvent> events = simulateSession(plan);
    ASSERT_GT(events.size(), 10u);
    int voices = 0;
    for (const CueEvent& e : events) {
        const CueSounds s = cueSounds(e);
        if (!s.beep.isEmpty()) {
            EXPECT_TRUE(soundExists(s.beep)) << s.beep.toStdString();
        }
        if (!s.voice.isEmpty()) {
            EXPECT_TRUE(soundExists(s.voice)) << s.voice.toStdString();
            ++voices;
        }
        EXPECT_NE(s.voice, QStringLiteral("voice-hold")) << "the default hold length should have its own prompt";
    }
    EXPECT_GT(voices, 5);
}
