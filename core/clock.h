// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Time is injected: the session engine asks a Clock for "now" and works from absolute deadlines, so a
// test can run a 20-minute session in microseconds and the GUI can never drift by summing timer ticks.

#include <chrono>

namespace rollwise {

using Ms = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Ms now() const = 0;
};

// The real thing: monotonic, unaffected by wall-clock changes.
class SteadyClock final : public Clock {
public:
    Ms now() const override
    {
        return std::chrono::duration_cast<Ms>(std::chrono::steady_clock::now().time_since_epoch());
    }
};

// For tests and for computing plans: time moves only when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Ms start = Ms{0}) : m_now(start) {}
    Ms now() const override { return m_now; }
    void set(Ms t) { m_now = t; }
    void advance(Ms d) { m_now += d; }

private:
    Ms m_now;
};

} // namespace rollwise
