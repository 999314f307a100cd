// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline.h"

#include "core/routine.h"
#include "core/session_engine.h"

#include <QJsonArray>

namespace rollwise {

std::vector<CueEvent> simulateSession(const SessionPlan& plan)
{
    ManualClock clock;
    SessionEngine engine(plan, clock);
    std::vector<CueEvent> events;
    engine.setListener([&](const CueEvent& e) { events.push_back(e); });
    engine.start();
    while (engine.isRunning()) {
        clock.set(engine.deadline());
        engine.tick();
    }
    return events;
}

QJsonObject timelineToJson(const Routine& routine, const ContentLibrary& content)
{
    const SessionPlan plan = SessionPlan::build(routine, content);
    QJsonArray cues;
    for (const CueEvent& e : simulateSession(plan)) {
        QJsonObject o{{QStringLiteral("offsetMs"), qint64(e.offset.count())},
                      {QStringLiteral("cue"), toString(e.type)},
                      {QStringLiteral("phase"), toString(e.phase)},
                      {QStringLiteral("phaseMs"), qint64(e.phaseDuration.count())}};
        if (e.exercise >= 0 && e.type != CueType::SessionComplete) {
            const ExerciseTiming& t = plan.exercises()[size_t(e.exercise)];
            o.insert(QStringLiteral("exercise"), e.exercise);
            o.insert(QStringLiteral("technique"), e.techniqueId);
            o.insert(QStringLiteral("side"), toString(e.side));
            o.insert(QStringLiteral("rollMs"), qint64(t.roll.count()));
            o.insert(QStringLiteral("holdMs"), qint64(t.hold.count()));
        }
        if (e.type == CueType::Countdown || e.type == CueType::TimeLeft)
            o.insert(QStringLiteral("count"), e.count);
        cues.append(o);
    }
    return QJsonObject{{QStringLiteral("routine"), routine.title},
                       {QStringLiteral("totalMs"), qint64(plan.totalDuration().count())},
                       {QStringLiteral("cues"), cues}};
}

} // namespace rollwise
