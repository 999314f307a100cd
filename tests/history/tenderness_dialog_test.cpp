// SPDX-License-Identifier: GPL-3.0-or-later
// The after-session question: one row per worked muscle group, everything "not rated" until the user says
// otherwise, and Save / Skip doing exactly that.
#include "history_fixtures.h"

#include "app/history/tenderness_dialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {
const QString kGlutes = QStringLiteral("glutes-piriformis");
const QString kHips = QStringLiteral("hip-flexors");
} // namespace

TEST(TendernessDialog, OneRowPerWorkedGroupStartingUnrated)
{
    TendernessDialog dialog({kGlutes, kHips}, ContentLibrary::builtIn());
    ASSERT_NE(dialog.beforeBox(kGlutes), nullptr);
    ASSERT_NE(dialog.afterBox(kHips), nullptr);
    EXPECT_EQ(dialog.beforeBox(QStringLiteral("hamstrings")), nullptr);
    EXPECT_EQ(dialog.beforeBox(kGlutes)->text(), QStringLiteral("not rated"));
    // Rows are labelled with the content's names, not ids.
    bool named = false;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        named |= l->text() == QStringLiteral("Hip flexors (psoas and iliacus)");
    EXPECT_TRUE(named);
    const auto r = dialog.ratings();
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].groupId, kGlutes);
    EXPECT_FALSE(r[0].before.has_value());
    EXPECT_FALSE(r[1].after.has_value());
}

TEST(TendernessDialog, TypedValuesAreSavedAndTheRestStaysUnrated)
{
    TendernessDialog dialog({kGlutes, kHips}, ContentLibrary::builtIn());
    dialog.show();
    QSpinBox* before = dialog.beforeBox(kGlutes);
    before->setFocus();
    before->selectAll();
    QTest::keyClicks(before, QStringLiteral("7"));
    dialog.afterBox(kGlutes)->setValue(3);
    dialog.afterBox(kHips)->setValue(0); // 0 is a rating ("not tender"), not "unrated"
    EXPECT_EQ(before->value(), 7);

    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveRatings"));
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const auto r = dialog.ratings();
    EXPECT_EQ(r[0].before, 7);
    EXPECT_EQ(r[0].after, 3);
    EXPECT_FALSE(r[1].before.has_value());
    EXPECT_EQ(r[1].after, 0);

    SessionRecord s = session(utc(2025, 1, 6));
    dialog.applyTo(s);
    EXPECT_EQ(s.exercises[0].tendernessBefore, 7);
    EXPECT_EQ(s.exercises[0].tendernessAfter, 3);
    EXPECT_EQ(s.exercises[1].tendernessAfter, 0);
    EXPECT_FALSE(s.exercises[1].tendernessBefore.has_value());
    EXPECT_FALSE(s.exercises[2].tendernessAfter.has_value()); // hamstrings were not asked about
}

TEST(TendernessDialog, SpinBoxesStayWithinZeroToTen)
{
    TendernessDialog dialog({kGlutes}, ContentLibrary::builtIn());
    dialog.afterBox(kGlutes)->setValue(25);
    EXPECT_EQ(dialog.ratings()[0].after, 10);
    dialog.setRating(kGlutes, 4, std::nullopt);
    EXPECT_EQ(dialog.ratings()[0].before, 4);
    EXPECT_FALSE(dialog.ratings()[0].after.has_value());
}

TEST(TendernessDialog, SkipRejects)
{
    TendernessDialog dialog({kGlutes}, ContentLibrary::builtIn());
    dialog.show();
    auto* skip = dialog.findChild<QPushButton*>(QStringLiteral("skipRatings"));
    ASSERT_NE(skip, nullptr);
    QTest::mouseClick(skip, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}
