// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presentation mode for a clinician demonstrating on a second screen or a projector: full screen, extra-large
// type and diagrams, controls hidden until the mouse moves (the safety stop always stays), manual stepping with
// the keys a presentation clicker sends (PageDown/PageUp, arrows, B or period to blank the screen down to the
// safety stop, which stays visible and working), the current technique's cautions in view, a mirror
// toggle (M) so a patient facing the clinician sees the movement as their own (marked on each diagram, and
// undone when presenting ends, so nobody at home follows a mirrored picture), and zoom on the target (Z).

#include <QObject>
#include <QTimer>

#include <vector>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace rollwise {

class AnatomyView;
class CautionsBox;
class SessionControls;
class SessionController;
class SessionPanel;

class PresentationMode : public QObject {
    Q_OBJECT

public:
    struct Parts {
        QMainWindow* window = nullptr;
        QWidget* sidebar = nullptr; // hidden while presenting
        AnatomyView* body = nullptr;
        AnatomyView* pose = nullptr;
        SessionPanel* panel = nullptr;
        SessionControls* controls = nullptr;
        SessionController* controller = nullptr;
        CautionsBox* cautions = nullptr; // shown while presenting, when the sidebar is hidden
    };

    explicit PresentationMode(const Parts& parts, QObject* parent = nullptr);

    // Adds the actions (with their shortcuts) to a View menu.
    void addActions(QMenu* menu);
    bool isActive() const { return m_active; }
    bool isMirrored() const;
    bool isBlanked() const;
    QAction* toggleAction() const { return m_toggle; }
    // The "MIRRORED" badges over the body and pose diagrams, shown exactly while the diagrams are mirrored.
    const std::vector<QLabel*>& mirrorBadges() const { return m_mirrorBadges; }
    // The buttons hide kControlsHideMs after the last mouse move; whether that is pending, and what the timer
    // does when it fires (tests and the screenshot tool call it instead of waiting on the clock).
    bool controlsHidePending() const { return m_hideControls.isActive(); }
    void hideIdleControls();

    static constexpr int kControlsHideMs = 3000;
    // Gap between the blank cover and the safety stop below it.
    static constexpr int kStopMarginPx = 4;
    // Gap between a mirror badge and the top of its diagram.
    static constexpr int kBadgeMarginPx = 6;

public slots:
    void setActive(bool on);
    void setMirrored(bool on);
    void setZoomed(bool on);
    void setBlanked(bool on);
    // Re-applies the zoom when the technique on screen changes.
    void refreshZoom();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showControlsForAWhile();
    void placeBlankCover();
    void placeMirrorBadges();

    Parts m_parts;
    bool m_active = false;
    bool m_zoomed = false;
    QAction* m_toggle = nullptr;
    QAction* m_mirror = nullptr;
    QAction* m_zoom = nullptr;
    QAction* m_blank = nullptr;
    QWidget* m_blankCover = nullptr;
    std::vector<QLabel*> m_mirrorBadges;
    QTimer m_hideControls;
};

} // namespace rollwise
