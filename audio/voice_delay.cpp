// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/voice_delay.h"

namespace rollwise {

TimerVoiceDelay::TimerVoiceDelay()
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done();
    });
}

void TimerVoiceDelay::start(int ms, std::function<void()> done)
{
    m_done = std::move(done);
    m_timer.start(ms);
}

void TimerVoiceDelay::cancel()
{
    m_timer.stop();
    m_done = nullptr;
}

void ManualVoiceDelay::start(int ms, std::function<void()> done)
{
    m_ms = ms;
    ++m_starts;
    m_done = std::move(done);
}

bool ManualVoiceDelay::elapse()
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return false;
    done();
    return true;
}

} // namespace rollwise
