// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session_plan.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <algorithm>

namespace rollwise {

QString toString(Phase p)
{
    switch (p) {
    case Phase::Idle: return QStringLiteral("idle");
    case Phase::Prepare: return QStringLiteral("prepare");
    case Phase::Roll: return QStringLiteral("roll");
    case Phase::Hold: return QStringLiteral("hold");
    case Phase::Release: return QStringLiteral("release");
    case Phase::SwitchSide: return QStringLiteral("switch-side");
    case Phase::Rest: return QStringLiteral("rest");
    case Phase::Complete: return QStringLiteral("complete");
    case Phase::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

SessionPlan SessionPlan::build(const Routine& routine, const ContentLibrary& content)
{
    SessionPlan plan;
    const Dosage& dosage = content.dosage();
    const int count = int(routine.exercises.size());
    for (int i = 0; i < count; ++i) {
        const Exercise& e = routine.exercises[size_t(i)];
        ExerciseTiming t;
        t.techniqueId = e.techniqueId;
        t.roll = Ms{routine.rollMilliseconds(e, content)};
        t.hold = Ms{qint64(e.holdSeconds) * 1000};
        t.suggestedMinHold = std::min(t.hold, Ms{qint64(dosage.holdSecondsMin) * 1000});
        t.release = Ms{qint64(dosage.releaseSeconds) * 1000};
        t.transition = Ms{qint64(e.transitionSeconds) * 1000};
        t.rest = Ms{qint64(routine.restSecondsAfter(size_t(i))) * 1000};
        t.sides = routine.sidesFor(e, content);
        t.sets = routine.setsOf(e);

        int set = 0;
        auto add = [&](Phase phase, Side side, Ms d) {
            if (d > Ms{0})
                plan.m_segments.push_back({phase, i, side, d, set});
        };
        add(Phase::Prepare, t.sides.front(), t.transition);
        // Each set rolls every side again. Between sets the person moves back onto the first side (a side
        // switch), or, on a centred exercise, simply gets ready again.
        for (; set < t.sets; ++set) {
            for (size_t s = 0; s < t.sides.size(); ++s) {
                if (s > 0)
                    add(Phase::SwitchSide, t.sides[s], t.transition);
                else if (set > 0)
                    add(t.sides.size() > 1 ? Phase::SwitchSide : Phase::Prepare, t.sides[s], t.transition);
                add(Phase::Roll, t.sides[s], t.roll);
                // When nobody reports a tender spot, the side still ends with one hold on the most tender spot.
                add(Phase::Hold, t.sides[s], t.hold);
                add(Phase::Release, t.sides[s], t.release);
            }
        }
        set = t.sets - 1;
        add(Phase::Rest, t.sides.back(), t.rest);
        plan.m_exercises.push_back(std::move(t));
    }
    plan.m_segments.push_back({Phase::Complete, count - 1, Side::Centre, Ms{0}});
    return plan;
}

Ms SessionPlan::totalDuration() const
{
    Ms total{0};
    for (const Segment& s : m_segments)
        total += s.duration;
    return total;
}

} // namespace rollwise
