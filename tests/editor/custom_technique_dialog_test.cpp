// SPDX-License-Identifier: GPL-3.0-or-later
// The custom technique dialog: its problems come from the core reader, OK stays disabled until there are
// none, and the technique it returns carries what was entered.
#include "app/editor/custom_technique_dialog.h"
#include "editor_test_support.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace rollwise;
using namespace rollwise::test;

namespace {
QPushButton* okButton(const CustomTechniqueDialog& d)
{
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

TEST(CustomTechniqueDialog, ReaderProblemsBlockOkUntilTheTechniqueIsComplete)
{
    RoutineDocument doc(content());
    doc.reset(Routine::defaultRoutine(content()));
    CustomTechniqueDialog dialog(doc, Technique{}, -1);
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    const QString problems = dialog.problems().join(QLatin1Char('\n'));
    EXPECT_TRUE(problems.contains(QStringLiteral("steps"))) << qPrintable(problems);
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("techniqueProblems"))->text().contains(QStringLiteral("steps")));

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Upper glute, short strokes"));
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("techniqueId"))->text(), u"upper-glute-short-strokes");
    for (int i = 0; i < dialog.targetList()->count(); ++i)
        if (dialog.targetList()->item(i)->data(Qt::UserRole).toString() == u"glutes")
            dialog.targetList()->item(i)->setCheckState(Qt::Checked);
    QTest::keyClicks(dialog.stepsEdit(), QStringLiteral("Sit on the roller."));
    QTest::keyClick(dialog.stepsEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.stepsEdit(), QStringLiteral("Roll the upper glute."));
    EXPECT_TRUE(dialog.problems().isEmpty()) << qPrintable(dialog.problems().join(QLatin1Char('\n')));
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    const Technique t = dialog.technique();
    EXPECT_EQ(t.name, u"Upper glute, short strokes");
    EXPECT_EQ(t.primaryTargets, QStringList{QStringLiteral("glutes")});
    EXPECT_EQ(t.steps.size(), 2);
    EXPECT_TRUE(t.custom);
    EXPECT_TRUE(t.paths.empty()); // drawn afterwards on the body

    // A built-in id is the reader's "id of a built-in technique" error.
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("techniqueId"));
    id->clear();
    QTest::keyClicks(id, QStringLiteral("glutes"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("built-in")));
}

TEST(CustomTechniqueDialog, GeneratedIdsAreFree)
{
    RoutineDocument doc(content());
    doc.reset(Routine::defaultRoutine(content()));
    EXPECT_EQ(CustomTechniqueDialog::idFor(QStringLiteral("Glutes"), doc), u"glutes-2"); // a built-in's id
    EXPECT_EQ(CustomTechniqueDialog::idFor(QStringLiteral("  3 Hip Roll!! "), doc), u"hip-roll");
    doc.addCustomTechnique(customTechnique(QStringLiteral("hip-roll")));
    EXPECT_EQ(CustomTechniqueDialog::idFor(QStringLiteral("Hip roll"), doc), u"hip-roll-2");
}
