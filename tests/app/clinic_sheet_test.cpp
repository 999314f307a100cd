// SPDX-License-Identifier: GPL-3.0-or-later
// The clinic on the sheet (issue 15, item 3) beyond its text (sheet_text_test.cpp): a logo that cannot be drawn is
// an error naming the file and nothing is written; the routine's clinic wins over the one in Settings; Clinic
// Details refuses what cannot be printed; the sheet dialog says where the clinic comes from and takes the next
// review.
#include "app/sheet/clinic_dialog.h"
#include "app/sheet/clinic_settings.h"
#include "app/sheet/sheet_dialog.h"
#include "app/sheet/sheet_renderer.h"
#include "app_test_support.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rollwise;
using rollwise::test::art;
using rollwise::test::content;

namespace {
QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString pngLogo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    QImage image(60, 30, QImage::Format_RGB32);
    image.fill(QColor(0x0e, 0x9a, 0xa7));
    EXPECT_TRUE(image.save(path));
    return path;
}
} // namespace

TEST(ClinicSheet, ALogoThatCannotBeDrawnIsAnErrorNamingTheFileAndNothingIsWritten)
{
    QTemporaryDir dir;
    const Routine routine = Routine::defaultRoutine(content());
    // Signatures right, pictures broken: core's check lets them by, the sheet cannot draw them.
    for (const QString& logo : {writeFile(dir, "damaged.png", QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(200, 'x')),
                                writeFile(dir, "empty.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>"),
                                writeFile(dir, "page.png", "<html><body>not a logo</body></html>"),
                                dir.filePath(QStringLiteral("missing.svg"))}) {
        SCOPED_TRACE(logo.toStdString());
        SheetOptions o = SheetOptions::fromRoutine(routine);
        o.clinic.name = QStringLiteral("Riverside");
        o.clinic.logo = o.clinic.logoFile = logo;
        const SheetRenderer sheet(content(), art(), routine, o);
        EXPECT_TRUE(sheet.fitProblem().contains(QFileInfo(logo).fileName())) << sheet.fitProblem().toStdString();
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const QString error = sheet.exportPdf(pdf);
        EXPECT_TRUE(error.startsWith(pdf + QStringLiteral(": not exported: the clinic's logo: "))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(pdf));
    }
    // A good PNG draws, and so does the sheet.
    SheetOptions o = SheetOptions::fromRoutine(routine);
    o.clinic.logo = o.clinic.logoFile = pngLogo(dir);
    const SheetRenderer sheet(content(), art(), routine, o);
    EXPECT_EQ(sheet.fitProblem(), QString());
    const QImage page = sheet.pageImage(0, 72);
    const QRectF band = sheet.clinicBandRect();
    ASSERT_FALSE(band.isEmpty());
    // The logo's teal is in the band's left end.
    int teal = 0;
    for (int x = int(band.left()); x < int(band.left()) + 40; ++x)
        teal += rollwise::test::isTeal(page.pixelColor(x, int(band.center().y()))) ? 1 : 0;
    EXPECT_GT(teal, 20);
}

TEST(ClinicSheet, TheRoutinesClinicWinsOverTheOneInSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Routine routine = Routine::defaultRoutine(content());
    EXPECT_TRUE(ClinicSettings::forSheet(routine, &settings).isEmpty());
    Clinic mine;
    mine.name = QStringLiteral("Settings Clinic");
    mine.phone = QStringLiteral("0123");
    mine.logo = mine.logoFile = pngLogo(dir);
    ClinicSettings::save(settings, mine);
    EXPECT_EQ(ClinicSettings::load(settings), mine);
    EXPECT_EQ(ClinicSettings::forSheet(routine, &settings), mine);
    routine.clinic.name = QStringLiteral("Routine Clinic");
    EXPECT_EQ(ClinicSettings::forSheet(routine, &settings).name, u"Routine Clinic");
    EXPECT_TRUE(ClinicSettings::forSheet(routine, &settings).phone.isEmpty()) << "never a mix of the two";
    EXPECT_EQ(ClinicSettings::forSheet(Routine::defaultRoutine(content()), nullptr), Clinic());
    // Emptied fields leave Settings.
    ClinicSettings::save(settings, Clinic());
    EXPECT_FALSE(settings.contains(QStringLiteral("clinic/name")));
    EXPECT_TRUE(ClinicSettings::load(settings).isEmpty());
}

TEST(ClinicSheet, ClinicDetailsRefuseWhatCannotBePrintedAndSayWhichField)
{
    QTemporaryDir dir;
    const QString png = pngLogo(dir);
    ClinicDialog dialog(Clinic(), nullptr, [&](QWidget*, const QString&) { return png; });
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("clinicProblem"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("clinicName"));
    auto* logo = dialog.findChild<QLineEdit*>(QStringLiteral("clinicLogo"));
    ASSERT_TRUE(problem && name && logo);
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("clinicOk"));
    ASSERT_NE(accept, nullptr);
    EXPECT_TRUE(accept->isEnabled());

    name->setText(QString(81, QLatin1Char('N')));
    EXPECT_FALSE(accept->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("Clinic name: text is 81 characters long (expected at most 80 characters, as many as fit on the printed sheet)")))
        << problem->text().toStdString();
    name->setText(QStringLiteral("Riverside Physiotherapy"));
    EXPECT_TRUE(accept->isEnabled());

    const QString text = writeFile(dir, "notes.svg", "just some notes");
    logo->setText(text);
    EXPECT_FALSE(accept->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("notes.svg"))) << problem->text().toStdString();
    dialog.findChild<QPushButton*>(QStringLiteral("clinicChooseLogo"))->click();
    EXPECT_EQ(logo->text(), QDir::toNativeSeparators(png));
    EXPECT_TRUE(accept->isEnabled());
    EXPECT_TRUE(problem->isHidden());
    EXPECT_EQ(dialog.clinic().logoFile, png);
    EXPECT_EQ(dialog.clinic().name, u"Riverside Physiotherapy");
}

TEST(ClinicSheet, TheSheetDialogSaysWhereTheClinicComesFromAndTakesTheNextReview)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const Routine routine = Routine::defaultRoutine(content());
    SheetDialog dialog(SheetOptions::fromRoutine(routine), QStringLiteral("Print"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("sheetClinic"));
    auto* details = dialog.findChild<QPushButton*>(QStringLiteral("sheetClinicDetails"));
    ASSERT_TRUE(summary && details);
    EXPECT_TRUE(details->isHidden()) << "without settings there is nothing to edit";
    dialog.offerClinicSettings(&settings, false);
    EXPECT_FALSE(details->isHidden());
    EXPECT_EQ(summary->text(), u"None: add one with Clinic Details.");

    // Clinic Details, answered as a person would, is saved in Settings and printed.
    QTimer::singleShot(0, [] {
        auto* d = qobject_cast<ClinicDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        d->findChild<QLineEdit*>(QStringLiteral("clinicName"))->setText(QStringLiteral("Riverside"));
        d->accept();
    });
    details->click();
    EXPECT_EQ(summary->text(), u"Riverside, from Clinic Details");
    EXPECT_EQ(ClinicSettings::load(settings).name, u"Riverside");
    EXPECT_EQ(dialog.options().clinic.name, u"Riverside");

    dialog.findChild<QDateEdit*>(QStringLiteral("sheetNextReview"))->setDate(QDate(2027, 1, 15));
    EXPECT_EQ(dialog.options().nextReview, QDate(2027, 1, 15));

    // A routine with its own clinic keeps it; Settings still change for the other routines.
    SheetOptions own = SheetOptions::fromRoutine(routine);
    own.clinic.name = QStringLiteral("Routine Clinic");
    SheetDialog second(own, QStringLiteral("Print"));
    second.offerClinicSettings(&settings, true);
    EXPECT_EQ(second.findChild<QLabel*>(QStringLiteral("sheetClinic"))->text(), u"Routine Clinic, from the routine file");
    EXPECT_EQ(second.options().clinic.name, u"Routine Clinic");
    EXPECT_FALSE(second.options().nextReview.isValid());
}
