#pragma once
// The words of a session, large enough to read from the floor: technique and side, phase, a big
// countdown, the step to do now, a best-practice reminder and what comes next.

#include "core/cue.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QProgressBar;

namespace rollwise {

class ContentLibrary;
class SessionEngine;
struct Routine;

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
    QString lastAnnouncement() const { return m_announcement; }

    // Scales every text size, e.g. 1.6 for presentation mode; 1.0 restores the defaults.
    void setTextScale(double scale);

    QString phaseText() const;
    QString countdownText() const;
    QString stepText() const;
    QString reminderText() const;

signals:
    void announced(const QString& text);

private:
    QString earlyReleaseNote(int secondsHeld) const;
    const ContentLibrary& m_content;
    QLabel* m_technique = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_reminder = nullptr;
    QLabel* m_nextUp = nullptr;
    QProgressBar* m_progress = nullptr;
    std::vector<std::pair<QLabel*, double>> m_basePoints; // each label's default point size
    QString m_announcement;
    bool m_keepNote = false; // the early-release note stays up through the release phase
};

} // namespace rollwise
