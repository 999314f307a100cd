// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words of a session, sized to be read from a mat two metres away and never scrolled: technique and
// side, the phase as a coloured word, a big countdown, only the current phase's instruction, a best-practice
// reminder and what comes next. fitTo() picks the largest type that fits the room it is given (never below
// the floors in PanelFloors) and shortens by design (the first step, the rest one key away), never by clipping.
// The Done screen lists what was done and hosts the tenderness entry inline.

#include "core/cue.h"
#include "core/history/session_record.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace rollwise {

class ContentLibrary;
class SessionEngine;
struct Routine;

// Smallest sizes, in pixels, that stay readable from the floor (issue 14): digit ink height of the countdown
// and the font size of the current step. Presentation mode raises them with the screen.
struct PanelFloors {
    int countdownInkPx = 72;
    int stepPx = 24;
    static PanelFloors forWindow(bool presenting, int windowHeight);
};

class SessionPanel : public QWidget {
    Q_OBJECT

public:
    explicit SessionPanel(const ContentLibrary& content, QWidget* parent = nullptr);

    // Everything shown follows from the engine's state; call on every change.
    void refresh(const SessionEngine* engine, const Routine& routine);
    void showReminder(const CueEvent& e);
    // Tells screen readers what just happened ("Hold, 30 seconds, right side"): the phase label's accessible
    // name changes and an alert event is raised, so the cue reaches users who can neither see nor hear it.
    void announce(const CueEvent& e, const QString& techniqueName);
    // The session just saved (SessionHistory::recorded): the Done screen reports holds and skipped items from it.
    void setRecord(const SessionRecord& record) { m_record = record; }
    // Where the tenderness entry goes on the Done screen (SessionHistory::setInlineHost).
    QWidget* tendernessHost() const { return m_tenderHost; }

    // Presentation mode: the floors follow the window's height (PanelFloors::forWindow).
    void setPresenting(bool on);
    PanelFloors floors() const;
    // Chooses the largest type sizes for this width whose content needs at most maxHeight; returns the height
    // the chosen sizes need (more than maxHeight when even the smallest do not fit).
    int fitTo(int width, int maxHeight);

    QString phaseText() const;
    QString countdownText() const;
    QString stepText() const;
    QString reminderText() const;

signals:
    void announced(const QString& text);
    // The words changed: the column must fit them again.
    void contentChanged();

private:
    struct Level;
    void apply(const Level& level);
    void setStepHtml();
    QString earlyReleaseNote(int secondsHeld) const;
    QString doneHtml(const SessionEngine& engine, const Routine& routine) const;

    const ContentLibrary& m_content;
    QLabel* m_technique = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_reminder = nullptr;
    QLabel* m_nextUp = nullptr;
    QWidget* m_tenderHost = nullptr;
    QProgressBar* m_progress = nullptr;
    QStringList m_stepItems;    // the phase's instruction, one item per step (already escaped HTML)
    QString m_stepTail;         // notes, shown after the steps
    bool m_shortened = false;
    bool m_done = false;
    bool m_presenting = false;
    QBoxLayout* m_clockRow = nullptr;
    int m_fitWidth = 10000;
    bool m_reminderWanted = false;
    std::optional<SessionRecord> m_record;
    bool m_keepNote = false; // the early-release note stays up through the release phase
};

} // namespace rollwise
