// SPDX-License-Identifier: GPL-3.0-or-later
// The prescription in the editor: the routine's sessions a week, sets, default hold and roll, next review and
// clinic (with its logo), and each exercise's own sets and sessions a week. Driven through the real widgets:
// every value is an undoable edit, judged by the core validator with its message under the field, and saved.
#include "app/editor/diagnostics_panel.h"
#include "editor_test_support.h"

#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace rollwise;
using namespace rollwise::test;

namespace {
QString validity(QWidget* w)
{
    return w->property("validity").toString();
}
} // namespace

TEST(PrescriptionEditor, RoutineNumbersAreJudgedByTheValidatorAndReachNewExercises)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    auto* perWeek = f.child<QSpinBox>("routinePerWeekSpin");
    auto* message = f.child<QLabel>("routinePerWeekSpinMessage");
    EXPECT_EQ(perWeek->value(), 0);
    EXPECT_TRUE(perWeek->text().contains(QStringLiteral("Not set"))) << qPrintable(perWeek->text());

    f.retype(perWeek, QStringLiteral("20"));
    EXPECT_EQ(f.routine().sessionsPerWeek, 20); // not clamped: the validator judges
    EXPECT_EQ(validity(perWeek), u"error");
    EXPECT_TRUE(message->text().contains(QStringLiteral("out of range"))) << qPrintable(message->text());
    EXPECT_FALSE(f.action("actionUseInPlayer")->isEnabled());
    f.retype(perWeek, QStringLiteral("2"));
    EXPECT_EQ(validity(perWeek), u"warning"); // outside the article's 3-5
    f.retype(perWeek, QStringLiteral("4"));
    EXPECT_EQ(validity(perWeek), QString());
    EXPECT_TRUE(message->isHidden());
    EXPECT_EQ(f.doc().undoStack()->undoText(), u"Change sessions a week");

    // The routine's sets show through in an exercise that sets none.
    f.retype(f.child<QSpinBox>("routineSetsSpin"), QStringLiteral("2"));
    EXPECT_EQ(f.routine().sets, 2);
    f.editor->selectExercise(0);
    EXPECT_EQ(f.child<QSpinBox>("setsSpin")->text(), u"As the routine (2)");

    // The default hold is used by the exercises added from now on.
    f.retype(f.child<QSpinBox>("routineHoldSpin"), QStringLiteral("20"));
    f.retype(f.child<QSpinBox>("routineRollSpin"), QStringLiteral("45"));
    const int row = f.doc().addTechnique(QStringLiteral("lats"));
    EXPECT_EQ(f.routine().exercises[size_t(row)].holdSeconds, 20);
    EXPECT_EQ(f.routine().exercises[size_t(row)].rollSeconds, 45);

    // Back to "not set" at the box's lowest value.
    f.retype(f.child<QSpinBox>("routineHoldSpin"), QStringLiteral("0"));
    EXPECT_FALSE(f.routine().holdSeconds.has_value());

    auto* review = f.child<QDateEdit>("nextReviewEdit");
    review->setDate(QDate(2027, 1, 15));
    EXPECT_EQ(f.routine().nextReview, QDate(2027, 1, 15));
    EXPECT_EQ(f.doc().undoStack()->undoText(), u"Change the next review");
    f.doc().undoStack()->undo();
    EXPECT_FALSE(f.routine().nextReview.isValid());
    EXPECT_EQ(review->date(), QDate(2000, 1, 1)) << "the box shows \"Not set\" again";
}

TEST(PrescriptionEditor, AnExercisesOwnSetsAndFrequencyAreEditedAndChecked)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    f.editor->selectExercise(1);
    auto* sets = f.child<QSpinBox>("setsSpin");
    EXPECT_EQ(sets->text(), u"As the routine (1)");
    f.retype(sets, QStringLiteral("11"));
    EXPECT_EQ(f.routine().exercises[1].sets, 11);
    EXPECT_EQ(validity(sets), u"error");
    EXPECT_TRUE(f.child<QLabel>("setsSpinMessage")->text().contains(QStringLiteral("1 to 10")));
    f.retype(sets, QStringLiteral("3"));
    EXPECT_EQ(validity(sets), QString());
    EXPECT_EQ(f.routine().exercises[1].sets, 3);
    // The undo step is named after the field.
    EXPECT_EQ(f.doc().undoStack()->undoText(), u"Change sets");

    auto* perWeek = f.child<QSpinBox>("perWeekSpin");
    f.retype(perWeek, QStringLiteral("7"));
    EXPECT_EQ(f.routine().exercises[1].sessionsPerWeek, 7);
    EXPECT_EQ(validity(perWeek), u"warning");
    // The checks list names the exercise and the field in words.
    QListWidget* checks = f.editor->diagnosticsList();
    ASSERT_GE(checks->count(), 1);
    EXPECT_TRUE(checks->item(0)->text().contains(QStringLiteral("sessions a week"))) << qPrintable(checks->item(0)->text());
    f.retype(perWeek, QStringLiteral("0"));
    EXPECT_FALSE(f.routine().exercises[1].sessionsPerWeek.has_value());

    const QString path = f.path("sets.json");
    ASSERT_TRUE(f.doc().saveAs(path).isEmpty());
    const RoutineLoad back = RoutineReader(content()).readFile(path);
    ASSERT_TRUE(back.routine) << qPrintable(back.diagnostics.toText());
    EXPECT_EQ(back.routine->exercises[1].sets, 3);
}

TEST(PrescriptionEditor, TheClinicAndItsLogoAreCheckedSavedBesideTheRoutineAndFoundByTheChecksList)
{
    EditorFixture f;
    f.editor->editRoutine(Routine::defaultRoutine(content()));
    f.retype(f.child<QLineEdit>("clinicNameEdit"), QStringLiteral("Riverside Physiotherapy"));
    f.retype(f.child<QLineEdit>("clinicPhoneEdit"), QStringLiteral("+44 20 7946 0000"));
    EXPECT_EQ(f.routine().clinic.name, u"Riverside Physiotherapy");
    EXPECT_EQ(f.routine().clinic.phone, u"+44 20 7946 0000");
    f.retype(f.child<QLineEdit>("clinicAddressEdit"), QString(121, QLatin1Char('a')));
    EXPECT_EQ(validity(f.child<QLineEdit>("clinicAddressEdit")), u"error");
    f.retype(f.child<QLineEdit>("clinicAddressEdit"), QStringLiteral("1 River Lane"));
    EXPECT_EQ(validity(f.child<QLineEdit>("clinicAddressEdit")), QString());

    // A text file named .png is refused, naming the file; the message sits under the field.
    const QString fake = f.path("fake.png");
    {
        QFile file(fake);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("<html>not a picture</html>");
    }
    f.logoAnswer = fake;
    f.child<QPushButton>("chooseLogoButton")->click();
    auto* logo = f.child<QLineEdit>("clinicLogoEdit");
    EXPECT_EQ(logo->text(), QDir::toNativeSeparators(fake));
    EXPECT_EQ(validity(logo), u"error");
    auto* message = f.child<QLabel>("clinicLogoEditMessage");
    EXPECT_TRUE(message->text().contains(QStringLiteral("fake.png"))) << qPrintable(message->text());
    EXPECT_EQ(f.doc().undoStack()->undoText(), u"Change the clinic's logo");
    EXPECT_FALSE(f.doc().saveAs(f.path("refused.json")).isEmpty());

    // Activating the finding shows the prescription tab.
    auto* tabs = f.child<QTabWidget>("editorTabs");
    tabs->setCurrentIndex(0);
    QListWidget* checks = f.editor->diagnosticsList();
    ASSERT_GE(checks->count(), 1);
    EXPECT_TRUE(checks->item(0)->text().startsWith(QStringLiteral("Clinic logo:"))) << qPrintable(checks->item(0)->text());
    emit checks->itemActivated(checks->item(0));
    EXPECT_EQ(tabs->currentWidget()->findChild<QLineEdit*>(QStringLiteral("clinicLogoEdit")), logo);

    // A real PNG beside the routine is accepted and saved relative to it.
    const QString png = f.path("logo.png");
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(png));
    f.retype(logo, png);
    QTest::keyClick(logo, Qt::Key_Return); // the name is checked once complete
    EXPECT_EQ(validity(logo), QString());
    const QString path = f.path("clinic.json");
    ASSERT_TRUE(f.doc().saveAs(path).isEmpty());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("\"logo\": \"logo.png\""));
    const RoutineLoad back = RoutineReader(content()).readFile(path);
    ASSERT_TRUE(back.routine) << qPrintable(back.diagnostics.toText());
    EXPECT_EQ(back.routine->clinic, f.routine().clinic);
}
