// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session_controls.h"

#include "core/session_engine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollwise {

namespace {
// A button whose shortcut is a window-wide action, so Space or H work whatever has focus.
QPushButton* button(QWidget* parent, const char* name, const QString& text, const QKeySequence& key,
                    const QString& tip, void (SessionControls::*signal)())
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    b->setAccessibleName(text);
    b->setAccessibleDescription(tip);
    b->setMinimumHeight(44);
    auto* action = new QAction(parent);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    parent->addAction(action);
    auto* controls = static_cast<SessionControls*>(parent);
    QObject::connect(b, &QPushButton::clicked, controls, signal);
    // Enabled, not visible: in presentation mode the buttons hide but their keys keep working.
    QObject::connect(action, &QAction::triggered, b, [b] {
        if (b->isEnabled())
            b->click();
    });
    return b;
}
} // namespace

SessionControls::SessionControls(QWidget* parent) : QWidget(parent)
{
    m_back = button(this, "backButton", tr("◀ Back"), QKeySequence(Qt::Key_Left),
                    tr("Restart this phase, or go to the previous one"), &SessionControls::backRequested);
    m_startPause = button(this, "startPauseButton", tr("Start"), QKeySequence(Qt::Key_Space),
                          tr("Start, pause or resume the session"), &SessionControls::startPauseRequested);
    m_tender = button(this, "tenderSpotButton", tr("Tender spot — hold"), QKeySequence(Qt::Key_H),
                      tr("Found a tender spot: stop rolling and hold pressure on it"),
                      &SessionControls::tenderSpotRequested);
    m_released = button(this, "releasedButton", tr("Released"), QKeySequence(Qt::Key_R),
                        tr("End the hold now, whenever you choose"),
                        &SessionControls::releasedRequested);
    m_skip = button(this, "skipButton", tr("Skip ▶"), QKeySequence(Qt::Key_Right), tr("End this phase now"),
                    &SessionControls::skipRequested);
    m_stop = button(this, "stopButton", tr("Stop"), QKeySequence(Qt::Key_Escape), tr("End the session"),
                    &SessionControls::stopRequested);
    m_safety = button(this, "safetyStopButton", tr("Sharp, radiating pain, numbness or tingling — STOP"),
                      QKeySequence(Qt::Key_F12), tr("Stop immediately and see what to do"),
                      &SessionControls::safetyStopRequested);
    m_safety->setStyleSheet(QStringLiteral(
        "QPushButton{background:#b00020;color:white;font-weight:bold;border-radius:6px;padding:8px 16px;}"
        "QPushButton:focus{outline:3px solid #ffd54f;}"));
    QFont big = m_startPause->font();
    big.setPointSizeF(std::max(14.0, big.pointSizeF() * 1.3));
    for (QPushButton* b : {m_back, m_startPause, m_tender, m_released, m_skip, m_stop, m_safety})
        b->setFont(big);

    auto* row = new QHBoxLayout;
    for (QPushButton* b : {m_back, m_startPause, m_tender, m_released, m_skip, m_stop})
        row->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_safety);
    refresh(nullptr);
}

void SessionControls::setButtonsVisible(bool visible)
{
    for (QPushButton* b : {m_back, m_startPause, m_tender, m_released, m_skip, m_stop})
        b->setVisible(visible);
}

void SessionControls::refresh(const SessionEngine* engine)
{
    const bool running = engine && engine->isRunning();
    const bool paused = running && engine->isPaused();
    m_startPause->setText(!running ? tr("Start") : paused ? tr("Resume") : tr("Pause"));
    m_startPause->setAccessibleName(m_startPause->text());
    m_tender->setEnabled(running && !paused && engine->phase() == Phase::Roll);
    m_released->setEnabled(running && !paused && engine->phase() == Phase::Hold);
    m_skip->setEnabled(running);
    m_back->setEnabled(running);
    m_stop->setEnabled(running);
    // The safety stop is always visible; it is the one button that matters most.
    m_safety->setEnabled(running);
}

} // namespace rollwise
