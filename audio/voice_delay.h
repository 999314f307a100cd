// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wait between a cue's beep and its spoken prompt. The player asks for it and never reads a clock, so its
// rules (prompt after the beep, stale prompts dropped) are tested without waiting; the app uses real timers.

#include <QTimer>

#include <functional>

namespace rollwise {

class VoiceDelay {
public:
    virtual ~VoiceDelay() = default;
    // Calls `done` once, `ms` from now, unless cancelled or restarted first.
    virtual void start(int ms, std::function<void()> done) = 0;
    virtual void cancel() = 0;
    virtual bool isActive() const = 0;
};

// A precise single-shot QTimer: the prompt follows the beep as closely as the event loop allows.
class TimerVoiceDelay final : public VoiceDelay {
public:
    TimerVoiceDelay();
    void start(int ms, std::function<void()> done) override;
    void cancel() override;
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
    std::function<void()> m_done;
};

// For tests: remembers what was asked and runs it when the test says the time has come.
class ManualVoiceDelay final : public VoiceDelay {
public:
    void start(int ms, std::function<void()> done) override;
    void cancel() override { m_done = nullptr; }
    bool isActive() const override { return bool(m_done); }
    int requestedMs() const { return m_ms; }
    int starts() const { return m_starts; }
    // Runs the pending callback, if any; returns whether there was one.
    bool elapse();

private:
    std::function<void()> m_done;
    int m_ms = -1;
    int m_starts = 0;
};

} // namespace rollwise
