// SPDX-License-Identifier: GPL-3.0-or-later
// German voice prompts: one for every English prompt (resources/audio/de/, same names), compiled in, chosen when
// the texts are German, and the English prompt whenever German has none.

#include "audio/cue_sounds.h"
#include "core/content_library.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

class GermanCues : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(ContentLibrary::setLanguage(QStringLiteral("de")), QStringLiteral("de")); }
    void TearDown() override { ContentLibrary::setLanguage(QStringLiteral("en")); }
};

CueEvent event(CueType type, Ms duration = 0ms, Side side = Side::Centre, const QString& technique = {})
{
    CueEvent e;
    e.type = type;
    e.phaseDuration = duration;
    e.side = side;
    e.techniqueId = technique;
    return e;
}

QStringList voiceIds()
{
    QStringList ids;
    for (const QString& id : allSoundIds())
        if (id.startsWith(u"voice-"))
            ids << id;
    return ids;
}

} // namespace

TEST_F(GermanCues, EveryEnglishPromptHasAGermanOneCompiledIn)
{
    const QStringList ids = voiceIds();
    ASSERT_EQ(ids.size(), 15);
    for (const QString& id : ids) {
        EXPECT_TRUE(soundExists(QStringLiteral("de/") + id)) << id.toStdString();
        EXPECT_GT(soundDurationMs(QStringLiteral("de/") + id), 300) << id.toStdString();
    }
}

TEST_F(GermanCues, CompiledInFilesMatchTheSourceDirectory)
{
    // audio/CMakeLists.txt lists the files one by one; a regenerated German prompt must not be missed.
    const QStringList onDisk = QDir(QStringLiteral(ROLLWISE_SOURCE_DIR "/resources/audio/de"))
                                   .entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    const QStringList compiledIn = QDir(QStringLiteral(":/rollwise/audio/de"))
                                       .entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    EXPECT_EQ(compiledIn, onDisk);
    EXPECT_EQ(onDisk.size(), 20);
}

TEST_F(GermanCues, CuesSpeakGermanAndBeepTheSame)
{
    EXPECT_EQ(cueSounds(event(CueType::GetReady)), (CueSounds{QStringLiteral("get-ready"), QStringLiteral("de/voice-get-ready")}));
    EXPECT_EQ(cueSounds(event(CueType::HoldStart, 30s)).voice, QStringLiteral("de/voice-hold-30"));
    EXPECT_EQ(cueSounds(event(CueType::HoldStart, 40s)).voice, QStringLiteral("de/voice-hold"));
    EXPECT_EQ(cueSounds(event(CueType::SwitchSide, 0ms, Side::Left)).voice, QStringLiteral("de/voice-switch-left"));
    EXPECT_EQ(cueSounds(event(CueType::SwitchSide, 0ms, Side::Centre)).voice, QString());
    EXPECT_EQ(cueSounds(event(CueType::SafetyStop)), (CueSounds{QStringLiteral("safety-stop"), QStringLiteral("de/voice-safety-stop")}));
    EXPECT_EQ(cueSounds(event(CueType::Countdown)), (CueSounds{QStringLiteral("countdown-tick"), QString()}));
    // A custom technique has no recorded name in any language: German "get ready" instead.
    EXPECT_EQ(cueSounds(event(CueType::NextTechnique, 0ms, Side::Right, QStringLiteral("my-calves"))).voice,
              QStringLiteral("de/voice-get-ready"));
}

TEST_F(GermanCues, EveryGermanTechniqueAnnouncesItselfInGerman)
{
    Diagnostics d;
    const auto de = ContentLibrary::load(QStringLiteral("de"), d);
    ASSERT_TRUE(de.has_value()) << d.toText().toStdString();
    ASSERT_EQ(de->techniques().size(), 5u);
    for (const Technique& t : de->techniques())
        EXPECT_EQ(cueSounds(event(CueType::NextTechnique, 0ms, Side::Right, t.id)).voice, QStringLiteral("de/voice-next-") + t.id);
}

TEST_F(GermanCues, TheSinkPreloadsTheGermanPromptsOnlyWhenGerman)
{
    const QStringList german = availableSoundIds();
    EXPECT_TRUE(german.contains(QStringLiteral("de/voice-hold-30")));
    EXPECT_TRUE(german.contains(QStringLiteral("voice-hold-30"))); // the fallback stays loaded
    ContentLibrary::setLanguage(QStringLiteral("en"));
    const QStringList english = availableSoundIds();
    EXPECT_EQ(english.size(), 29);
    EXPECT_EQ(english.filter(QStringLiteral("de/")).size(), 0);
    EXPECT_EQ(german.size(), english.size() + 20);
}

TEST(EnglishCues, StayEnglish)
{
    ASSERT_EQ(ContentLibrary::language(), QStringLiteral("en"));
    EXPECT_EQ(cueSounds(event(CueType::HoldStart, 30s)).voice, QStringLiteral("voice-hold-30"));
    EXPECT_EQ(cueSounds(event(CueType::NextTechnique, 0ms, Side::Right, QStringLiteral("glutes"))).voice,
              QStringLiteral("voice-next-glutes"));
}

TEST(LanguageFallback, ALanguageWithoutTranslationIsEnglish)
{
    EXPECT_EQ(ContentLibrary::setLanguage(QStringLiteral("fr_FR")), QStringLiteral("en"));
    EXPECT_EQ(ContentLibrary::setLanguage(QStringLiteral("C")), QStringLiteral("en"));
    EXPECT_EQ(ContentLibrary::setLanguage(QStringLiteral("de_AT")), QStringLiteral("de"));
    EXPECT_EQ(ContentLibrary::setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(cueSounds(event(CueType::Rest)).voice, QStringLiteral("voice-rest"));
}
