// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine.h"
#include "core/seconds.h"

#include "core/content_library.h"

#include <algorithm>
#include <cmath>

namespace rollwise {

QString toString(SidesChoice s)
{
    switch (s) {
    case SidesChoice::Both: return QStringLiteral("both");
    case SidesChoice::Right: return QStringLiteral("right");
    case SidesChoice::Left: return QStringLiteral("left");
    }
    return {};
}

std::optional<SidesChoice> sidesChoiceFromString(const QString& s)
{
    for (SidesChoice c : {SidesChoice::Both, SidesChoice::Right, SidesChoice::Left})
        if (toString(c) == s)
            return c;
    return std::nullopt;
}

bool operator==(const Exercise& a, const Exercise& b)
{
    return a.techniqueId == b.techniqueId && a.sides == b.sides && a.variant == b.variant
           && a.holdSeconds == b.holdSeconds && a.rollSeconds == b.rollSeconds && a.passes == b.passes
           && a.restSeconds == b.restSeconds && a.transitionSeconds == b.transitionSeconds && a.notes == b.notes
           && a.sets == b.sets && a.sessionsPerWeek == b.sessionsPerWeek;
}

Routine Routine::defaultRoutine(const ContentLibrary& content)
{
    Routine r;
    r.title = tr("Lower-back relief");
    r.notes = tr("Roll the muscles around the lower back, never the lumbar spine itself.");
    for (const Technique& t : content.techniques())
        r.exercises.push_back(defaultExercise(t.id, content));
    return r;
}

Exercise defaultExercise(const QString& techniqueId, const ContentLibrary& content)
{
    const Dosage& d = content.dosage();
    Exercise e;
    e.techniqueId = techniqueId;
    e.holdSeconds = d.defaultHoldSeconds;
    e.rollSeconds = d.defaultRollSeconds;
    e.restSeconds = d.defaultRestSeconds;
    e.transitionSeconds = d.defaultTransitionSeconds;
    return e;
}

Exercise Routine::newExercise(const QString& techniqueId, const ContentLibrary& content) const
{
    Exercise e = defaultExercise(techniqueId, content);
    e.holdSeconds = holdSeconds.value_or(e.holdSeconds);
    if (rollSeconds)
        e.rollSeconds = rollSeconds;
    return e;
}

const Technique* Routine::technique(const QString& id, const ContentLibrary& content) const
{
    for (const Technique& t : customTechniques)
        if (t.id == id)
            return &t;
    return content.technique(id);
}

std::vector<Side> Routine::sidesFor(const Exercise& e, const ContentLibrary& content) const
{
    const Technique* t = technique(e.techniqueId, content);
    if (!t || !t->perSideWith(e.variant))
        return {Side::Centre};
    switch (e.sides) {
    case SidesChoice::Right: return {Side::Right};
    case SidesChoice::Left: return {Side::Left};
    case SidesChoice::Both: break;
    }
    // The seed says "place one glute … repeat on the other side"; Rollwise starts on the right.
    return {Side::Right, Side::Left};
}

qint64 Routine::rollMilliseconds(const Exercise& e, const ContentLibrary& content) const
{
    if (e.rollSeconds)
        return qint64(*e.rollSeconds) * 1000;
    const double cm = passLengthCm(e, content) * e.passes.value_or(1);
    return qint64(std::llround(cm / content.dosage().paceCmPerSecond * 1000.0));
}

int Routine::wholeRollSeconds(const Exercise& e, const ContentLibrary& content) const
{
    return int(nearestWholeSeconds(rollMilliseconds(e, content)));
}

int Routine::passesForSeconds(const Exercise& e, int seconds, const ContentLibrary& content, int fallback) const
{
    const double pathCm = passLengthCm(e, content);
    if (pathCm <= 0)
        return fallback;
    const double cm = seconds * content.dosage().paceCmPerSecond;
    return std::max(1, int(std::lround(cm / pathCm)));
}

int Routine::restSecondsAfter(size_t index) const
{
    return index + 1 < exercises.size() ? exercises[index].restSeconds : 0;
}

double Routine::passLengthCm(const Exercise& e, const ContentLibrary& content) const
{
    const Technique* t = technique(e.techniqueId, content);
    // A pass is one traverse of the path used for one side, at the seed's pace.
    return t && t->mainPath() ? t->mainPath()->lengthCm() : 0.0;
}

} // namespace rollwise
