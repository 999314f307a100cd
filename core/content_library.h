// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seed article as data: every technique, step, dosage figure, best practice, red flag and FAQ
// answer that any part of Rollwise shows. Loaded once from the compiled-in content.json; nothing else
// in the code base restates these facts.

#include "core/body.h"
#include "core/diagnostic.h"
#include "core/provenance.h"
#include "core/safety/screening.h"
#include "core/technique.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rollwise {

// The article's figures and Rollwise's defaults, all from content.json's "dosage" (required there, so a
// loaded library has every one): none is restated in code.
struct Dosage {
    double paceCmPerSecond = 0;
    QString paceText;
    int holdSecondsMin = 0;
    int holdSecondsMax = 0;
    QString holdText;
    int sessionsPerWeekMin = 0;
    int sessionsPerWeekMax = 0;
    QString frequencyText;
    int defaultHoldSeconds = 0;
    int defaultRollSeconds = 0;
    int defaultRestSeconds = 0;
    int defaultTransitionSeconds = 0;
    int releaseSeconds = 0;
    double rollerDiameterCm = 0;

    // Within the article's advice (15-30 s, 3-5 a week): the validator warns outside it, and the sheet prints
    // the article's range beside a prescription outside it.
    bool isAdvisedHold(int seconds) const { return seconds >= holdSecondsMin && seconds <= holdSecondsMax; }
    bool isAdvisedFrequency(int perWeek) const { return perWeek >= sessionsPerWeekMin && perWeek <= sessionsPerWeekMax; }
};

struct TextItem {
    QString id;
    QString title;
    QString text;
};

struct FaqEntry {
    QString question;
    QString answer;
};

class JsonReader;

class ContentLibrary {
    Q_DECLARE_TR_FUNCTIONS(ContentLibrary)

public:
    // The compiled-in content in the chosen language; a broken resource is a build defect, so this aborts
    // loudly (tests cover every shipped language).
    static const ContentLibrary& builtIn();
    // Chooses the language of builtIn() ("en", "de", …); must be called before its first use. A language
    // without a content translation falls back to English. Returns the language actually used.
    static QString setLanguage(const QString& language);
    static QString language();
    // Languages with a content translation (plus "en").
    static QStringList availableLanguages();
    // Loads content.json with the translation for `language` applied (English when language is "en").
    static std::optional<ContentLibrary> load(const QString& language, Diagnostics& diagnostics);
    // `provenance` says whose words each text is (Provenance::builtIn() when null).
    static std::optional<ContentLibrary> fromJson(const QByteArray& json, const QString& fileName,
                                                  Diagnostics& diagnostics, const Provenance* provenance = nullptr);
    // Shared with the routine reader so custom techniques obey exactly the same rules as built-in ones.
    std::optional<Technique> readTechnique(JsonReader& reader, const QJsonObject& o, const QString& path,
                                           bool custom) const;

    const Dosage& dosage() const { return m_dosage; }
    const std::vector<TextItem>& principles() const { return m_principles; }
    const std::vector<MuscleGroup>& muscleGroups() const { return m_groups; }
    const std::vector<BodyRegion>& regions() const { return m_regions; }
    const std::vector<ContraindicatedZone>& zones() const { return m_zones; }
    // The body's silhouette in a view: closed pieces (trunk, limbs) whose union is the body. The art is drawn
    // from the same pieces (tools/svg), and every roller footprint must lie inside them.
    const std::vector<Shape>& bodyOutline(View v) const;
    const std::vector<Technique>& techniques() const { return m_techniques; }
    const std::vector<TextItem>& bestPractices() const { return m_bestPractices; }
    const std::vector<TextItem>& stopSigns() const { return m_stopSigns; }
    // The article's consult signs; screening() holds them again as the consult tier, with the other two tiers.
    const std::vector<TextItem>& redFlags() const { return m_redFlags; }
    const Screening& screening() const { return m_screening; }
    const std::vector<FaqEntry>& faq() const { return m_faq; }
    const QStringList& keyTakeaways() const { return m_keyTakeaways; }
    const QString& stopAdvice() const { return m_stopAdvice; }
    const QString& disclaimer() const { return m_disclaimer; }
    // Best practices to remind the user of when a cue (by its name, e.g. "hold-start") plays.
    std::vector<const TextItem*> remindersFor(const QString& cue) const;

    const Technique* technique(const QString& id) const;
    const BodyRegion* region(const QString& id) const;
    const MuscleGroup* muscleGroup(const QString& id) const;
    const ContraindicatedZone* zone(const QString& id) const;
    const TextItem* bestPractice(const QString& id) const;
    bool hasRegionBase(const QString& baseId) const;
    // The pose drawing for a technique: its own, or for a custom technique without one, the pose of the
    // first built-in technique of the same muscle group (else the first pose there is).
    QString poseFor(const Technique& t) const;
    // Sided region ids for the given base ids when working on `side` (Centre: both sides).
    QStringList regionIds(const QStringList& baseIds, Side side) const;

private:
    bool readRegions(JsonReader& r, const QJsonObject& root);
    bool readZones(JsonReader& r, const QJsonObject& root);
    bool readBodyOutline(JsonReader& r, const QJsonObject& root);
    bool readTexts(JsonReader& r, const QJsonObject& root, const Provenance& provenance);
    void markOwnGuidance(const Provenance& provenance);

    Dosage m_dosage;
    std::vector<TextItem> m_principles;
    std::vector<MuscleGroup> m_groups;
    std::vector<BodyRegion> m_regions;
    std::vector<ContraindicatedZone> m_zones;
    std::map<View, std::vector<Shape>> m_outline;
    std::vector<Technique> m_techniques;
    std::vector<TextItem> m_bestPractices;
    std::vector<TextItem> m_stopSigns;
    std::vector<TextItem> m_redFlags;
    Screening m_screening;
    std::vector<FaqEntry> m_faq;
    QStringList m_keyTakeaways;
    QString m_stopAdvice;
    QString m_disclaimer;
    std::vector<std::pair<QString, QString>> m_reminders; // cue name → best-practice id
};

} // namespace rollwise
