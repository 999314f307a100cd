// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's buttons, each with a keyboard shortcut and a tooltip, and the always-visible safety stop.
// Shortcuts live on the buttons' actions so they work wherever focus is in the window.

#include <QWidget>

class QPushButton;

namespace rollwise {

class SessionEngine;

class SessionControls : public QWidget {
    Q_OBJECT

public:
    explicit SessionControls(QWidget* parent = nullptr);

    void refresh(const SessionEngine* engine);
    // Hides or shows the session buttons; the safety stop always stays visible.
    void setButtonsVisible(bool visible);
    QPushButton* startPause() const { return m_startPause; }
    QPushButton* tenderSpot() const { return m_tender; }
    QPushButton* released() const { return m_released; }
    QPushButton* skip() const { return m_skip; }
    QPushButton* back() const { return m_back; }
    QPushButton* stop() const { return m_stop; }
    QPushButton* safetyStop() const { return m_safety; }

signals:
    void startPauseRequested();
    void tenderSpotRequested();
    void releasedRequested();
    void skipRequested();
    void backRequested();
    void stopRequested();
    void safetyStopRequested();

private:
    QPushButton* m_startPause = nullptr;
    QPushButton* m_tender = nullptr;
    QPushButton* m_released = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_safety = nullptr;
};

} // namespace rollwise
