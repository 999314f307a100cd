// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/safety/screening.h"

#include "core/json_reader.h"

#include <algorithm>

namespace rollwise {

namespace {
// One tier's advice; Rollwise's own guidance must say why it asks, the article's needs no headline.
std::optional<ScreeningAdvice> readAdvice(JsonReader& r, const QJsonObject& section, const QString& key,
                                          const Provenance& provenance)
{
    const auto o = r.object(section, QStringLiteral("screening"), key);
    if (!o)
        return std::nullopt;
    const QString path = JsonReader::field(QStringLiteral("screening"), key);
    const TextOrigin origin = provenance.origin(JsonReader::field(path, QStringLiteral("advice")));
    const Need own = origin == TextOrigin::Rollwise ? Need::Required : Need::Optional;
    const auto title = r.string(*o, path, QStringLiteral("title"), own);
    const auto advice = r.string(*o, path, QStringLiteral("advice"));
    const auto why = r.string(*o, path, QStringLiteral("why"), own);
    if (!advice || (own == Need::Required && (!title || !why)))
        return std::nullopt;
    return ScreeningAdvice{origin, title.value_or(QString()), *advice, why.value_or(QString())};
}

bool readSigns(JsonReader& r, const QJsonObject& section, const QString& key, ScreeningTier tier,
               std::vector<ScreeningSign>& out)
{
    const QString path = JsonReader::field(QStringLiteral("screening"), key);
    const auto o = r.object(section, QStringLiteral("screening"), key);
    const auto a = o ? r.array(*o, path, QStringLiteral("signs")) : std::nullopt;
    if (!a)
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QString itemPath = JsonReader::index(JsonReader::field(path, QStringLiteral("signs")), i);
        const auto item = r.asObject(a->at(i), itemPath);
        const auto id = item ? r.string(*item, itemPath, QStringLiteral("id"), Need::Required, 40) : std::nullopt;
        const auto text = item ? r.string(*item, itemPath, QStringLiteral("text")) : std::nullopt;
        if (id && text)
            out.push_back({*id, *text, tier});
        else
            ok = false;
    }
    return ok;
}
} // namespace

std::optional<Screening> Screening::read(JsonReader& r, const QJsonObject& root, std::vector<ScreeningSign> consultSigns,
                                         const Provenance& provenance)
{
    const auto section = r.object(root, {}, QStringLiteral("screening"));
    if (!section)
        return std::nullopt;
    Screening s;
    std::vector<ScreeningSign> urgent, clinician;
    bool ok = readSigns(r, *section, QStringLiteral("urgent"), ScreeningTier::Urgent, urgent);
    ok = readSigns(r, *section, QStringLiteral("clinicianFirst"), ScreeningTier::ClinicianFirst, clinician) && ok;
    const auto urgentAdvice = readAdvice(r, *section, QStringLiteral("urgent"), provenance);
    const auto consultAdvice = readAdvice(r, *section, QStringLiteral("consult"), provenance);
    const auto clinicianAdvice = readAdvice(r, *section, QStringLiteral("clinicianFirst"), provenance);
    const auto repeated = readAdvice(r, *section, QStringLiteral("repeatedStops"), provenance);
    if (!ok || !urgentAdvice || !consultAdvice || !clinicianAdvice || !repeated)
        return std::nullopt;
    // The urgent and clinician-first tiers are Rollwise's, the consult tier the article's word for word: a
    // mix-up in the provenance would pass our words off as the article's.
    if (urgentAdvice->origin != TextOrigin::Rollwise || clinicianAdvice->origin != TextOrigin::Rollwise
        || repeated->origin != TextOrigin::Rollwise || consultAdvice->origin != TextOrigin::Article) {
        r.error(QStringLiteral("screening"), tr("a tier has the wrong provenance"),
                tr("\"consult\" the article's words, \"urgent\", \"clinicianFirst\" and \"repeatedStops\" Rollwise's"));
        return std::nullopt;
    }
    for (auto* tier : {&urgent, &consultSigns, &clinician})
        s.m_signs.insert(s.m_signs.end(), tier->begin(), tier->end());
    for (size_t i = 0; i < s.m_signs.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (s.m_signs[i].id == s.m_signs[j].id) {
                // Answers are recorded by id: two signs sharing one would make a "yes" ambiguous.
                r.error(QStringLiteral("screening"), tr("sign id \"%1\" is used twice").arg(s.m_signs[i].id),
                        tr("ids unique across the red flags and every screening tier"));
                return std::nullopt;
            }
    s.m_urgent = *urgentAdvice;
    s.m_consult = *consultAdvice;
    s.m_clinicianFirst = *clinicianAdvice;
    s.m_repeatedStops = *repeated;
    return s;
}

std::vector<const ScreeningSign*> Screening::signs(ScreeningTier tier) const
{
    std::vector<const ScreeningSign*> out;
    for (const ScreeningSign& s : m_signs)
        if (s.tier == tier)
            out.push_back(&s);
    return out;
}

const ScreeningSign* Screening::sign(const QString& id) const
{
    const auto it = std::find_if(m_signs.begin(), m_signs.end(), [&](const ScreeningSign& s) { return s.id == id; });
    return it == m_signs.end() ? nullptr : &*it;
}

const ScreeningAdvice& Screening::advice(ScreeningTier tier) const
{
    switch (tier) {
    case ScreeningTier::Urgent: return m_urgent;
    case ScreeningTier::Consult: return m_consult;
    case ScreeningTier::ClinicianFirst: return m_clinicianFirst;
    }
    return m_consult;
}

QString toString(CheckVerdict v)
{
    switch (v) {
    case CheckVerdict::Clear: return QStringLiteral("clear");
    case CheckVerdict::ConsultCleared: return QStringLiteral("consult-cleared");
    case CheckVerdict::ConsultNotCleared: return QStringLiteral("consult-not-cleared");
    case CheckVerdict::Urgent: return QStringLiteral("urgent");
    case CheckVerdict::ClinicianFirst: return QStringLiteral("clinician-first");
    case CheckVerdict::ClinicianCleared: return QStringLiteral("clinician-cleared");
    }
    return {};
}

std::optional<CheckVerdict> checkVerdictFromString(const QString& s)
{
    for (CheckVerdict v : {CheckVerdict::Clear, CheckVerdict::ConsultCleared, CheckVerdict::ConsultNotCleared,
                           CheckVerdict::Urgent, CheckVerdict::ClinicianFirst, CheckVerdict::ClinicianCleared})
        if (s == toString(v))
            return v;
    return std::nullopt;
}

bool allowsSession(CheckVerdict v)
{
    return v == CheckVerdict::Clear || v == CheckVerdict::ConsultCleared || v == CheckVerdict::ClinicianCleared;
}

bool clearanceValid(const std::optional<ClinicianClearance>& clearance, const QDate& today)
{
    return clearance && !clearance->clinician.trimmed().isEmpty() && clearance->date.isValid() && clearance->date <= today;
}

CheckAssessment assess(const Screening& screening, const ScreeningAnswers& answers, bool confirmedCleared,
                       const std::optional<ClinicianClearance>& clearance, const QDate& today)
{
    CheckAssessment a;
    a.complete = true;
    for (const ScreeningSign& s : screening.signs()) {
        const auto it = answers.find(s.id);
        if (it == answers.end()) {
            a.complete = false;
            continue;
        }
        if (!it->second)
            continue;
        switch (s.tier) {
        case ScreeningTier::Urgent: a.urgent = true; break;
        case ScreeningTier::Consult: a.consult = true; break;
        case ScreeningTier::ClinicianFirst: a.clinicianFirst = true; break;
        }
    }
    const bool cleared = clearanceValid(clearance, today);
    // Most serious first: nothing lifts the urgent tier, and each remaining tier must be lifted on its own.
    if (a.urgent)
        a.verdict = CheckVerdict::Urgent;
    else if (a.clinicianFirst && !cleared)
        a.verdict = CheckVerdict::ClinicianFirst;
    else if (a.consult)
        a.verdict = confirmedCleared ? CheckVerdict::ConsultCleared : CheckVerdict::ConsultNotCleared;
    else if (a.clinicianFirst)
        a.verdict = CheckVerdict::ClinicianCleared;
    else
        a.verdict = CheckVerdict::Clear;
    return a;
}

} // namespace rollwise
