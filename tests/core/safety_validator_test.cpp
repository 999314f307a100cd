#include "core/content_library.h"
#include "core/safety_validator.h"

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

const ContraindicatedZone& lumbar()
{
    const ContraindicatedZone* z = content().zone(QStringLiteral("lumbar-spine"));
    EXPECT_NE(z, nullptr);
    return *z;
}

// A vertical path beside the posterior lumbar zone, whose right edge is at x = +5 cm.
RollerPath besideLumbar(double centreX, double widthCm)
{
    return RollerPath{View::Posterior, Side::Right, {{centreX, 104}, {centreX, 116}}, widthCm, 0};
}
} // namespace

TEST(SafetyValidator, EveryBuiltInTechniqueStaysClearOfEveryZone)
{
    ASSERT_EQ(content().techniques().size(), 5u);
    for (const Technique& t : content().techniques()) {
        EXPECT_TRUE(SafetyValidator::check(t, content()).empty()) << t.id.toStdString();
        ASSERT_FALSE(t.paths.empty()) << t.id.toStdString();
        for (const RollerPath& p : t.paths)
            for (const ContraindicatedZone& z : content().zones())
                EXPECT_GT(SafetyValidator::clearance(p, z), 0.0) << t.id.toStdString() << " vs " << z.id.toStdString();
    }
}

TEST(SafetyValidator, PathStraightOverTheLumbarSpineIsRejected)
{
    const RollerPath over{View::Posterior, Side::Centre, {{0, 100}, {0, 125}}, 6.0, 0};
    EXPECT_TRUE(SafetyValidator::touches(over, lumbar()));
    EXPECT_LE(SafetyValidator::clearance(over, lumbar()), -3.0); // crossing: minus the band half-width
}

TEST(SafetyValidator, PathGrazingTheLumbarEdgeIsRejected)
{
    // Centre 8 cm from the midline with a 6 cm band: the band's edge lies exactly on the zone edge (x = 5).
    const RollerPath graze = besideLumbar(8.0, 6.0);
    EXPECT_NEAR(SafetyValidator::clearance(graze, lumbar()), 0.0, 1e-9);
    EXPECT_TRUE(SafetyValidator::touches(graze, lumbar()));
    // Overlapping the edge by a millimetre is rejected too.
    EXPECT_TRUE(SafetyValidator::touches(besideLumbar(7.9, 6.0), lumbar()));
}

TEST(SafetyValidator, PathJustClearOfTheLumbarEdgeIsAccepted)
{
    const RollerPath clear = besideLumbar(8.1, 6.0);
    EXPECT_NEAR(SafetyValidator::clearance(clear, lumbar()), 0.1, 1e-9);
    EXPECT_FALSE(SafetyValidator::touches(clear, lumbar()));
}

TEST(SafetyValidator, ZonesOnlyApplyInTheViewsTheyAreDrawnIn)
{
    // The sacrum is a posterior structure; an anterior path at the same coordinates is elsewhere on the body.
    const ContraindicatedZone* sacrum = content().zone(QStringLiteral("sacrum"));
    ASSERT_NE(sacrum, nullptr);
    const RollerPath anterior{View::Anterior, Side::Centre, {{0, 90}, {0, 95}}, 4.0, 0};
    RollerPath posterior = anterior;
    posterior.view = View::Posterior;
    EXPECT_FALSE(SafetyValidator::touches(anterior, *sacrum));
    EXPECT_TRUE(SafetyValidator::touches(posterior, *sacrum));
}

TEST(SafetyValidator, ViolationsNameTheZone)
{
    Technique t;
    t.id = QStringLiteral("bad");
    t.paths.push_back({View::Posterior, Side::Centre, {{0, 110}, {0, 130}}, 6.0, 0});
    const auto violations = SafetyValidator::check(t, content());
    ASSERT_FALSE(violations.empty());
    EXPECT_EQ(violations.front().zone->id, QStringLiteral("lumbar-spine"));
    EXPECT_EQ(violations.front().techniqueId, QStringLiteral("bad"));
}

TEST(SafetyValidator, SidedBonyZonesAreMirroredForTheLeftSide)
{
    const ContraindicatedZone* right = content().zone(QStringLiteral("asis-right"));
    const ContraindicatedZone* left = content().zone(QStringLiteral("asis-left"));
    ASSERT_TRUE(right && left);
    const Rect r = right->shapes.at(View::Anterior).bounds();
    const Rect l = left->shapes.at(View::Anterior).bounds();
    EXPECT_DOUBLE_EQ(r.left, -l.right);
    EXPECT_DOUBLE_EQ(r.top, l.top);
    // In the anterior view the subject's right is on the viewer's left.
    EXPECT_LT(r.right, 0.0);
}
