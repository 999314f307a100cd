// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the roller travels along a path while rolling: back and forth at the seed's pace (about one inch,
// 2.5 cm, per second) on the body's own scale, easing in and out at each end like a controlled roll.
// Pure arithmetic, so the anatomy view, printed sheets and tests agree on where the roller is.

namespace rollwise {

class RollerMotion {
public:
    // Time spent speeding up from rest at each end of a traverse.
    static constexpr double kRampSeconds = 0.6;

    RollerMotion(double pathLengthCm, double paceCmPerSecond);

    // Seconds for one traverse, end to end.
    double traverseSeconds() const { return m_traverse; }
    // Arc-length position along the path after `rollingSeconds` of rolling (0 = the path's start).
    double positionCm(double rollingSeconds) const;
    // Speed along the path at that moment (cm/s), for display and tests.
    double speedCmPerSecond(double rollingSeconds) const;

private:
    double positionInTraverse(double u) const;

    double m_length;
    double m_pace;
    double m_ramp;     // actual ramp time (shorter for very short paths)
    double m_peak;     // cruising speed reached
    double m_traverse;
};

} // namespace rollwise
