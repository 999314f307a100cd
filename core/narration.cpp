// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/narration.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <QStringList>

namespace rollwise {

namespace {

// A spoken sentence ends with a stop, so a synthesiser pauses between the instruction and the step.
QString sentence(QString s)
{
    s = s.trimmed();
    if (!s.isEmpty() && !s.endsWith(u'.') && !s.endsWith(u'!') && !s.endsWith(u'?'))
        s += u'.';
    return s;
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << sentence(p);
    return kept.join(u' ');
}

// Whole seconds only: a hold of 12.5 s is not announced as "12 seconds".
bool wholeSeconds(Ms d) { return d.count() > 0 && d.count() % 1000 == 0; }

} // namespace

Narrator::Narrator(const Routine& routine, const ContentLibrary& content) : m_routine(routine), m_content(content) {}

QString Narrator::techniqueName(const QString& techniqueId) const
{
    const Technique* t = m_routine.technique(techniqueId, m_content);
    return t ? t->name : techniqueId;
}

QString Narrator::note(int exercise) const
{
    if (exercise < 0 || exercise >= int(m_routine.exercises.size()))
        return {};
    const QString& n = m_routine.exercises[size_t(exercise)].notes;
    return n.isEmpty() ? QString() : tr("Your clinician's note: %1").arg(n);
}

QString Narrator::stepsFor(const CueEvent& e) const
{
    const Technique* t = m_routine.technique(e.techniqueId, m_content);
    if (!t)
        return {};
    QStringList parts;
    for (int n : t->stepsForPhase(toString(e.phase)))
        if (n >= 1 && n <= t->steps.size())
            parts << t->steps[n - 1];
    return joined(parts);
}

Utterance Narrator::utterance(const CueEvent& e, Narration mode) const
{
    const bool full = mode == Narration::EyesFree;
    const qint64 seconds = e.phaseDuration.count() / 1000;
    auto side = [&] {
        switch (e.side) {
        case Side::Left: return tr("left side");
        case Side::Right: return tr("right side");
        case Side::Centre: break;
        }
        return QString();
    };
    switch (e.type) {
    case CueType::GetReady:
    case CueType::NextTechnique: {
        const QString name = techniqueName(e.techniqueId);
        const QString s = side();
        const QString head = e.type == CueType::GetReady
            ? (s.isEmpty() ? tr("Get ready: %1").arg(name) : tr("Get ready: %1, %2").arg(name, s))
            : (s.isEmpty() ? tr("Next: %1").arg(name) : tr("Next: %1, %2").arg(name, s));
        return {full ? joined({head, stepsFor(e), note(e.exercise)}) : sentence(head)};
    }
    case CueType::StartRolling: {
        const QString head = tr("Start rolling slowly");
        return {full ? joined({head, stepsFor(e)}) : sentence(head)};
    }
    case CueType::HoldStart: {
        const QString head = wholeSeconds(e.phaseDuration) ? tr("Hold on the tender spot for %n seconds", nullptr, int(seconds))
                                                           : tr("Hold on the tender spot");
        return {full ? joined({head, stepsFor(e)}) : sentence(head)};
    }
    case CueType::HoldComplete:
        return {full ? joined({tr("Release, and breathe"), tr("Then keep rolling")}) : sentence(tr("Release, and breathe"))};
    case CueType::HoldEndedEarly:
        return {}; // the release cue that follows at once is spoken (and would cut this off); the note is on screen
    case CueType::SwitchSide: {
        const QString s = side();
        if (s.isEmpty())
            return {};
        const QString head = tr("Switch to the %1").arg(s);
        return {full ? joined({head, stepsFor(e)}) : sentence(head)};
    }
    case CueType::Rest: {
        if (!full)
            return {sentence(tr("Rest"))};
        const int next = e.exercise + 1;
        const QString upNext = next < int(m_routine.exercises.size())
            ? tr("Next: %1").arg(techniqueName(m_routine.exercises[size_t(next)].techniqueId))
            : QString();
        const QString head = wholeSeconds(e.phaseDuration) ? tr("Rest for %n seconds", nullptr, int(seconds)) : tr("Rest");
        return {joined({head, upNext})};
    }
    case CueType::SessionComplete: return {sentence(tr("Session complete. Drink some water"))};
    case CueType::SafetyStop:
        // The article's own advice, word for word, after the instruction to stop.
        return {full ? joined({tr("Stop now"), m_content.stopAdvice()}) : sentence(tr("Stop now"))};
    case CueType::Stopped: return {full ? sentence(tr("Session stopped")) : QString()};
    case CueType::Paused: return {full ? sentence(tr("Paused")) : QString()};
    case CueType::Resumed: return {full ? sentence(tr("Resumed")) : QString()};
    case CueType::Countdown: return {full ? QString::number(e.count) : QString(), true};
    case CueType::TimeLeft:
        return {full ? sentence(tr("%n seconds left", nullptr, e.count)) : QString(), true};
    }
    return {};
}

} // namespace rollwise
