// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/presentation_mode.h"

#include "app/anatomy/anatomy_view.h"
#include "app/session/cautions_box.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_panel.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QLayout>
#include <QMenuBar>
#include <QPushButton>

namespace rollwise {

PresentationMode::PresentationMode(const Parts& parts, QObject* parent) : QObject(parent), m_parts(parts)
{
    QMainWindow* w = m_parts.window;
    auto action = [w, this](const QString& text, const QList<QKeySequence>& keys, bool checkable) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setCheckable(checkable);
        w->addAction(a); // window-wide, so the keys work even while the menu bar is hidden
        return a;
    };
    m_toggle = action(tr("&Presentation Mode"), {QKeySequence(Qt::Key_F11)}, true);
    m_mirror = action(tr("&Mirror Diagrams"), {QKeySequence(Qt::Key_M)}, true);
    m_zoom = action(tr("&Zoom on Target"), {QKeySequence(Qt::Key_Z)}, true);
    m_blank = action(tr("&Blank Screen"), {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)}, true);
    // Clickers send PageDown/PageUp; the arrows already step through the session's own controls.
    QAction* next = action(tr("Next Step"), {QKeySequence(Qt::Key_PageDown)}, false);
    QAction* previous = action(tr("Previous Step"), {QKeySequence(Qt::Key_PageUp)}, false);
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    connect(m_mirror, &QAction::toggled, this, &PresentationMode::setMirrored);
    connect(m_zoom, &QAction::toggled, this, &PresentationMode::setZoomed);
    connect(m_blank, &QAction::toggled, this, &PresentationMode::setBlanked);
    connect(next, &QAction::triggered, m_parts.controller, &SessionController::skip);
    connect(previous, &QAction::triggered, m_parts.controller, &SessionController::back);

    m_blankCover = new QWidget(w);
    m_blankCover->setObjectName(QStringLiteral("blankScreen"));
    m_blankCover->setStyleSheet(QStringLiteral("background:black;"));
    m_blankCover->setAutoFillBackground(true);
    m_blankCover->hide();
    w->installEventFilter(this); // keeps the cover above the safety stop when the window changes size

    for (AnatomyView* view : {m_parts.body, m_parts.pose}) {
        auto* badge = new QLabel(tr("MIRRORED \u00b7 left and right swapped (M)"), view);
        badge->setObjectName(QStringLiteral("mirrorBadge"));
        badge->setAccessibleName(tr("Diagram mirrored: left and right are swapped. Press M to undo."));
        badge->setTextFormat(Qt::PlainText);
        badge->setAlignment(Qt::AlignCenter);
        badge->setWordWrap(true); // a narrow pose diagram takes it on two lines
        // Not the lumbar zone's red, nor a phase colour: an unmistakable notice that is not a warning.
        badge->setStyleSheet(QStringLiteral("background:#1f3a93; color:white; font-weight:bold; padding:4px 10px;"
                                            " border-radius:4px;"));
        badge->setAttribute(Qt::WA_TransparentForMouseEvents); // the diagram's hover explanations still work
        badge->hide();
        view->installEventFilter(this);
        m_mirrorBadges.push_back(badge);
    }

    m_hideControls.setSingleShot(true);
    m_hideControls.setInterval(kControlsHideMs);
    connect(&m_hideControls, &QTimer::timeout, this, &PresentationMode::hideIdleControls);
}

void PresentationMode::hideIdleControls()
{
    m_hideControls.stop();
    if (m_active)
        m_parts.controls->setButtonsVisible(false);
}

void PresentationMode::addActions(QMenu* menu)
{
    menu->addAction(m_toggle);
    menu->addAction(m_mirror);
    menu->addAction(m_zoom);
    menu->addAction(m_blank);
}

bool PresentationMode::isMirrored() const
{
    return m_mirror->isChecked();
}

bool PresentationMode::isBlanked() const
{
    return m_blank->isChecked();
}

void PresentationMode::setActive(bool on)
{
    if (m_active == on)
        return;
    m_active = on;
    m_toggle->setChecked(on);
    m_parts.sidebar->setVisible(!on);
    m_parts.window->menuBar()->setVisible(!on); // its actions stay reachable: they are window-wide shortcuts
    m_parts.panel->setPresenting(on);
    placeMirrorBadges();
    // The sidebar with the technique's cautions is hidden while presenting, so they come along on their own.
    m_parts.cautions->setVisible(on);
    if (on) {
        m_parts.window->showFullScreen();
        qApp->installEventFilter(this);
        showControlsForAWhile();
    } else {
        qApp->removeEventFilter(this);
        m_hideControls.stop();
        m_parts.controls->setButtonsVisible(true);
        m_parts.window->showNormal();
        setBlanked(false);
        setMirrored(false); // mirroring is for a patient watching the clinician, never for following at home
    }
}

void PresentationMode::setMirrored(bool on)
{
    m_mirror->setChecked(on);
    m_parts.body->setMirrored(on);
    m_parts.pose->setMirrored(on);
    for (QLabel* badge : m_mirrorBadges)
        badge->setVisible(on);
    placeMirrorBadges();
}

void PresentationMode::placeMirrorBadges()
{
    for (QLabel* badge : m_mirrorBadges) {
        const QWidget* view = badge->parentWidget();
        QFont f = badge->font();
        f.setPointSizeF(m_active ? 18 : 11); // read across the room while presenting
        badge->setFont(f);
        badge->setWordWrap(false);
        const int width = std::min(badge->sizeHint().width(), view->width() - 2 * kBadgeMarginPx);
        badge->setWordWrap(true);
        const int height = std::min(badge->heightForWidth(width), view->height() - kBadgeMarginPx);
        badge->setGeometry((view->width() - width) / 2, kBadgeMarginPx, width, height);
        badge->raise();
    }
}

void PresentationMode::setZoomed(bool on)
{
    m_zoomed = on;
    m_zoom->setChecked(on);
    refreshZoom();
}

void PresentationMode::refreshZoom()
{
    AnatomyPainter& body = m_parts.body->anatomy();
    const AnatomyFrame& f = m_parts.body->frame();
    const QRectF focus = m_zoomed && f.technique ? body.focusFor(*f.technique, f.side) : QRectF();
    if (focus != body.focusRect()) {
        body.setFocusRect(focus);
        m_parts.body->update();
    }
}

void PresentationMode::setBlanked(bool on)
{
    m_blank->setChecked(on);
    // The session buttons go while the screen is dark; the safety stop never does.
    if (on)
        m_parts.controls->setButtonsVisible(false);
    else if (!m_active)
        m_parts.controls->setButtonsVisible(true);
    else
        showControlsForAWhile();
    m_blankCover->setVisible(on);
    placeBlankCover();
}

void PresentationMode::placeBlankCover()
{
    if (!m_blankCover->isVisible())
        return;
    // Black down to the top of the safety stop, so the red button (and F12) stay in sight and in reach.
    if (QLayout* l = m_parts.window->centralWidget() ? m_parts.window->centralWidget()->layout() : nullptr)
        l->activate();
    const QPushButton* stop = m_parts.controls->safetyStop();
    const int stopTop = stop->mapTo(m_parts.window, QPoint(0, 0)).y();
    m_blankCover->setGeometry(0, 0, m_parts.window->width(), std::max(0, stopTop - kStopMarginPx));
    m_blankCover->raise();
}

void PresentationMode::showControlsForAWhile()
{
    if (isBlanked())
        return;
    m_parts.controls->setButtonsVisible(true);
    m_hideControls.start();
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active && event->type() == QEvent::MouseMove)
        showControlsForAWhile();
    if (watched == m_parts.window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        placeBlankCover();
    if ((watched == m_parts.body || watched == m_parts.pose) && event->type() == QEvent::Resize)
        placeMirrorBadges();
    return QObject::eventFilter(watched, event);
}

} // namespace rollwise
