// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/text/labels.h"

#include "core/content_library.h"
#include "core/seconds.h"

#include <algorithm>

#include <QCoreApplication>

namespace rollwise {

namespace {
struct Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Idle: return Labels::tr("Ready");
    case Phase::Prepare: return Labels::tr("Get ready");
    case Phase::Roll: return Labels::tr("Roll");
    case Phase::Hold: return Labels::tr("Hold");
    case Phase::Release: return Labels::tr("Release");
    case Phase::SwitchSide: return Labels::tr("Switch side");
    case Phase::Rest: return Labels::tr("Rest");
    case Phase::Complete: return Labels::tr("Done");
    case Phase::Stopped: return Labels::tr("Stopped");
    }
    return {};
}

QString sideLabel(Side side)
{
    switch (side) {
    case Side::Centre: return Labels::tr("both sides");
    case Side::Right: return Labels::tr("right side");
    case Side::Left: return Labels::tr("left side");
    }
    return {};
}

QString sidesDoneLabel(const std::vector<Side>& sides)
{
    const bool right = std::find(sides.begin(), sides.end(), Side::Right) != sides.end();
    const bool left = std::find(sides.begin(), sides.end(), Side::Left) != sides.end();
    if (right && left)
        return Labels::tr("right and left side");
    if (right)
        return sideLabel(Side::Right);
    if (left)
        return sideLabel(Side::Left);
    return Labels::tr("both sides together");
}

QString sidesLabel(SidesChoice sides, bool perSide)
{
    if (!perSide)
        return Labels::tr("both sides together");
    switch (sides) {
    case SidesChoice::Both: return Labels::tr("right, then left");
    case SidesChoice::Right: return Labels::tr("right side only");
    case SidesChoice::Left: return Labels::tr("left side only");
    }
    return {};
}

QString formatCountdown(qint64 milliseconds)
{
    // Round up: a countdown shows 1 until the very end, never 0 while time remains.
    const qint64 seconds = wholeSecondsUp(milliseconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString dosageSummary(const Routine& routine, size_t index, const ContentLibrary& content)
{
    const Exercise& e = routine.exercises.at(index);
    const Technique* t = routine.technique(e.techniqueId, content);
    const bool perSide = t && t->perSideWith(e.variant);
    const int rollSeconds = routine.wholeRollSeconds(e, content);
    QStringList parts{sidesLabel(e.sides, perSide)};
    if (e.passes)
        parts << (*e.passes == 1 ? Labels::tr("1 pass (about %1 s)").arg(rollSeconds)
                                 : Labels::tr("%1 passes (about %2 s)").arg(*e.passes).arg(rollSeconds));
    else
        parts << Labels::tr("roll %1 s").arg(rollSeconds);
    const Dosage& d = content.dosage();
    // What the clinician prescribed, and the article's advice beside it only where the two differ.
    if (!d.isAdvisedHold(e.holdSeconds))
        parts << Labels::tr("hold %1 s (the article suggests %2-%3 s)").arg(e.holdSeconds).arg(d.holdSecondsMin).arg(d.holdSecondsMax);
    else
        parts << Labels::tr("hold %1 s").arg(e.holdSeconds);
    if (const int sets = routine.setsOf(e); sets > 1)
        parts << Labels::tr("%n sets", nullptr, sets);
    if (e.sessionsPerWeek && e.sessionsPerWeek != routine.sessionsPerWeek)
        parts << Labels::tr("%n times a week", nullptr, *e.sessionsPerWeek);
    if (const int rest = routine.restSecondsAfter(index); rest > 0)
        parts << Labels::tr("rest %1 s").arg(rest);
    return parts.join(QStringLiteral(" · "));
}

QString frequencySummary(const Routine& routine, const ContentLibrary& content)
{
    const Dosage& d = content.dosage();
    const int low = d.sessionsPerWeekMin, high = d.sessionsPerWeekMax;
    if (!routine.sessionsPerWeek)
        return Labels::tr("%1-%2 times a week").arg(low).arg(high);
    const int n = *routine.sessionsPerWeek;
    if (d.isAdvisedFrequency(n))
        return Labels::tr("%n times a week", nullptr, n);
    return Labels::tr("%1 (the article suggests %2-%3)").arg(Labels::tr("%n times a week", nullptr, n)).arg(low).arg(high);
}

QString rollwiseTip()
{
    return Labels::tr("Rollwise tip");
}

QString markedIfOwn(const QString& text, bool own)
{
    return own ? Labels::tr("%1: %2", "Rollwise tip: text").arg(rollwiseTip(), text) : text;
}

} // namespace rollwise
