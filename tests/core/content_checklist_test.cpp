// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the seed article's checklist against the content model. The expectations here are the
// article's facts restated independently, so a content edit that drops or changes one fails loudly.
#include "core/content_library.h"
#include "core/routine.h"

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

bool anyContains(const QStringList& texts, const char* needle)
{
    for (const QString& t : texts)
        if (t.contains(QString::fromUtf8(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

struct SeedTechnique {
    const char* id;
    int steps;
    bool perSide;
    std::vector<const char*> stepPhrases; // one distinctive phrase per numbered step, in order
};

const std::vector<SeedTechnique> kSeedTechniques{
    {"glutes", 5, true,
     {"hands on the floor behind you", "figure-four", "top of the glute down towards the hip joint",
      "15-30 seconds", "other side"}},
    {"hip-flexors", 5, true,
     {"Lie face down", "just below the bony prominence of your hip bone", "up and down or side to side",
      "start with light pressure", "other side"}},
    {"hamstrings", 5, false,
     {"under your hamstrings", "hands behind you", "just below your glutes down towards your knees",
      "cross one leg over the other", "tender spots"}},
    {"thoracic-spine", 5, false,
     {"around the bra line", "Interlace your fingers behind your head", "Lift your hips slightly",
      "stop before reaching the lumbar spine", "extend your spine over the roller"}},
    {"lats", 6, true,
     {"under your armpit", "bottom arm overhead", "towards your waist", "broad muscle", "tender spots",
      "other side"}},
};
} // namespace

TEST(ContentChecklist, FiveTechniquesInTheSeedsOrderWithEveryNumberedStep)
{
    ASSERT_EQ(content().techniques().size(), kSeedTechniques.size());
    for (size_t i = 0; i < kSeedTechniques.size(); ++i) {
        const SeedTechnique& seed = kSeedTechniques[i];
        const Technique& t = content().techniques()[i];
        SCOPED_TRACE(seed.id);
        EXPECT_EQ(t.id, QString::fromLatin1(seed.id));
        ASSERT_EQ(t.steps.size(), seed.steps);
        for (size_t s = 0; s < seed.stepPhrases.size(); ++s)
            EXPECT_TRUE(t.steps[qsizetype(s)].contains(QString::fromUtf8(seed.stepPhrases[s]), Qt::CaseInsensitive))
                << "step " << s + 1 << ": " << t.steps[qsizetype(s)].toStdString();
        EXPECT_EQ(t.perSide, seed.perSide);
        EXPECT_FALSE(t.startingPosition.isEmpty());
        EXPECT_FALSE(t.rollerPlacement.isEmpty());
        EXPECT_FALSE(t.rollerOrientation.isEmpty());
        EXPECT_FALSE(t.pose.isEmpty());
        EXPECT_FALSE(t.cautions.isEmpty());
        EXPECT_FALSE(t.paths.empty());
        EXPECT_NE(content().muscleGroup(t.groupId), nullptr);
    }
}

TEST(ContentChecklist, TechniqueSpecificsFromTheSeed)
{
    const Technique* glutes = content().technique(QStringLiteral("glutes"));
    ASSERT_NE(glutes, nullptr);
    ASSERT_NE(glutes->variant(QStringLiteral("figure-four")), nullptr);
    EXPECT_TRUE(glutes->primaryTargets.contains(QStringLiteral("piriformis")));

    const Technique* hip = content().technique(QStringLiteral("hip-flexors"));
    ASSERT_NE(hip, nullptr);
    EXPECT_TRUE(hip->pressure.contains(QStringLiteral("light pressure")));
    EXPECT_TRUE(hip->primaryTargets.contains(QStringLiteral("psoas")));
    EXPECT_TRUE(hip->primaryTargets.contains(QStringLiteral("iliacus")));

    const Technique* hams = content().technique(QStringLiteral("hamstrings"));
    ASSERT_NE(hams, nullptr);
    ASSERT_NE(hams->variant(QStringLiteral("crossed-leg")), nullptr);
    EXPECT_TRUE(hams->perSideWith(QStringLiteral("crossed-leg")));

    const Technique* thoracic = content().technique(QStringLiteral("thoracic-spine"));
    ASSERT_NE(thoracic, nullptr);
    EXPECT_TRUE(anyContains(thoracic->cautions, "stop before reaching the lumbar spine"));
    EXPECT_TRUE(anyContains(thoracic->cautions, "lower back curve"));
}

TEST(ContentChecklist, MuscleGroupsCoverTheSeedsTargetsWithBothSides)
{
    const std::vector<std::pair<const char*, int>> groups{{"glutes-piriformis", 4}, {"hip-flexors", 4},
                                                          {"hamstrings", 2}, {"thoracic-spine", 2},
                                                          {"latissimus-dorsi", 2}};
    ASSERT_EQ(content().muscleGroups().size(), groups.size());
    for (const auto& [id, regionCount] : groups) {
        const MuscleGroup* g = content().muscleGroup(QString::fromLatin1(id));
        ASSERT_NE(g, nullptr) << id;
        EXPECT_FALSE(g->why.isEmpty());
        EXPECT_EQ(g->regionIds.size(), regionCount) << id;
        for (const QString& r : g->regionIds)
            EXPECT_TRUE(r.endsWith(QStringLiteral("-right")) || r.endsWith(QStringLiteral("-left")));
    }
    for (const char* base : {"glutes", "piriformis", "psoas", "iliacus", "hamstrings", "thoracic-extensors", "lats"})
        for (const char* side : {"-right", "-left"})
            EXPECT_NE(content().region(QString::fromLatin1(base) + QString::fromLatin1(side)), nullptr) << base << side;
}

TEST(ContentChecklist, DosageMatchesTheSeed)
{
    const Dosage& d = content().dosage();
    EXPECT_DOUBLE_EQ(d.paceCmPerSecond, 2.54); // about one inch per second
    EXPECT_EQ(d.holdSecondsMin, 15);
    EXPECT_EQ(d.holdSecondsMax, 30);
    EXPECT_EQ(d.sessionsPerWeekMin, 3);
    EXPECT_EQ(d.sessionsPerWeekMax, 5);
    EXPECT_GE(d.defaultHoldSeconds, d.holdSecondsMin);
    EXPECT_LE(d.defaultHoldSeconds, d.holdSecondsMax);
    EXPECT_TRUE(d.paceText.contains(QStringLiteral("one inch")));
    EXPECT_TRUE(d.holdText.contains(QStringLiteral("15-30 seconds")));
    EXPECT_TRUE(d.frequencyText.contains(QStringLiteral("3-5 times per week")));
}

TEST(ContentChecklist, LumbarSpineIsContraindicatedWithTheSeedsReasons)
{
    const ContraindicatedZone* lumbar = content().zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    EXPECT_EQ(lumbar->kind, ZoneKind::Spine);
    QStringList reasons;
    for (const Reason& r : lumbar->reasons)
        reasons << r.title + QLatin1Char(' ') + r.text;
    EXPECT_TRUE(anyContains(reasons, "bony prominences"));
    EXPECT_TRUE(anyContains(reasons, "disc compression"));
    EXPECT_TRUE(anyContains(reasons, "nerve irritation"));
    EXPECT_TRUE(anyContains(reasons, "numbness, or tingling"));
    for (View v : allViews())
        EXPECT_EQ(lumbar->shapes.count(v), 1u) << toString(v).toStdString();
    // The hip flexor technique's warning: the bony prominence of the hip bone.
    EXPECT_NE(content().zone(QStringLiteral("asis-right")), nullptr);
    EXPECT_NE(content().zone(QStringLiteral("sacrum")), nullptr);
}

TEST(ContentChecklist, BestPracticesStopSignsRedFlagsAndFaq)
{
    QStringList practices;
    for (const TextItem& p : content().bestPractices())
        practices << p.text;
    EXPECT_EQ(practices.size(), 7);
    for (const char* phrase : {"one inch per second", "Deep breathing", "15-30 seconds", "never directly on joints or bones",
                               "Drink plenty of water", "3-5 times per week", "never be sharply painful"})
        EXPECT_TRUE(anyContains(practices, phrase)) << phrase;

    QStringList stops;
    for (const TextItem& s : content().stopSigns())
        stops << s.text;
    for (const char* sign : {"Sharp pain", "Radiating pain", "Numbness", "Tingling"})
        EXPECT_TRUE(anyContains(stops, sign)) << sign;
    // The article's own two sentences, word for word: stop at once, then consult (never "if it persists").
    EXPECT_TRUE(content().stopAdvice().contains(
        QStringLiteral("If you experience sharp, radiating pain, numbness, or tingling, stop immediately.")));
    EXPECT_TRUE(content().stopAdvice().contains(
        QStringLiteral("numbness, tingling, or weakness, consult a doctor, physical therapist, or other qualified "
                       "healthcare professional.")));
    EXPECT_FALSE(content().stopAdvice().contains(QStringLiteral("persists")));

    QStringList flags;
    for (const TextItem& f : content().redFlags())
        flags << f.text;
    EXPECT_EQ(flags.size(), 5);
    for (const char* flag : {"Persistent or severe", "radiating down your leg (sciatica)", "Numbness", "Tingling", "Weakness"})
        EXPECT_TRUE(anyContains(flags, flag)) << flag;
    EXPECT_TRUE(content().screening().advice(ScreeningTier::Consult).advice.contains(QStringLiteral("physical therapist")));
    EXPECT_TRUE(content().disclaimer().contains(QStringLiteral("not a substitute for professional medical advice")));

    ASSERT_EQ(content().faq().size(), 4u);
    EXPECT_TRUE(content().faq()[2].answer.contains(QStringLiteral("15-30 seconds")));
    EXPECT_EQ(content().keyTakeaways().size(), 5);
}

TEST(ContentChecklist, DefaultRoutineUsesAllFiveTechniquesInOrderWithTheSeedsDosage)
{
    const Routine r = Routine::defaultRoutine(content());
    EXPECT_EQ(r.title, QStringLiteral("Lower-back relief"));
    ASSERT_EQ(r.exercises.size(), 5u);
    for (size_t i = 0; i < r.exercises.size(); ++i) {
        EXPECT_EQ(r.exercises[i].techniqueId, content().techniques()[i].id);
        EXPECT_EQ(r.exercises[i].sides, SidesChoice::Both);
        EXPECT_GE(r.exercises[i].holdSeconds, 15);
        EXPECT_LE(r.exercises[i].holdSeconds, 30);
    }
}

TEST(ContentChecklist, BrokenContentIsReportedNotAccepted)
{
    Diagnostics d;
    EXPECT_FALSE(ContentLibrary::fromJson("{\"dosage\": 3}", QStringLiteral("content.json"), d));
    EXPECT_TRUE(d.hasErrors());
    EXPECT_TRUE(d.toText().contains(QStringLiteral("content.json: dosage: is a number (expected an object)")))
        << d.toText().toStdString();
}
