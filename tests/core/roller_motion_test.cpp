// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content_library.h"
#include "core/roller_motion.h"

#include <gtest/gtest.h>

using namespace rollwise;

TEST(RollerMotion, CruisesAtTheSeedsPaceAndEasesAtTheEnds)
{
    const double pace = ContentLibrary::builtIn().dosage().paceCmPerSecond;
    const RollerMotion m(16.0, pace); // the thoracic path: mid-back to just below the neck
    EXPECT_NEAR(m.traverseSeconds(), 16.0 / 2.54 + RollerMotion::kRampSeconds, 1e-12);
    const double mid = m.traverseSeconds() / 2;
    EXPECT_NEAR(m.speedCmPerSecond(mid), 2.54, 1e-6);
    EXPECT_NEAR(m.speedCmPerSecond(1.5), 2.54, 1e-6);
    // Eased: slower near each end than mid-way, and at rest exactly at the turnarounds.
    EXPECT_LT(m.speedCmPerSecond(0.1), 1.0);
    EXPECT_NEAR(m.positionCm(0), 0.0, 1e-12);
    EXPECT_NEAR(m.positionCm(m.traverseSeconds()), 16.0, 1e-9);
    EXPECT_NEAR(m.positionCm(2 * m.traverseSeconds()), 0.0, 1e-9);
}

TEST(RollerMotion, GoesBackAndForthContinuouslyWithinThePath)
{
    const RollerMotion m(8.1, 2.54);
    double previous = m.positionCm(0);
    for (double t = 0.01; t < 60; t += 0.01) {
        const double s = m.positionCm(t);
        ASSERT_GE(s, 0.0);
        ASSERT_LE(s, 8.1);
        ASSERT_LT(std::abs(s - previous), 2.54 * 0.01 + 1e-9) << t; // never faster than the pace
        previous = s;
    }
}

TEST(RollerMotion, ShortPathsNeverExceedThePace)
{
    const RollerMotion m(1.0, 2.54);
    EXPECT_NEAR(m.positionCm(m.traverseSeconds()), 1.0, 1e-9);
    for (double t = 0; t < 5; t += 0.01)
        ASSERT_LE(m.speedCmPerSecond(t), 2.54 + 1e-6);
}
