// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session_panel.h"

#include "app/session/countdown_label.h"
#include "app/text/labels.h"
#include "app/session/phase_style.h"
#include "core/content_library.h"
#include "core/routine.h"
#include "core/seconds.h"
#include "core/session_engine.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
QLabel* label(QWidget* parent, const char* name, bool bold, Qt::TextFormat format = Qt::PlainText)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    // Titles and names come from routine files: shown as written, never read as HTML.
    l->setTextFormat(format);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont f = l->font();
    f.setBold(bold);
    l->setFont(f);
    return l;
}

void setPixels(QLabel* l, double px)
{
    QFont f = l->font();
    f.setPixelSize(std::max(1, int(std::lround(px))));
    l->setFont(f);
}

// Pixel size whose digits have at least this ink height in the label's font.
int pixelsForInk(const QFont& base, int inkPx)
{
    QFont f = base;
    f.setPixelSize(200);
    const double ink = QFontMetricsF(f).tightBoundingRect(QStringLiteral("0123456789")).height();
    return int(std::ceil(inkPx * 200.0 / std::max(1.0, ink)));
}
} // namespace

PanelFloors PanelFloors::forWindow(bool presenting, int windowHeight)
{
    PanelFloors f;
    if (presenting) {
        // 160 px digits and 40 px steps on a 1080-line screen, in proportion on smaller ones, never below the
        // window's own floors.
        const double k = std::max(0.0, windowHeight / 1080.0);
        f.countdownInkPx = std::max(f.countdownInkPx, int(std::ceil(160 * k)));
        f.stepPx = std::max(f.stepPx, int(std::ceil(40 * k)));
    }
    return f;
}

// One way of filling the room: a size factor over the floors, and how much is shown.
struct SessionPanel::Level {
    double factor = 1.0;
    bool allSteps = true;
    double reminderFactor = 0.85;
    bool nextUp = true;
    bool reminder = true;
};

SessionPanel::SessionPanel(const ContentLibrary& content, QWidget* parent) : QWidget(parent), m_content(content)
{
    setObjectName(QStringLiteral("sessionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    m_technique = label(this, "techniqueName", true);
    m_side = label(this, "sideLabel", false);
    m_phase = label(this, "phaseLabel", true);
    m_phase->setWordWrap(false);
    m_phase->setAlignment(Qt::AlignCenter);
    m_countdown = new CountdownLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    m_countdown->setAccessibleName(tr("Time left in this phase"));
    m_step = label(this, "stepText", false, Qt::RichText); // built from escaped text (refresh())
    m_reminder = label(this, "reminderText", false);
    m_reminder->setStyleSheet(QStringLiteral("QLabel{background:#e7f6f7;color:#064b52;border-radius:6px;padding:6px;}"));
    m_reminder->hide();
    m_nextUp = label(this, "nextUpLabel", false);
    m_tenderHost = new QWidget(this);
    m_tenderHost->setObjectName(QStringLiteral("tendernessHost"));
    auto* hostLayout = new QVBoxLayout(m_tenderHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_tenderHost->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setAccessibleName(tr("Progress through the routine"));
    m_progress->setTextVisible(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_technique, 1);
    header->addWidget(m_side, 0, Qt::AlignRight | Qt::AlignVCenter);
    m_side->setWordWrap(false);
    auto* clock = new QBoxLayout(QBoxLayout::LeftToRight);
    m_clockRow = clock;
    clock->setSpacing(16);
    clock->addWidget(m_phase, 0, Qt::AlignVCenter);
    clock->addWidget(m_countdown, 1);
    clock->addStretch(1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_nextUp, 1);
    footer->addWidget(m_progress, 0, Qt::AlignVCenter);
    m_progress->setMinimumWidth(160);
    layout->addLayout(header);
    layout->addLayout(clock);
    layout->addWidget(m_step);
    layout->addWidget(m_reminder);
    layout->addWidget(m_tenderHost);
    layout->addStretch(1);
    layout->addLayout(footer);
    apply(Level{});
}

void SessionPanel::announce(const CueEvent& e, const QString& techniqueName)
{
    const QString seconds = tr("%1 seconds").arg(wholeSecondsUp(e.phaseDuration.count()));
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
    case CueType::TimeLeft: text = tr("%n seconds left", nullptr, e.count); break;
    }
    m_phase->setAccessibleName(text);
    QAccessibleEvent alert(m_phase, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit announced(text);
}

void SessionPanel::setPresenting(bool on)
{
    m_presenting = on;
    emit contentChanged();
}

PanelFloors SessionPanel::floors() const
{
    return PanelFloors::forWindow(m_presenting, window() ? window()->height() : 0);
}

void SessionPanel::apply(const Level& level)
{
    const PanelFloors fl = floors();
    const double step = fl.stepPx * level.factor;
    setPixels(m_technique, step * 1.1);
    setPixels(m_side, step * 0.9);
    setPixels(m_phase, step * 1.15);
    // The Done list is a summary to read once back on your feet, not an instruction: it may be smaller.
    setPixels(m_step, m_done ? std::max(14.0, step * 0.8) : step);
    setPixels(m_reminder, std::max(m_done ? 14.0 : 16.0, step * level.reminderFactor));
    setPixels(m_nextUp, std::max(16.0, step * 0.7));
    QFont c = m_countdown->font();
    c.setPixelSize(pixelsForInk(c, int(std::ceil(fl.countdownInkPx * level.factor))));
    m_countdown->setFont(c);
    m_shortened = !level.allSteps && m_stepItems.size() > 1;
    m_nextUp->setVisible(level.nextUp && !m_nextUp->text().isEmpty());
    // A long phase word ("SWITCH SIDE", "SEITE WECHSELN") beside big digits may not fit a narrow column: then
    // the word goes above the digits rather than squeezing them.
    const int clockWidth = m_phase->sizeHint().width() + 16 + m_countdown->sizeHint().width() + 48;
    m_clockRow->setDirection(m_countdown->isVisibleTo(this) && clockWidth > m_fitWidth ? QBoxLayout::TopToBottom
                                                                                      : QBoxLayout::LeftToRight);
    setStepHtml();
    // The reminder's visibility is the moment's (showReminder); a level may only take it away.
    m_reminder->setVisible(level.reminder && m_reminderWanted);
}

void SessionPanel::setStepHtml()
{
    QString html;
    const int shown = m_shortened ? 1 : int(m_stepItems.size());
    for (int i = 0; i < shown; ++i)
        html += m_stepItems[i];
    if (m_shortened) {
        const int more = int(m_stepItems.size()) - 1;
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg((more == 1 ? tr("1 more step: press I") : tr("%1 more steps: press I").arg(more)).toHtmlEscaped());
    }
    html += m_stepTail;
    m_step->setText(html);
    m_step->setVisible(!html.isEmpty());
}

int SessionPanel::fitTo(int width, int maxHeight)
{
    // Largest first; then the reminder smaller, the steps shortened to the one to do now, the next-up line
    // and the reminder given up. Each level is measured, not estimated.
    std::vector<Level> levels;
    for (double f : {1.6, 1.45, 1.3, 1.2, 1.1, 1.0})
        levels.push_back(Level{f, true, 0.85, true, true});
    levels.push_back(Level{1.0, true, 0.7, true, true});
    levels.push_back(Level{1.0, false, 0.85, true, true});
    levels.push_back(Level{1.0, false, 0.7, true, true});
    levels.push_back(Level{1.0, false, 0.7, false, true});
    levels.push_back(Level{1.0, false, 0.7, false, false});
    if (m_done) { // no floor for the summary: the tenderness entry must fit beside it
        levels.clear();
        for (double f : {1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.6})
            levels.push_back(Level{f, true, 0.85, true, true});
    }
    int needed = 0;
    m_fitWidth = width;
    for (const Level& level : levels) {
        apply(level);
        // Nested layouts cache their hints until they are activated: measure with the new fonts, not the old.
        for (QLayout* l : findChildren<QLayout*>())
            l->invalidate();
        layout()->invalidate();
        m_clockRow->invalidate();
        needed = layout()->heightForWidth(width);
        if (needed < 0)
            needed = sizeHint().height();
        if (needed <= maxHeight)
            break;
    }
    return needed;
}

QString SessionPanel::phaseText() const
{
    return m_phase->property("phaseWord").toString();
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
    return m_reminderWanted ? m_reminder->text() : QString();
}

void SessionPanel::refresh(const SessionEngine* engine, const Routine& routine)
{
    const Phase phase = engine ? engine->phase() : Phase::Idle;
    const int index = engine ? engine->exerciseIndex() : -1;
    const bool paused = engine && engine->isPaused();
    const bool safetyStopped = phase == Phase::Stopped && m_record && m_record->outcome == SessionOutcome::SafetyStop;
    const QString word = safetyStopped ? tr("Stopped for safety") : phaseLabel(phase);
    const QString shown = paused ? tr("Paused — %1").arg(word) : word;
    m_phase->setProperty("phaseWord", shown);
    m_phase->setText(QLocale().toUpper(shown));
    const PhaseStyle style = phaseStyle(paused ? Phase::Idle : phase);
    m_phase->setStyleSheet(QStringLiteral("QLabel{background:%1;color:%2;border-radius:8px;padding:2px 14px;}")
                               .arg(style.background.name(), style.text.name()));
    m_countdown->setText(engine && engine->isRunning() ? formatCountdown(engine->remaining().count()) : QString());
    m_countdown->setVisible(!m_countdown->text().isEmpty());
    const int total = int(routine.exercises.size());
    m_progress->setRange(0, std::max<int>(1, int(wholeSecondsDown(engine ? engine->plan().totalDuration().count() : 1000))));
    m_progress->setValue(engine ? int(wholeSecondsDown(engine->planElapsed().count())) : 0);
    m_progress->setFormat(index >= 0 ? tr("Exercise %1 of %2").arg(index + 1).arg(total) : (total == 1 ? tr("1 exercise") : tr("%1 exercises").arg(total)));
    if (phase != Phase::Complete && phase != Phase::Stopped && engine && engine->isRunning())
        m_record.reset(); // a new session: the last one's record no longer describes the screen

    m_stepItems.clear();
    m_stepTail.clear();
    m_done = phase == Phase::Complete && engine;
    m_tenderHost->setVisible(m_done && !m_tenderHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly).isEmpty());
    auto item = [](const QString& escaped) { return QStringLiteral("<p>%1</p>").arg(escaped); };
    const Exercise* e = index >= 0 && index < total ? &routine.exercises[size_t(index)] : nullptr;
    const Technique* t = e ? routine.technique(e->techniqueId, m_content) : nullptr;
    if (m_done) {
        m_technique->setText(tr("Session complete"));
        m_side->setText(tr("Well done."));
        m_stepItems << doneHtml(*engine, routine);
        m_nextUp->clear();
    } else if (safetyStopped) {
        m_technique->setText(t ? t->name : routine.title);
        m_side->clear();
        // The article's own stop-and-consult advice, in the session's large type.
        m_stepItems << item(m_content.stopAdvice().toHtmlEscaped());
        m_nextUp->clear();
    } else if (!t) {
        m_technique->setText(routine.title);
        m_side->clear();
        m_stepItems << item((phase == Phase::Complete ? tr("Well done.") : tr("Press Start (Space) when you are on your mat.")).toHtmlEscaped());
        m_nextUp->clear();
    } else {
        m_technique->setText(t->name);
        const QString side = t->perSideWith(e->variant) ? sideLabel(engine->side()) : tr("Both sides together");
        m_side->setText(engine->setCount() > 1 ? tr("%1 \u00b7 set %2 of %3").arg(side).arg(engine->set()).arg(engine->setCount())
                                               : side);
        // Each phase says only what to do in it: the article's steps for getting ready, rolling, holding and
        // switching side; release and rest have no step of their own in the article.
        if (phase == Phase::Release) {
            m_stepItems << item(markedIfOwn(tr("Ease off the pressure, breathe, then keep rolling."), true).toHtmlEscaped());
        } else if (phase == Phase::Rest) {
            const Technique* next = index + 1 < total ? routine.technique(routine.exercises[size_t(index + 1)].techniqueId, m_content) : nullptr;
            m_stepItems << item(next ? tr("Rest. Next: %1").arg(next->name).toHtmlEscaped() : tr("Rest.").toHtmlEscaped());
        } else if (phase != Phase::Stopped) {
            for (int n : t->stepsForPhase(toString(phase)))
                if (n >= 1 && n <= t->steps.size())
                    m_stepItems << QStringLiteral("<p><b>%1.</b> %2</p>").arg(n).arg(t->steps[n - 1].toHtmlEscaped());
            if (!e->notes.isEmpty())
                m_stepTail = QStringLiteral("<p><i>%1</i></p>").arg(e->notes.toHtmlEscaped());
        }
        if (index + 1 < total) {
            const Technique* next = routine.technique(routine.exercises[size_t(index + 1)].techniqueId, m_content);
            m_nextUp->setText(tr("Next up: %1").arg(next ? next->name : routine.exercises[size_t(index + 1)].techniqueId));
        } else {
            m_nextUp->setText(tr("Last exercise"));
        }
    }
    setStepHtml();
    emit contentChanged();
}

QString SessionPanel::doneHtml(const SessionEngine& engine, const Routine& routine) const
{
    // What was gone through, exercise by exercise, from the plan the session followed (a right-only exercise
    // says "right side", never "both sides") and from the record just saved (holds, skipped items).
    QString rows;
    const auto& planned = engine.plan().exercises();
    for (size_t i = 0; i < planned.size(); ++i) {
        const ExerciseTiming& done = planned[i];
        const Technique* dt = routine.technique(done.techniqueId, m_content);
        QString result;
        if (m_record && i < m_record->exercises.size()) {
            const ExerciseRecord& r = m_record->exercises[i];
            if (!r.started)
                result = tr("skipped");
            else if (!r.completed)
                result = tr("partly done, then skipped");
            else if (r.tenderSpots == 1)
                result = tr("done · 1 tender spot held");
            else if (r.tenderSpots > 1)
                result = tr("done · %1 tender spots held").arg(r.tenderSpots);
            else
                result = tr("done");
        }
        rows += QStringLiteral("<p><b>%1.</b> %2 — %3%4</p>")
                    .arg(i + 1)
                    .arg((dt ? dt->name : done.techniqueId).toHtmlEscaped(), sidesDoneLabel(done.sides).toHtmlEscaped(),
                         result.isEmpty() ? QString() : QStringLiteral(" · ") + result.toHtmlEscaped());
    }
    return rows;
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
        m_reminderWanted = true;
        m_reminder->show();
        m_keepNote = true; // through the release cue that follows it at once
        emit contentChanged();
        return;
    }
    const auto reminders = m_content.remindersFor(toString(e.type));
    if (reminders.empty()) {
        // Reminders belong to the moment: a new phase without one clears the old one.
        const bool keep = e.type == CueType::Countdown || e.type == CueType::TimeLeft || (m_keepNote && e.type == CueType::HoldComplete);
        if (!keep) {
            m_reminderWanted = false;
            m_reminder->hide();
            m_keepNote = false;
            emit contentChanged();
        }
        return;
    }
    m_keepNote = false;
    QStringList lines;
    for (const TextItem* r : reminders)
        lines << QStringLiteral("%1: %2").arg(r->title, r->text);
    m_reminder->setText(lines.join(QLatin1Char('\n')));
    m_reminderWanted = true;
        m_reminder->show();
    emit contentChanged();
}

} // namespace rollwise
