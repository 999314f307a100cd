// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives a SessionEngine from the Qt event loop. A precise single-shot timer wakes exactly when the next
// cue falls due (so audio cues are on time, not up to a frame late); a frame timer only refreshes the
// display. All timing comes from the engine's deadlines on a monotonic clock, so late timer ticks
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
    // Eyes-free sessions call the time left this long before a phase ends (Ms{0}: never); kept across load().
    void setTimeLeftCall(Ms before);

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
    void scheduleNextCue();

    SteadyClock m_steady;
    const Clock* m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    QTimer m_frameTimer;
    QTimer m_cueTimer;
    Ms m_timeLeftCall{0};
};

} // namespace rollwise
