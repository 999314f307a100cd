// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session_controller.h"

#include <algorithm>

namespace rollwise {

SessionController::SessionController(const Clock* clock, QObject* parent)
    : QObject(parent), m_clock(clock ? clock : &m_steady)
{
    // ~30 frames a second keeps the roller animation smooth; cues do not depend on it.
    m_frameTimer.setInterval(33);
    connect(&m_frameTimer, &QTimer::timeout, this, &SessionController::poll);
    m_cueTimer.setSingleShot(true);
    m_cueTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_cueTimer, &QTimer::timeout, this, &SessionController::poll);
}

void SessionController::load(const SessionPlan& plan)
{
    m_frameTimer.stop();
    m_cueTimer.stop();
    m_engine = std::make_unique<SessionEngine>(plan, *m_clock);
    m_engine->setListener([this](const CueEvent& e) { emit cue(e); });
    m_engine->setTimeLeftCall(m_timeLeftCall);
    emit changed();
}

void SessionController::setTimeLeftCall(Ms before)
{
    m_timeLeftCall = before;
    if (m_engine)
        m_engine->setTimeLeftCall(before);
}

template <typename Fn>
void SessionController::act(Fn&& fn)
{
    if (!m_engine)
        return;
    fn(*m_engine);
    if (m_engine->isRunning() && !m_engine->isPaused()) {
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
        scheduleNextCue();
    } else {
        m_frameTimer.stop();
        m_cueTimer.stop();
    }
    emit changed();
}

void SessionController::scheduleNextCue()
{
    const qint64 wait = (m_engine->nextDue() - m_clock->now()).count();
    // Precise timers may fire a hair early; poll() then finds nothing due and reschedules the rest.
    m_cueTimer.start(int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000)));
}

void SessionController::start()
{
    act([](SessionEngine& e) { e.start(); });
}

void SessionController::togglePause()
{
    act([](SessionEngine& e) {
        if (e.isPaused())
            e.resume();
        else
            e.pause();
    });
}

void SessionController::tenderSpot()
{
    act([](SessionEngine& e) { e.tenderSpot(); });
}

void SessionController::released()
{
    act([](SessionEngine& e) { e.released(); });
}

void SessionController::skip()
{
    act([](SessionEngine& e) { e.skip(); });
}

void SessionController::back()
{
    act([](SessionEngine& e) { e.back(); });
}

void SessionController::stop()
{
    act([](SessionEngine& e) { e.stop(); });
}

void SessionController::safetyStop()
{
    act([](SessionEngine& e) { e.safetyStop(); });
}

void SessionController::poll()
{
    act([](SessionEngine& e) { e.tick(); });
}

} // namespace rollwise
