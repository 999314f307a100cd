// The semantic rules of a routine, shared by the file reader and by in-memory validation (the editor):
// known techniques, sensible sides, dosage within hard limits and the seed's advice, and geometric safety.
#include "core/routine_reader.h"

#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/routine_writer.h"
#include "core/safety_validator.h"

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
        if (e.holdSeconds < d.holdSecondsMin || e.holdSeconds > d.holdSecondsMax)
            r.warning(JsonReader::field(path, QStringLiteral("holdSeconds")),
                      tr("a %1 s hold is outside the recommended range").arg(e.holdSeconds),
                      tr("%1-%2 seconds on a tender spot").arg(d.holdSecondsMin).arg(d.holdSecondsMax));
    }
    if (e.rollSeconds)
        range("rollSeconds", *e.rollSeconds, RoutineLimits::kRollMin, RoutineLimits::kRollMax, seconds);
    if (e.passes)
        range("passes", *e.passes, RoutineLimits::kPassesMin, RoutineLimits::kPassesMax, tr("passes"));
    range("restSeconds", e.restSeconds, RoutineLimits::kRestMin, RoutineLimits::kRestMax, seconds);
    range("transitionSeconds", e.transitionSeconds, RoutineLimits::kTransitionMin, RoutineLimits::kTransitionMax,
          seconds);
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
    for (size_t i = 0; i < routine.exercises.size(); ++i)
        checkExercise(routine.exercises[i], routine, JsonReader::index(QStringLiteral("exercises"), qsizetype(i)), r);
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
