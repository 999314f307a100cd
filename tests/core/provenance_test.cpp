// SPDX-License-Identifier: GPL-3.0-or-later
// Every word of the content is classified as the article's, adapted from named article excerpts, or
// Rollwise's own; these tests hold that classification against the article itself.
#include "core/content_library.h"
#include "core/content_translation.h"
#include "core/provenance.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/rollwise/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const QString& name)
{
    return QJsonDocument::fromJson(resource(name)).object();
}

// The article lives beside the repository (../shared/seed), not in it: a checkout without it skips.
QString article()
{
    const QDir seed(QStringLiteral(ROLLWISE_SOURCE_DIR "/../shared/seed"));
    const QStringList files = seed.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    QFile f(seed.filePath(files.first()));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const Provenance& provenance()
{
    return Provenance::builtIn();
}

#define REQUIRE_ARTICLE(text)                                                                                  \
    const QString text = article();                                                                           \
    if (text.isEmpty())                                                                                       \
    GTEST_SKIP() << "the seed article is not at " ROLLWISE_SOURCE_DIR "/../shared/seed/*.txt; "              \
                    "provenance cannot be checked against it here"
} // namespace

TEST(Provenance, EveryTextOfTheContentIsClassifiedAndTheArticlesWordsAreInTheArticle)
{
    REQUIRE_ARTICLE(text);
    const auto texts = translatableTexts(json(QStringLiteral("content.json")));
    ASSERT_GT(texts.size(), 150u);
    const QStringList problems = provenanceProblems(provenance(), texts, text);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Provenance, AllThreeKindsAreUsedAndEveryStepIsTheArticlesOwn)
{
    int counts[3] = {0, 0, 0};
    for (const TextProvenance& p : provenance().entries())
        ++counts[static_cast<int>(p.origin)];
    EXPECT_GT(counts[static_cast<int>(TextOrigin::Article)], 50);
    EXPECT_GT(counts[static_cast<int>(TextOrigin::Adapted)], 20);
    EXPECT_GT(counts[static_cast<int>(TextOrigin::Rollwise)], 20);
    // A step is never adapted or ours: the numbered steps are exactly the article's.
    for (const Technique& t : ContentLibrary::builtIn().techniques())
        for (int i = 0; i < t.steps.size(); ++i)
            EXPECT_EQ(provenance().origin(QStringLiteral("techniques.%1.steps[%2]").arg(t.id).arg(i)), TextOrigin::Article)
                << t.id.toStdString() << " step " << i + 1;
}

TEST(Provenance, WordsThatAreNotTheArticlesAreCaught)
{
    REQUIRE_ARTICLE(text);
    const std::vector<std::pair<QString, QString>> texts{
        {QStringLiteral("a"), QStringLiteral("Roll slowly, about one inch (2.5 cm) per second.")},
        {QStringLiteral("b"), QStringLiteral("Glutes and piriformis")},
        {QStringLiteral("c"), QStringLiteral("Roll slowly,   about one inch per second.")}, // whitespace may differ
        {QStringLiteral("d"), QStringLiteral("Lean into it.")},
        {QStringLiteral("e"), QStringLiteral("Roll slowly, about one inch per second.")}};
    Diagnostics d;
    const auto p = Provenance::read(R"({"a": "article", "b": {"adapted": ["Glutes and the Piriformis"]},
                                        "c": "article", "e": {"adapted": ["Roll slowly"]}, "f": "rollwise"})",
                                    QStringLiteral("p.json"), d);
    ASSERT_TRUE(p) << d.toText().toStdString();
    const QString problems = provenanceProblems(*p, texts, text).join(QLatin1Char('\n'));
    EXPECT_TRUE(problems.contains(QStringLiteral("a: marked \"article\" but not the article's words"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("b: adapted from \"Glutes and the Piriformis\", which is not in the article")));
    EXPECT_FALSE(problems.contains(QStringLiteral("c:")));
    EXPECT_TRUE(problems.contains(QStringLiteral("d: no provenance")));
    EXPECT_TRUE(problems.contains(QStringLiteral("e: marked \"adapted\" but it is the article's words verbatim")));
    EXPECT_TRUE(problems.contains(QStringLiteral("f: provenance for a text the content does not have")));
}

TEST(Provenance, CurlyQuotesAndDashesCompareAsTheirPlainForms)
{
    EXPECT_EQ(normalisedForComparison(QStringLiteral("\u201clats\u201d \u2013 15\u201330 s\n  it\u2019s")),
              QStringLiteral("\"lats\" - 15-30 s it's"));
}

TEST(Provenance, AMalformedEntryIsAnErrorNamingItsPath)
{
    Diagnostics d;
    EXPECT_FALSE(Provenance::read(R"({"techniques.glutes.pressure": "ours", "x": {"adapted": []}})",
                                  QStringLiteral("provenance.json"), d));
    const QString text = d.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("techniques.glutes.pressure"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("an adapted text lists no article excerpts"))) << text.toStdString();
}

TEST(Provenance, TheGermanContentTranslatesExactlyTheClassifiedTexts)
{
    // A translation carries its English text's origin, so it must not add texts provenance does not know.
    const auto de = translatableTexts(json(QStringLiteral("content.json")));
    const QJsonObject translation = json(QStringLiteral("content.de.json"));
    EXPECT_TRUE(untranslated(json(QStringLiteral("content.json")), translation).isEmpty());
    for (const auto& [path, text] : de)
        EXPECT_NE(provenance().find(path), nullptr) << path.toStdString();
}

TEST(Provenance, OurOwnGuidanceReachesTheLoadedContent)
{
    const ContentLibrary& c = ContentLibrary::builtIn();
    const Technique* glutes = c.technique(QStringLiteral("glutes"));
    ASSERT_NE(glutes, nullptr);
    EXPECT_TRUE(glutes->isOwnGuidance(QStringLiteral("pressure")));       // "lean further …" is not the article's
    EXPECT_FALSE(glutes->isOwnGuidance(QStringLiteral("rollerPlacement"))); // adapted from step 2
    const Technique* hip = c.technique(QStringLiteral("hip-flexors"));
    ASSERT_NE(hip, nullptr);
    EXPECT_FALSE(hip->isOwnGuidance(QStringLiteral("pressure")));
    const ContraindicatedZone* knee = c.zone(QStringLiteral("knee-right"));
    ASSERT_NE(knee, nullptr);
    EXPECT_TRUE(knee->summaryIsOwnGuidance);
    const ContraindicatedZone* lumbar = c.zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    EXPECT_FALSE(lumbar->summaryIsOwnGuidance);
    for (const Reason& r : lumbar->reasons)
        EXPECT_FALSE(r.ownGuidance) << r.id.toStdString(); // the four reasons are the article's
    EXPECT_EQ(c.screening().advice(ScreeningTier::Consult).origin, TextOrigin::Article);
}
