// SPDX-License-Identifier: GPL-3.0-or-later
// The semantic rules of a routine, shared by the file reader and by in-memory validation (the editor):
// known techniques, sensible sides, dosage within hard limits and the seed's advice, and geometric safety.
#include "core/routine_reader.h"

#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/routine_writer.h"
#include "core/safety_validator.h"

#include <algorithm>
#include <cmath>

namespace rollwise {

void RoutineReader::checkExercise(const Exercise& e, const Routine& routine, const QString& path,
                                  JsonReader& r) const
{
    const Technique* t = routine.technique(e.techniqueId, m_content);
    if (!t) {
        QStringList known;
        for (const Technique& b : m_content.techniques())
            known << b.id;
        for (const Technique& c : routine.customTechniques)
            known << c.id;
        r.error(JsonReader::field(path, QStringLiteral("technique")),
                tr("unknown technique \"%1\"").arg(e.techniqueId), tr("one of: %1").arg(known.join(QStringLiteral(", "))));
        return;
    }
    if (!e.variant.isEmpty() && !t->variant(e.variant)) {
        QStringList known;
        for (const TechniqueVariant& v : t->variants)
            known << v.id;
        r.error(JsonReader::field(path, QStringLiteral("variant")),
                tr("technique \"%1\" has no variant \"%2\"").arg(t->id, e.variant),
                known.isEmpty() ? tr("no variant for this technique") : tr("one of: %1").arg(known.join(QStringLiteral(", "))));
    } else if (e.sides != SidesChoice::Both && !t->perSideWith(e.variant)) {
        r.error(JsonReader::field(path, QStringLiteral("sides")),
                tr("technique \"%1\" works both sides at once, so it cannot be limited to the %2 side")
                    .arg(t->id, toString(e.sides)),
                QStringLiteral("\"both\""));
    }

    auto range = [&](const char* key, int value, int min, int max, const QString& unit) {
        if (value >= min && value <= max)
            return true;
        r.error(JsonReader::field(path, QString::fromLatin1(key)), tr("%1 is out of range").arg(value),
                tr("%1 to %2 %3").arg(min).arg(max).arg(unit));
        return false;
    };
    const QString seconds = tr("seconds");
    if (range("holdSeconds", e.holdSeconds, RoutineLimits::kHoldMin, RoutineLimits::kHoldMax, seconds)) {
        const Dosage& d = m_content.dosage();
        if (!d.isAdvisedHold(e.holdSeconds))
            r.warning(JsonReader::field(path, QStringLiteral("holdSeconds")),
                      tr("a %1 s hold is outside the recommended range").arg(e.holdSeconds),
                      tr("%1-%2 seconds on a tender spot").arg(d.holdSecondsMin).arg(d.holdSecondsMax));
    }
    if (e.rollSeconds)
        range("rollSeconds", *e.rollSeconds, RoutineLimits::kRollMin, RoutineLimits::kRollMax, seconds);
    if (e.passes && range("passes", *e.passes, RoutineLimits::kPassesMin, RoutineLimits::kPassesMax, tr("passes")))
        checkPassesTime(e, routine, path, r);
    range("restSeconds", e.restSeconds, RoutineLimits::kRestMin, RoutineLimits::kRestMax, seconds);
    range("transitionSeconds", e.transitionSeconds, RoutineLimits::kTransitionMin, RoutineLimits::kTransitionMax,
          seconds);
}

void RoutineReader::checkPassesTime(const Exercise& e, const Routine& routine, const QString& path,
                                    JsonReader& r) const
{
    // Passes are another way of writing rollSeconds, so they obey the same limits: a 0.4 s roll phase is no
    // rolling at all, and 50 passes of a long path would roll for hours.
    const double cm = routine.passLengthCm(e, m_content);
    const double pace = m_content.dosage().paceCmPerSecond;
    if (cm <= 0 || pace <= 0)
        return;
    const double seconds = routine.rollMilliseconds(e, m_content) / 1000.0;
    if (seconds >= RoutineLimits::kRollMin && seconds <= RoutineLimits::kRollMax)
        return;
    const int fewest = int(std::ceil(RoutineLimits::kRollMin * pace / cm));
    const int most = std::min(RoutineLimits::kPassesMax, int(std::floor(RoutineLimits::kRollMax * pace / cm)));
    const QString rolling = tr("%1 to %2 seconds of rolling per side, as for rollSeconds")
                                .arg(RoutineLimits::kRollMin)
                                .arg(RoutineLimits::kRollMax);
    r.error(JsonReader::field(path, QStringLiteral("passes")),
            tr("%1 passes of this %2 cm path take %3 s of rolling per side")
                .arg(*e.passes)
                .arg(cm, 0, 'f', 1)
                .arg(seconds, 0, 'f', 1),
            fewest <= most ? tr("%1: %2 to %3 passes of this path").arg(rolling).arg(fewest).arg(most)
                           : tr("%1: give rollSeconds for this path").arg(rolling));
}

void RoutineReader::checkSafety(const Routine& routine, const QString& fileName, Diagnostics& d) const
{
    auto report = [&](const QString& path, const SafetyViolation& v) { d.error(fileName, path, v.problem(), v.expected()); };
    for (size_t i = 0; i < routine.customTechniques.size(); ++i) {
        const Technique& t = routine.customTechniques[i];
        for (const SafetyViolation& v : SafetyValidator::check(t, m_content)) {
            const QString base = JsonReader::index(QStringLiteral("customTechniques"), qsizetype(i));
            report(JsonReader::index(JsonReader::field(base, QStringLiteral("paths")), v.path->sourceIndex), v);
        }
    }
    // Built-in techniques are proven safe by the test suite; checking them again here costs microseconds
    // and means a bad content edit can never reach a patient.
    for (size_t i = 0; i < routine.exercises.size(); ++i) {
        const Technique* t = m_content.technique(routine.exercises[i].techniqueId);
        if (!t)
            continue;
        for (const SafetyViolation& v : SafetyValidator::check(*t, m_content))
            report(JsonReader::field(JsonReader::index(QStringLiteral("exercises"), qsizetype(i)),
                                     QStringLiteral("technique")),
                   v);
    }
}

Diagnostics RoutineReader::validate(const Routine& routine, const QString& fileName) const
{
    Diagnostics d;
    JsonReader r(fileName, d);
    if (routine.title.trimmed().isEmpty())
        r.error(QStringLiteral("title"), tr("title is empty"), tr("a name for the routine"));
    if (routine.exercises.empty())
        r.error(QStringLiteral("exercises"), tr("routine has no exercises"), tr("at least one exercise"));
    if (routine.exercises.size() > size_t(RoutineLimits::kMaxExercises))
        r.error(QStringLiteral("exercises"), tr("has %1 items").arg(routine.exercises.size()),
                tr("at most %1").arg(RoutineLimits::kMaxExercises));
    if (routine.customTechniques.size() > size_t(RoutineLimits::kMaxCustomTechniques))
        r.error(QStringLiteral("customTechniques"), tr("has %1 items").arg(routine.customTechniques.size()),
                tr("at most %1").arg(RoutineLimits::kMaxCustomTechniques));
    for (size_t i = 0; i < routine.customTechniques.size(); ++i) {
        const QString id = routine.customTechniques[i].id;
        const bool clash = m_content.technique(id)
                           || std::count_if(routine.customTechniques.begin(), routine.customTechniques.end(),
                                            [&](const Technique& t) { return t.id == id; }) > 1;
        if (clash)
            r.error(JsonReader::field(JsonReader::index(QStringLiteral("customTechniques"), qsizetype(i)),
                                      QStringLiteral("id")),
                    tr("duplicate technique id \"%1\"").arg(id), tr("a unique id"));
    }
    const int before = d.errorCount();
    for (size_t i = 0; i < routine.exercises.size(); ++i)
        checkExercise(routine.exercises[i], routine, JsonReader::index(QStringLiteral("exercises"), qsizetype(i)), r);
    // The total is only meaningful once every exercise's own durations are right.
    if (d.errorCount() == before)
        checkSessionLength(routine, fileName, d);
    checkTexts(routine, r);
    checkPrescription(routine, r);
    checkCustomTechniques(routine, r);
    checkSafety(routine, fileName, d);
    checkWrittenSize(routine, fileName, d);
    return d;
}

void RoutineReader::checkWrittenSize(const Routine& routine, const QString& fileName, Diagnostics& d) const
{
    // What is saved must open again: the file's size cap applies to the routine as Rollwise would write it
    // (with every default spelled out), for files read and for routines built in memory alike.
    if (const qsizetype size = RoutineWriter::toBytes(routine).size(); size > RoutineLimits::kMaxFileBytes)
        d.error(fileName, {}, tr("the routine would be %1 bytes when saved").arg(size),
                tr("a routine file of at most %1 bytes").arg(RoutineLimits::kMaxFileBytes));
}

} // namespace rollwise
