// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roller_motion.h"

#include <algorithm>
#include <cmath>

namespace rollwise {

RollerMotion::RollerMotion(double pathLengthCm, double paceCmPerSecond)
    : m_length(std::max(0.0, pathLengthCm)), m_pace(std::max(1e-6, paceCmPerSecond))
{
    // Trapezoidal speed profile: constant acceleration for kRampSeconds, cruise at the pace, then brake.
    const double accel = m_pace / kRampSeconds;
    if (m_length >= m_pace * kRampSeconds) {
        m_ramp = kRampSeconds;
        m_peak = m_pace;
        m_traverse = m_length / m_pace + kRampSeconds;
    } else {
        // Too short to reach the pace: accelerate half way, brake the other half.
        m_ramp = std::sqrt(m_length / accel);
        m_peak = accel * m_ramp;
        m_traverse = 2 * m_ramp;
    }
}

double RollerMotion::positionInTraverse(double u) const
{
    if (m_traverse <= 0)
        return 0;
    const double accel = m_ramp > 0 ? m_peak / m_ramp : 0;
    const double rampDistance = 0.5 * accel * m_ramp * m_ramp;
    if (u < m_ramp)
        return 0.5 * accel * u * u;
    if (u < m_traverse - m_ramp)
        return rampDistance + m_peak * (u - m_ramp);
    const double w = m_traverse - u;
    return m_length - 0.5 * accel * w * w;
}

double RollerMotion::positionCm(double rollingSeconds) const
{
    if (m_traverse <= 0 || rollingSeconds <= 0)
        return 0;
    const double k = std::floor(rollingSeconds / m_traverse);
    const double u = rollingSeconds - k * m_traverse;
    const double s = std::clamp(positionInTraverse(u), 0.0, m_length);
    // Even traverses go start → end, odd ones come back.
    return std::fmod(k, 2.0) == 0.0 ? s : m_length - s;
}

double RollerMotion::speedCmPerSecond(double rollingSeconds) const
{
    const double h = 1e-4;
    return std::abs(positionCm(rollingSeconds + h) - positionCm(std::max(0.0, rollingSeconds - h)))
           / (rollingSeconds + h - std::max(0.0, rollingSeconds - h));
}

} // namespace rollwise
