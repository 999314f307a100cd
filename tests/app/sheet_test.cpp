// Printable routine sheets: layout rules (a technique never splits across pages), what a page shows in
// colour and in greyscale, and the exported PDF as poppler's own tools read it.
#include "app/body_art.h"
#include "app/sheet_dialog.h"
#include "app/sheet_renderer.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "app_test_support.h"
#include "unsafe_routine.h"
#include "process_runner.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rollwise;

using test::art;
using test::content;

namespace {
using rollwise::test::runProcess;
using rollwise::test::runRollwise;

// pdftotext breaks lines and may hyphenate or use ligatures; compare text with all white space removed.
QString squash(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

bool isRed(QColor c)
{
    return test::isStrongRed(c);
}

Routine exampleRoutine()
{
    const RoutineLoad l = RoutineReader(content()).readFile(QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"));
    EXPECT_TRUE(l.routine.has_value());
    return *l.routine;
}
} // namespace

TEST(SheetLayout, EveryTechniqueSitsWhollyOnOnePage)
{
    for (const Routine& r : {Routine::defaultRoutine(content()), exampleRoutine()}) {
        for (QPageSize::PageSizeId page : {QPageSize::A4, QPageSize::Letter}) {
            SheetOptions o = SheetOptions::fromRoutine(r);
            o.page = page;
            const SheetRenderer s(content(), art(), r, o);
            const QSizeF size = s.pageSizePoints();
            const double margin = SheetRenderer::kMarginMm * 72.0 / 25.4;
            int techniques = 0;
            for (const auto& pl : s.placements()) {
                EXPECT_GE(pl.rect.top(), margin - 1e-6);
                EXPECT_LE(pl.rect.bottom(), size.height() - margin + 1e-6) << pl.block->techniqueId().toStdString();
                EXPECT_LT(pl.page, s.pageCount());
                techniques += pl.block->techniqueId().isEmpty() ? 0 : 1;
            }
            EXPECT_EQ(techniques, int(r.exercises.size()));
        }
    }
    const Routine r = Routine::defaultRoutine(content());
    EXPECT_EQ(SheetRenderer(content(), art(), r, SheetOptions::fromRoutine(r)).pageCount(), 5); // the urgent and ask-your-clinician tiers took a fifth page (issue 15 packs the sheet)
}

TEST(SheetLayout, ALongRoutineFlowsOntoMorePages)
{
    Routine r = Routine::defaultRoutine(content());
    const auto five = r.exercises;
    r.exercises.insert(r.exercises.end(), five.begin(), five.end());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    EXPECT_GE(s.pageCount(), 6);
}

TEST(SheetPage, LumbarZoneIsRedInColourAndStillHatchedInGreyscale)
{
    const Routine r = Routine::defaultRoutine(content());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    const double dpi = 150;
    int checked = 0;
    for (int page = 0; page < s.pageCount(); ++page) {
        const auto marks = s.lumbarMarks(page);
        if (marks.empty())
            continue;
        const QImage colour = s.pageImage(page, dpi);
        const QImage grey = colour.convertToFormat(QImage::Format_Grayscale8);
        for (const QRectF& mark : marks) {
            const QRect px = QRectF(mark.topLeft() * dpi / 72.0, mark.size() * dpi / 72.0).toAlignedRect();
            int red = 0;
            int light = 0;
            int dark = 0;
            for (int y = px.top(); y <= px.bottom(); ++y)
                for (int x = px.left(); x <= px.right(); ++x) {
                    red += isRed(colour.pixelColor(x, y));
                    const int g = qGray(grey.pixel(x, y));
                    light += g > 150;
                    dark += g < 90;
                }
            EXPECT_GT(red, 20) << "page " << page;
            // In greyscale the hatch still shows as dark stripes among lighter fill.
            EXPECT_GT(dark, 10) << "page " << page;
            EXPECT_GT(light, 10) << "page " << page;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 2 * 5); // a pose and a body diagram per technique
}

TEST(SheetPage, TextIsHighContrast)
{
    const Routine r = Routine::defaultRoutine(content());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    const QImage grey = s.pageImage(0, 150).convertToFormat(QImage::Format_Grayscale8);
    // The title's strokes are black on white.
    int black = 0;
    for (int y = 90; y < 140; ++y)
        for (int x = 90; x < 600; ++x)
            black += qGray(grey.pixel(x, y)) < 40;
    EXPECT_GT(black, 500);
}

TEST(SheetPdf, ExportsEveryTechniqueStepDosageAndRedFlagWithThePatientsName)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto r = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--patient"), QStringLiteral("Jane Q. Doe"),
                            QStringLiteral("--clinician"), QStringLiteral("Dr Lee, PT"), QStringLiteral("--notes"),
                            QStringLiteral("Gentle first week")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_LE(QFileInfo(pdf).size(), 1024 * 1024);

    const auto info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+5\\n")))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"))))
        << info.out.toStdString();

    const auto text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString all = squash(text.out);
    QStringList expected{QStringLiteral("Jane Q. Doe"), QStringLiteral("Dr Lee, PT"), QStringLiteral("Gentle first week"),
                         QStringLiteral("roll 60 s"), QStringLiteral("hold 30 s"), QStringLiteral("15-30"),
                         QStringLiteral("3-5 times a week"), QStringLiteral("DO NOT ROLL"), content().disclaimer(),
                         content().consultAdvice(), content().stopAdvice()};
    for (const Technique& t : content().techniques()) {
        expected << t.name << t.steps << t.cautions;
    }
    for (const TextItem& f : content().redFlags())
        expected << f.text;
    for (const TextItem& b : content().bestPractices())
        expected << b.text;
    // The check's urgent and ask-your-clinician tiers go home too, marked as Rollwise's own words.
    for (ScreeningTier tier : {ScreeningTier::Urgent, ScreeningTier::ClinicianFirst}) {
        const ScreeningAdvice& a = content().screening().advice(tier);
        expected << a.title + QStringLiteral(" (Rollwise guidance, not from the article)") << a.advice;
        for (const ScreeningSign* sign : content().screening().signs(tier))
            expected << sign->text;
    }
    for (const QString& e : expected)
        EXPECT_TRUE(all.contains(squash(e))) << "missing from the PDF: " << e.toStdString();
}

TEST(SheetPdf, RenderedPageHasRedWhereTheLumbarZoneIsDrawn)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(runRollwise({QStringLiteral("--export-pdf"), pdf}).exitCode, 0);
    ASSERT_EQ(runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                              pdf, dir.filePath(QStringLiteral("page"))})
                  .exitCode,
              0);
    const QImage page(dir.filePath(QStringLiteral("page-1.png")));
    ASSERT_FALSE(page.isNull());
    const Routine r = Routine::defaultRoutine(content());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    const auto marks = s.lumbarMarks(0);
    ASSERT_FALSE(marks.empty());
    for (const QRectF& m : marks) {
        int red = 0;
        const QRect px = m.toAlignedRect(); // 72 dpi: one pixel per point
        for (int y = px.top(); y <= px.bottom(); ++y)
            for (int x = px.left(); x <= px.right(); ++x)
                red += isRed(page.pixelColor(x, y));
        EXPECT_GT(red, 5);
    }
    // And nowhere near the top of the page, where only text is.
    int topRed = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < page.width(); ++x)
            topRed += isRed(page.pixelColor(x, y));
    EXPECT_EQ(topRed, 0);
}

TEST(SheetPdf, CustomRoutineOnLetterPaper)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("custom.pdf"));
    const auto r = runRollwise({QStringLiteral("--export-pdf"), pdf, QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"),
                            QStringLiteral("--page"), QStringLiteral("letter")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto info = runProcess(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("612(\\.\\d+)? x 792(\\.\\d+)? pts \\(letter\\)"))))
        << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+[3-9]\\n")))) << info.out.toStdString();
    const QString all = squash(runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    for (const char* s : {"Upper glute, short strokes", "Roll a few centimetres up and down over the upper glute only.",
                          "A. Patient", "B. Physio, PT", "Start light.", "12 passes"})
        EXPECT_TRUE(all.contains(squash(QString::fromUtf8(s)))) << s;
}

TEST(SheetPdf, ProblemsFailClearlyAndLeaveNoFileBehind)
{
    QTemporaryDir dir;
    const QString keep = dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile f(keep);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("previous sheet");
    }
    const auto bad = runRollwise({QStringLiteral("--export-pdf"), keep, QStringLiteral(ROLLWISE_TEST_DATA "/invalid.json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("unknown technique \"lumbar-roll\"")));
    QFile f(keep);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("previous sheet"));

    const auto unwritable = runRollwise({QStringLiteral("--export-pdf"), QStringLiteral("/nonexistent-dir/sheet.pdf")});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(unwritable.err.startsWith(QStringLiteral("/nonexistent-dir/sheet.pdf: cannot be"))) << unwritable.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-dir/sheet.pdf")));

    const auto page = runRollwise({QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page"),
                               QStringLiteral("a5")});
    EXPECT_EQ(page.exitCode, 2);
    EXPECT_TRUE(page.err.contains(QStringLiteral("expected a4 or letter")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    // Nothing but the one file we made is in the folder: no temporary leftovers.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

TEST(SheetPrinting, PrinterGetsTheSamePagesAndTheDialogIsPrefilledFromTheRoutine)
{
    Routine r = exampleRoutine();
    const SheetOptions prefilled = SheetOptions::fromRoutine(r);
    EXPECT_EQ(prefilled.patient, QStringLiteral("A. Patient"));
    EXPECT_EQ(prefilled.clinician, QStringLiteral("B. Physio, PT"));
    EXPECT_EQ(prefilled.date, QDate(2026, 11, 24));
    SheetDialog dialog(prefilled, QStringLiteral("Print"));
    auto* patient = dialog.findChild<QLineEdit*>(QStringLiteral("sheetPatient"));
    ASSERT_NE(patient, nullptr);
    EXPECT_EQ(patient->text(), QStringLiteral("A. Patient"));
    patient->setText(QStringLiteral("  Sam Other  "));
    dialog.findChild<QComboBox*>(QStringLiteral("sheetPage"))->setCurrentIndex(1);
    const SheetOptions chosen = dialog.options();
    EXPECT_EQ(chosen.patient, QStringLiteral("Sam Other"));
    EXPECT_EQ(chosen.clinician, QStringLiteral("B. Physio, PT"));
    EXPECT_EQ(chosen.page, QPageSize::Letter);

    // What File → Print… sends to a printer, captured as the printer's own PDF output.
    QTemporaryDir dir;
    const SheetRenderer sheet(content(), art(), r, chosen);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setFullPage(true);
    sheet.print(printer);
    const auto info = runProcess(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("printed.pdf"))});
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(sheet.pageCount())))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("(letter)"))) << info.out.toStdString();
    const QString text = squash(runProcess(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("printed.pdf")), QStringLiteral("-")}).out);
    EXPECT_TRUE(text.contains(squash(QStringLiteral("For: Sam Other"))));
}

TEST(SheetPdf, AnUnsafeRoutineIsNeverPrinted)
{
    Routine r = test::routineRollingTheLumbarSpine(content());
    const SheetRenderer sheet(content(), art(), r, SheetOptions::fromRoutine(r));
    EXPECT_FALSE(sheet.isSafe());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unsafe.pdf"));
    const QString error = sheet.exportPdf(path);
    EXPECT_TRUE(error.contains(QStringLiteral("Lumbar spine"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}
