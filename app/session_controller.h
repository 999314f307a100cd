#pragma once
// Drives a SessionEngine from the Qt event loop. The timer only decides how often we look at the
// clock; all timing comes from the engine's deadlines on a monotonic clock, so late timer ticks
// cannot accumulate into drift.

#include "core/clock.h"
#include "core/cue.h"
#include "core/session_engine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace rollwise {

class SessionController : public QObject {
    Q_OBJECT

public:
    // clock == nullptr: use the monotonic clock. Tests pass a ManualClock and call poll() themselves.
    explicit SessionController(const Clock* clock = nullptr, QObject* parent = nullptr);

    void load(const SessionPlan& plan);
    SessionEngine* engine() const { return m_engine.get(); }
    void setPollInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    void start();
    void togglePause();
    void tenderSpot();
    void released();
    void skip();
    void back();
    void stop();
    void safetyStop();
    void poll();

signals:
    void cue(const rollwise::CueEvent& event);
    void changed(); // phase, remaining time or pause state may have changed

private:
    template <typename Fn>
    void act(Fn&& fn);

    SteadyClock m_steady;
    const Clock* m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    QTimer m_timer;
};

} // namespace rollwise
