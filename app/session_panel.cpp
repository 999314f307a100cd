#include "app/session_panel.h"

#include "app/labels.h"
#include "core/content_library.h"
#include "core/routine.h"
#include "core/session_engine.h"

#include <QAccessible>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rollwise {

namespace {
// Point sizes are floors, not fixed sizes: the panel is read from a mat on the floor.
QLabel* label(QWidget* parent, const char* name, double points, bool bold, Qt::Alignment align = Qt::AlignLeft)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    // Titles and names come from routine files: shown as written, never read as HTML.
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setAlignment(align | Qt::AlignVCenter);
    // Never squeezed below the text's own height: a clipped instruction is worse than a smaller diagram.
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    QFont f = l->font();
    f.setPointSizeF(std::max(points, f.pointSizeF()));
    f.setBold(bold);
    l->setFont(f);
    return l;
}

QString phaseKey(Phase p)
{
    return toString(p);
}
} // namespace

SessionPanel::SessionPanel(const ContentLibrary& content, QWidget* parent) : QWidget(parent), m_content(content)
{
    auto* layout = new QVBoxLayout(this);
    m_technique = label(this, "techniqueName", 22, true);
    m_side = label(this, "sideLabel", 18, false);
    m_phase = label(this, "phaseLabel", 28, true);
    m_countdown = label(this, "countdownLabel", 54, true);
    m_countdown->setAccessibleName(tr("Time left in this phase"));
    m_step = label(this, "stepText", 18, false);
    m_step->setTextFormat(Qt::RichText); // built from escaped text (update())
    m_reminder = label(this, "reminderText", 18, false);
    m_reminder->setStyleSheet(QStringLiteral("QLabel{background:#e7f6f7;color:#064b52;border-radius:6px;padding:8px;}"));
    m_reminder->hide();
    m_nextUp = label(this, "nextUpLabel", 18, false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setAccessibleName(tr("Progress through the routine"));
    m_progress->setTextVisible(true);
    for (QLabel* l : {m_technique, m_side, m_phase, m_countdown, m_step, m_reminder, m_nextUp})
        m_basePoints.emplace_back(l, l->font().pointSizeF());
    layout->addWidget(m_technique);
    layout->addWidget(m_side);
    layout->addSpacing(8);
    layout->addWidget(m_phase);
    layout->addWidget(m_countdown);
    layout->addWidget(m_step);
    layout->addWidget(m_reminder);
    layout->addStretch(1);
    layout->addWidget(m_nextUp);
    layout->addWidget(m_progress);
}

void SessionPanel::announce(const CueEvent& e, const QString& techniqueName)
{
    const QString seconds = tr("%1 seconds").arg((e.phaseDuration.count() + 999) / 1000);
    QString text;
    switch (e.type) {
    case CueType::GetReady:
    case CueType::NextTechnique: text = tr("Get ready: %1, %2").arg(techniqueName, sideLabel(e.side)); break;
    case CueType::StartRolling: text = tr("Roll slowly, %1").arg(seconds); break;
    case CueType::HoldStart: text = tr("Hold on the tender spot, %1").arg(seconds); break;
    case CueType::HoldComplete: text = tr("Release and breathe"); break;
    case CueType::HoldEndedEarly: text = earlyReleaseNote(e.count); break;
    case CueType::SwitchSide: text = tr("Switch to the %1").arg(sideLabel(e.side)); break;
    case CueType::Rest: text = tr("Rest, %1").arg(seconds); break;
    case CueType::SessionComplete: text = tr("Session complete"); break;
    case CueType::SafetyStop: text = tr("Stopped for safety"); break;
    case CueType::Stopped: text = tr("Session stopped"); break;
    case CueType::Paused: text = tr("Paused"); break;
    case CueType::Resumed: text = tr("Resumed"); break;
    case CueType::Countdown: text = QString::number(e.count); break;
    }
    m_announcement = text;
    m_phase->setAccessibleName(text);
    QAccessibleEvent alert(m_phase, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit announced(text);
}

void SessionPanel::setTextScale(double scale)
{
    for (const auto& [l, points] : m_basePoints) {
        QFont f = l->font();
        f.setPointSizeF(points * scale);
        l->setFont(f);
    }
}

QString SessionPanel::phaseText() const
{
    return m_phase->text();
}

QString SessionPanel::countdownText() const
{
    return m_countdown->text();
}

QString SessionPanel::stepText() const
{
    return m_step->text();
}

QString SessionPanel::reminderText() const
{
    return m_reminder->isVisibleTo(this) ? m_reminder->text() : QString();
}

void SessionPanel::refresh(const SessionEngine* engine, const Routine& routine)
{
    const Phase phase = engine ? engine->phase() : Phase::Idle;
    const int index = engine ? engine->exerciseIndex() : -1;
    m_phase->setText(engine && engine->isPaused() ? tr("Paused — %1").arg(phaseLabel(phase)) : phaseLabel(phase));
    m_countdown->setText(engine && engine->isRunning() ? formatCountdown(engine->remaining().count()) : QString());
    const int total = int(routine.exercises.size());
    m_progress->setRange(0, std::max(1, int(engine ? engine->plan().totalDuration().count() / 1000 : 1)));
    m_progress->setValue(engine ? int(engine->planElapsed().count() / 1000) : 0);
    m_progress->setFormat(index >= 0 ? tr("Exercise %1 of %2").arg(index + 1).arg(total) : (total == 1 ? tr("1 exercise") : tr("%1 exercises").arg(total)));

    if (phase == Phase::Complete && engine) {
        // The Done screen names what was gone through, exercise by exercise and side by side, from the plan
        // the session followed (a right-only exercise says "right side", never "both sides").
        m_technique->setText(tr("Session complete"));
        m_side->setText(tr("Well done."));
        QString html;
        for (size_t i = 0; i < engine->plan().exercises().size(); ++i) {
            const ExerciseTiming& done = engine->plan().exercises()[i];
            const Technique* dt = routine.technique(done.techniqueId, m_content);
            html += QStringLiteral("<p><b>%1.</b> %2 — %3</p>")
                        .arg(i + 1)
                        .arg((dt ? dt->name : done.techniqueId).toHtmlEscaped(), sidesDoneLabel(done.sides));
        }
        m_step->setText(html);
        m_nextUp->clear();
        return;
    }
    const Exercise* e = index >= 0 && index < total ? &routine.exercises[size_t(index)] : nullptr;
    const Technique* t = e ? routine.technique(e->techniqueId, m_content) : nullptr;
    if (!t) {
        m_technique->setText(routine.title);
        m_side->setText(phase == Phase::Complete ? tr("Well done.") : tr("Press Start (Space) when you are on your mat."));
        m_step->clear();
        m_nextUp->clear();
        return;
    }
    m_technique->setText(t->name);
    m_side->setText(t->perSideWith(e->variant) ? tr("%1").arg(sideLabel(engine->side())) : tr("Both sides together"));
    const QList<int> current = t->stepsForPhase(phaseKey(phase));
    QString html;
    for (int n : current)
        if (n >= 1 && n <= t->steps.size())
            html += QStringLiteral("<p><b>%1.</b> %2</p>").arg(n).arg(t->steps[n - 1].toHtmlEscaped());
    if (!e->notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(e->notes.toHtmlEscaped());
    m_step->setText(html);
    if (index + 1 < total) {
        const Technique* next = routine.technique(routine.exercises[size_t(index + 1)].techniqueId, m_content);
        m_nextUp->setText(tr("Next up: %1").arg(next ? next->name : routine.exercises[size_t(index + 1)].techniqueId));
    } else {
        m_nextUp->setText(tr("Last exercise"));
    }
}

QString SessionPanel::earlyReleaseNote(int secondsHeld) const
{
    // Neutral on purpose: the article says to listen to your body, so an early release is information, not a fault.
    const Dosage& d = m_content.dosage();
    return tr("Released after %1 s. The article suggests %2-%3 s on a tender spot.")
        .arg(secondsHeld)
        .arg(d.holdSecondsMin)
        .arg(d.holdSecondsMax);
}

void SessionPanel::showReminder(const CueEvent& e)
{
    if (e.type == CueType::HoldEndedEarly) {
        m_reminder->setText(earlyReleaseNote(e.count));
        m_reminder->show();
        m_keepNote = true; // through the release cue that follows it at once
        return;
    }
    const auto reminders = m_content.remindersFor(toString(e.type));
    if (reminders.empty()) {
        // Reminders belong to the moment: a new phase without one clears the old one.
        const bool keep = e.type == CueType::Countdown || (m_keepNote && e.type == CueType::HoldComplete);
        if (!keep) {
            m_reminder->hide();
            m_keepNote = false;
        }
        return;
    }
    m_keepNote = false;
    QStringList lines;
    for (const TextItem* r : reminders)
        lines << QStringLiteral("%1: %2").arg(r->title, r->text);
    m_reminder->setText(lines.join(QLatin1Char('\n')));
    m_reminder->show();
}

} // namespace rollwise
