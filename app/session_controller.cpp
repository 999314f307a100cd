#include "app/session_controller.h"

namespace rollwise {

SessionController::SessionController(const Clock* clock, QObject* parent)
    : QObject(parent), m_clock(clock ? clock : &m_steady)
{
    // 50 ms keeps countdown text and animation smooth without measurable CPU use.
    m_timer.setInterval(50);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::poll);
}

void SessionController::load(const SessionPlan& plan)
{
    m_timer.stop();
    m_engine = std::make_unique<SessionEngine>(plan, *m_clock);
    m_engine->setListener([this](const CueEvent& e) { emit cue(e); });
    emit changed();
}

template <typename Fn>
void SessionController::act(Fn&& fn)
{
    if (!m_engine)
        return;
    fn(*m_engine);
    if (m_engine->isRunning()) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
    emit changed();
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
