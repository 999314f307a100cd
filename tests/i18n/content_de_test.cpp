// SPDX-License-Identifier: GPL-3.0-or-later
// The German content (core/content/content.de.json): complete, loadable, and still the seed's content — the same
// figures, steps, safety structure and geometry as content.json, in German words.

#include "core/content_library.h"
#include "core/content_translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

QJsonObject resourceJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject english()
{
    return resourceJson(QStringLiteral(":/rollwise/content.json"));
}

QJsonObject germanOverlay()
{
    return resourceJson(QStringLiteral(":/rollwise/content.de.json"));
}

ContentLibrary load(const QString& language)
{
    Diagnostics d;
    std::optional<ContentLibrary> lib = ContentLibrary::load(language, d);
    EXPECT_TRUE(lib.has_value()) << d.toText().toStdString();
    return lib ? *lib : ContentLibrary();
}

// The numbers a text states, decimal commas read as points. English says some numbers in words where German uses
// digits, and German gives the pace in centimetres first ("about one inch per second" → "etwa 2,5 cm (1 Zoll) pro
// Sekunde", "figure-four" → "Figur-4"); those English words count as the figures German states.
QStringList numbers(QString text)
{
    text.replace(QStringLiteral("one inch (2.5 cm)"), QStringLiteral("one inch"));
    text.replace(QStringLiteral("one inch"), QStringLiteral("2.5 cm (1 inch)"));
    text.replace(QStringLiteral("igure-four"), QStringLiteral("igure-4"));
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    QStringList out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out << it.next().captured().replace(QLatin1Char(','), QLatin1Char('.'));
    out.sort();
    return out;
}

// Walks content.json and the German content side by side; every text must state exactly the same numbers.
void expectSameNumbers(const QJsonValue& en, const QJsonValue& de, const QString& path, int& texts, int& translated)
{
    if (en.isString()) {
        ASSERT_TRUE(de.isString()) << path.toStdString();
        ++texts;
        translated += en.toString() != de.toString() ? 1 : 0;
        EXPECT_EQ(numbers(en.toString()), numbers(de.toString()))
            << path.toStdString() << "\n  en: " << en.toString().toStdString() << "\n  de: " << de.toString().toStdString();
    } else if (en.isObject()) {
        const QJsonObject e = en.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            expectSameNumbers(it.value(), de.toObject().value(it.key()), path + QLatin1Char('.') + it.key(), texts, translated);
    } else if (en.isArray()) {
        const QJsonArray e = en.toArray();
        ASSERT_EQ(e.size(), de.toArray().size()) << path.toStdString();
        for (qsizetype i = 0; i < e.size(); ++i)
            expectSameNumbers(e.at(i), de.toArray().at(i), path + QStringLiteral("[%1]").arg(i), texts, translated);
    } else {
        EXPECT_EQ(en, de) << path.toStdString() << ": numbers and switches are never translated";
    }
}

} // namespace

TEST(GermanContent, TranslatesEveryText)
{
    const QStringList missing = untranslated(english(), germanOverlay());
    EXPECT_TRUE(missing.isEmpty()) << "not translated: " << missing.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(germanOverlay().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
}

TEST(GermanContent, LoadsWithoutAnyDiagnostic)
{
    EXPECT_EQ(ContentLibrary::availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    Diagnostics d;
    const std::optional<ContentLibrary> lib = ContentLibrary::load(QStringLiteral("de"), d);
    ASSERT_TRUE(lib.has_value()) << d.toText().toStdString();
    EXPECT_TRUE(d.empty()) << d.toText().toStdString();
}

TEST(GermanContent, StatesEveryFigureOfTheSeed)
{
    const ContentLibrary en = load(QStringLiteral("en"));
    const ContentLibrary de = load(QStringLiteral("de"));
    const Dosage& d = de.dosage();
    EXPECT_TRUE(d.holdText.contains(QStringLiteral("15-30 Sekunden"))) << d.holdText.toStdString();
    EXPECT_TRUE(d.frequencyText.contains(QStringLiteral("3-5 Mal pro Woche"))) << d.frequencyText.toStdString();
    EXPECT_TRUE(d.paceText.contains(QStringLiteral("etwa 2,5 cm (1 Zoll) pro Sekunde"))) << d.paceText.toStdString();
    EXPECT_TRUE(de.bestPractice(QStringLiteral("slow-controlled"))->text.contains(QStringLiteral("2,5 cm")));
    EXPECT_TRUE(de.bestPractice(QStringLiteral("hold-tender-spots"))->text.contains(QStringLiteral("15-30 Sekunden")));
    EXPECT_TRUE(de.bestPractice(QStringLiteral("consistency"))->text.contains(QStringLiteral("3-5 Mal pro Woche")));
    // The numbers themselves come from content.json alone.
    EXPECT_EQ(d.holdSecondsMin, 15);
    EXPECT_EQ(d.holdSecondsMax, 30);
    EXPECT_EQ(d.sessionsPerWeekMin, 3);
    EXPECT_EQ(d.sessionsPerWeekMax, 5);
    EXPECT_DOUBLE_EQ(d.paceCmPerSecond, en.dosage().paceCmPerSecond);

    // Five techniques, in the same order, each with as many steps, cautions and variants as in English.
    ASSERT_EQ(de.techniques().size(), 5u);
    ASSERT_EQ(de.techniques().size(), en.techniques().size());
    for (size_t i = 0; i < en.techniques().size(); ++i) {
        const Technique& e = en.techniques()[i];
        const Technique& g = de.techniques()[i];
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_EQ(g.id, e.id);
        EXPECT_EQ(g.steps.size(), e.steps.size());
        EXPECT_EQ(g.cautions.size(), e.cautions.size());
        EXPECT_EQ(g.variants.size(), e.variants.size());
        EXPECT_EQ(g.phaseSteps, e.phaseSteps);
        EXPECT_EQ(g.primaryTargets, e.primaryTargets);
        EXPECT_EQ(g.perSide, e.perSide);
        EXPECT_NE(g.name, e.name);
        for (qsizetype s = 0; s < e.steps.size() && s < g.steps.size(); ++s)
            EXPECT_NE(g.steps[s], e.steps[s]) << "step " << s + 1 << " is still English";
    }

    // Every text states exactly the numbers its English original states.
    QJsonObject merged = english();
    Diagnostics diags;
    ASSERT_TRUE(applyTranslation(merged, germanOverlay(), QStringLiteral("content.de.json"), diags))
        << diags.toText().toStdString();
    int texts = 0;
    int translated = 0;
    expectSameNumbers(english(), merged, QStringLiteral("content"), texts, translated);
    EXPECT_GT(translated, 150) << "of " << texts << " texts";
}

TEST(GermanContent, NamesThingsAsAGermanPhysiotherapistWould)
{
    const ContentLibrary de = load(QStringLiteral("de"));
    auto group = [&](const char* id) { return de.muscleGroup(QString::fromLatin1(id))->name; };
    auto zone = [&](const char* id) { return de.zone(QString::fromLatin1(id))->name; };
    EXPECT_EQ(group("glutes-piriformis"), QStringLiteral("Gesäßmuskulatur und Piriformis"));
    EXPECT_EQ(group("hip-flexors"), QStringLiteral("Hüftbeuger (Psoas und Iliacus)"));
    EXPECT_EQ(group("hamstrings"), QStringLiteral("Oberschenkelrückseite (ischiocrurale Muskulatur)"));
    EXPECT_TRUE(group("thoracic-spine").startsWith(QStringLiteral("Brustwirbelsäule")));
    EXPECT_EQ(group("latissimus-dorsi"), QStringLiteral("Breiter Rückenmuskel (Latissimus dorsi)"));
    EXPECT_EQ(zone("lumbar-spine"), QStringLiteral("Lendenwirbelsäule"));
    EXPECT_TRUE(zone("sacrum").contains(QStringLiteral("Kreuzbein")));
    EXPECT_TRUE(zone("iliac-crest-right").contains(QStringLiteral("Darmbeinkamm")));
    EXPECT_TRUE(zone("asis-right").contains(QStringLiteral("vorderer oberer Darmbeinstachel")));
    EXPECT_TRUE(zone("ischial-tuberosity-right").contains(QStringLiteral("Sitzbeinhöcker")));
    // Addressed with "Sie", never "du".
    static const QRegularExpression du(QStringLiteral("\\b(du|dich|dir|dein\\w*)\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const Technique& t : de.techniques())
        for (const QString& step : t.steps) {
            EXPECT_FALSE(du.match(step).hasMatch()) << step.toStdString();
            EXPECT_TRUE(step.contains(QStringLiteral("Sie")) || step.contains(QStringLiteral("Ihr"))) << step.toStdString();
        }
}

TEST(GermanContent, KeepsTheSafetyStructureAndGeometry)
{
    const ContentLibrary en = load(QStringLiteral("en"));
    const ContentLibrary de = load(QStringLiteral("de"));
    ASSERT_EQ(de.zones().size(), en.zones().size());
    for (size_t i = 0; i < en.zones().size(); ++i) {
        const ContraindicatedZone& e = en.zones()[i];
        const ContraindicatedZone& g = de.zones()[i];
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_EQ(g.id, e.id);
        EXPECT_EQ(g.kind, e.kind);
        ASSERT_EQ(g.reasons.size(), e.reasons.size());
        ASSERT_EQ(g.shapes.size(), e.shapes.size());
        for (const auto& [view, shape] : e.shapes) {
            ASSERT_TRUE(g.shapes.count(view));
            EXPECT_EQ(g.shapes.at(view).points.size(), shape.points.size());
            EXPECT_DOUBLE_EQ(g.shapes.at(view).radius, shape.radius);
        }
    }
    const ContraindicatedZone* lumbar = de.zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    ASSERT_EQ(lumbar->reasons.size(), 4u);
    EXPECT_EQ(lumbar->reasons[2].title, QStringLiteral("Nervenreizung"));
    EXPECT_EQ(de.redFlags().size(), 5u);
    EXPECT_EQ(de.stopSigns().size(), 4u);
    EXPECT_EQ(de.stopSigns()[0].text, QStringLiteral("Stechender Schmerz"));
    EXPECT_EQ(de.faq().size(), en.faq().size());
    EXPECT_EQ(de.keyTakeaways().size(), en.keyTakeaways().size());
    EXPECT_EQ(de.regions().size(), en.regions().size());
    EXPECT_EQ(de.remindersFor(QStringLiteral("hold-start")).front()->title, QStringLiteral("Tief atmen"));
}
