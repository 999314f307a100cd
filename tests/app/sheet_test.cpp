// SPDX-License-Identifier: GPL-3.0-or-later
// Printable routine sheets: layout rules (a technique never splits across pages), what a page shows in
// colour and in greyscale, and the exported PDF as poppler's own tools read it.
#include "app/anatomy/body_art.h"
#include "app/sheet/sheet_dialog.h"
#include "app/sheet/sheet_renderer.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "app_test_support.h"
#include "unsafe_routine.h"
#include "process_runner.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QDir>
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

// pdftotext breaks lines where the layout did; compare text with all white space removed. No ligature folding:
// the sheet prints none (sheet_text_test.cpp), and folding them here once hid that it did.
QString squash(QString s)
{
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
    EXPECT_EQ(SheetRenderer(content(), art(), r, SheetOptions::fromRoutine(r)).pageCount(), 4); // 6 before the flow layout of issue 15 (goal: 3)
}

TEST(SheetLayout, ALongRoutineFlowsOntoMorePages)
{
    Routine r = Routine::defaultRoutine(content());
    const auto five = r.exercises;
    r.exercises.insert(r.exercises.end(), five.begin(), five.end());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    EXPECT_GE(s.pageCount(), 7);
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
                    light += g > 120; // the red fill over skin, no label over it (labels are outside)
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
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+4\\n")))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"))))
        << info.out.toStdString();

    const auto text = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString all = squash(text.out);
    QStringList expected{QStringLiteral("Jane Q. Doe"), QStringLiteral("Dr Lee, PT"), QStringLiteral("Gentle first week"),
                         QStringLiteral("roll 60 s"), QStringLiteral("hold 30 s"), QStringLiteral("15-30"),
                         QStringLiteral("3-5 times a week"), QStringLiteral("DO NOT ROLL"), content().disclaimer(),
                         content().stopAdvice()};
    for (const Technique& t : content().techniques()) {
        expected << t.name << t.steps << t.cautions;
    }
    for (const TextItem& f : content().redFlags())
        expected << f.text;
    // A best practice the sheet already says elsewhere word for word (the frequency, the stop advice) is printed
    // once: every sentence of every practice is on the sheet, and those two sentences only once.
    for (const TextItem& b : content().bestPractices())
        expected << b.text.split(QRegularExpression(QStringLiteral("(?<=\\.)\\s+")), Qt::SkipEmptyParts);
    EXPECT_EQ(all.count(squash(content().dosage().frequencyText)), 1);
    EXPECT_EQ(all.count(squash(QStringLiteral("Foam rolling can be uncomfortable, but it should never be sharply painful."))), 1);
    // The check's urgent and ask-your-clinician tiers go home too, marked as Rollwise's own words.
    for (ScreeningTier tier : {ScreeningTier::Urgent, ScreeningTier::ClinicianFirst}) {
        const ScreeningAdvice& a = content().screening().advice(tier);
        expected << a.title + QStringLiteral(" (Rollwise guidance, not from the article)") << a.advice;
        for (const ScreeningSign* sign : content().screening().signs(tier))
            expected << sign->text;
    }
    for (const QString& e : expected)
        EXPECT_TRUE(all.contains(squash(e))) << "missing from the PDF: " << e.toStdString();
    // Our own guidance goes home marked as ours, once per text; the article's words carry no mark.
    int own = 0;
    for (const Exercise& e : Routine::defaultRoutine(content()).exercises) {
        const Technique* t = content().technique(e.techniqueId);
        ASSERT_NE(t, nullptr);
        const QString pressure = squash(QStringLiteral("Pressure: Rollwise tip: ") + t->pressure);
        EXPECT_EQ(all.contains(pressure), t->isOwnGuidance(QStringLiteral("pressure"))) << t->id.toStdString();
        for (const QString& f : t->ownGuidance)
            own += f == u"pressure" || f.startsWith(QStringLiteral("cautions")) ? 1 : 0;
    }
    EXPECT_GE(own, 4);
    EXPECT_EQ(all.count(squash(QStringLiteral("Rollwise tip"))), own);
}

TEST(SheetPdf, WhyTheseMusclesBoxHasEachGroupOfTheRoutineOnceAndPageOneTheLumbarReasons)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.push_back(r.exercises.front()); // a group twice in the routine is explained once
    r.exercises.erase(r.exercises.begin() + 1);  // and one left out is not explained at all
    const Technique* left = content().technique(Routine::defaultRoutine(content()).exercises.at(1).techniqueId);
    ASSERT_NE(left, nullptr);
    const SheetRenderer sheet(content(), art(), r, SheetOptions::fromRoutine(r));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("why.pdf"));
    ASSERT_EQ(sheet.exportPdf(pdf), QString());
    const QString all = squash(runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    EXPECT_EQ(all.count(squash(QStringLiteral("Why these muscles, never the lower back"))), 1);
    int groups = 0;
    for (const MuscleGroup& g : content().muscleGroups()) {
        const QString line = squash(g.name + QStringLiteral(": ") + firstSentence(g.why));
        ASSERT_FALSE(firstSentence(g.why).isEmpty());
        EXPECT_LE(firstSentence(g.why).size(), g.why.size());
        if (g.id == left->groupId) {
            EXPECT_FALSE(all.contains(line)) << g.id.toStdString();
            continue;
        }
        EXPECT_EQ(all.count(line), 1) << g.id.toStdString();
        ++groups;
    }
    EXPECT_EQ(groups, int(content().muscleGroups().size()) - 1);
    const ContraindicatedZone* lumbar = content().zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    // Each reason once, by its title and first sentence, in page 1's red box; the box at the end does not repeat
    // them.
    ASSERT_EQ(lumbar->reasons.size(), 4u);
    for (const Reason& reason : lumbar->reasons) {
        EXPECT_EQ(all.count(squash(reason.title + QStringLiteral(": ") + firstSentence(reason.text))), 1)
            << reason.title.toStdString();
        EXPECT_EQ(all.count(squash(reason.title)), 1) << reason.title.toStdString();
    }
    // Shortened by design: the first sentence of a longer "why" ends where that sentence ends.
    EXPECT_EQ(firstSentence(QStringLiteral("One. Two three.")), QStringLiteral("One."));
}

TEST(SheetPdf, RenderedPageHasRedWhereTheLumbarZoneIsDrawn)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(runRollwise({QStringLiteral("--export-pdf"), pdf}).exitCode, 0);
    const Routine r = Routine::defaultRoutine(content());
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    // The first page with a body diagram on it (the first may hold only the routine's header).
    int index = 0;
    while (index < s.pageCount() && s.lumbarMarks(index).empty())
        ++index;
    ASSERT_LT(index, s.pageCount()) << "no page draws the lumbar zone";
    const auto marks = s.lumbarMarks(index);
    const QString number = QString::number(index + 1);
    ASSERT_EQ(runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                                              QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                              pdf, dir.filePath(QStringLiteral("page"))})
                  .exitCode,
              0);
    const QDir out(dir.path());
    const QStringList pngs = out.entryList({QStringLiteral("page-*.png")});
    ASSERT_EQ(pngs.size(), 1);
    const QImage page(out.filePath(pngs.first()));
    ASSERT_FALSE(page.isNull());
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
    // The clinician's own technique says so, once; the built-in ones beside it do not.
    EXPECT_EQ(all.count(squash(QStringLiteral("Written by your clinician, not from the article."))), 1);
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
    const auto layout = runRollwise({QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--layout"),
                                     QStringLiteral("poster")});
    EXPECT_EQ(layout.exitCode, 2);
    EXPECT_TRUE(layout.err.contains(QStringLiteral("--layout poster: expected sheet or card"))) << layout.err.toStdString();
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

// Issue 15, small files: the built-in sheet was 917 KB, most of it art the figures' clips hide and strokes the
// PDF engine had turned into filled outlines; the goal is 400 KB (bytes / 1000, as ls -l counts), met at 396 KB
// once the art's outlines were written to the millimetre. The ceiling is the goal itself.
TEST(SheetPdf, TheBuiltInSheetStaysSmall)
{
    const Routine r = Routine::defaultRoutine(content());
    const SheetRenderer sheet(content(), art(), r, SheetOptions::fromRoutine(r));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("small.pdf"));
    ASSERT_EQ(sheet.exportPdf(pdf), QString());
    EXPECT_LE(QFileInfo(pdf).size(), 400 * 1000) << "docs/benchmarks.md, sheet size, says where the bytes go";
}

// Issue 15, items 6 and 7: --layout card writes the one-page card, on the paper and in the language asked for; the
// clinician's own routine fits too.
TEST(SheetPdf, TheCardFromTheCommandLineOnEveryPaperAndLanguage)
{
    QTemporaryDir dir;
    for (const char* routine : {"", ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"})
        for (const char* paper : {"a4", "letter"})
            for (const char* lang : {"en", "de"}) {
                const QString pdf = dir.filePath(QStringLiteral("card-%1-%2.pdf").arg(QLatin1String(paper), QLatin1String(lang)));
                QStringList args{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--layout"), QStringLiteral("card"),
                                 QStringLiteral("--page"), QLatin1String(paper), QStringLiteral("--lang"), QLatin1String(lang)};
                if (*routine)
                    args << QString::fromUtf8(routine);
                const auto r = runRollwise(args);
                ASSERT_EQ(r.exitCode, 0) << paper << " " << lang << " " << routine << ": " << r.err.toStdString();
                const QString info = runProcess(QStringLiteral("pdfinfo"), {pdf}).out;
                EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << info.toStdString();
                EXPECT_TRUE(info.contains(std::string_view(paper) == "a4" ? QStringLiteral("(A4)") : QStringLiteral("(letter)")))
                    << info.toStdString();
                const QString text = squash(runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
                EXPECT_TRUE(text.contains(std::string_view(lang) == "de" ? QStringLiteral("NICHTROLLEN") : QStringLiteral("DONOTROLL")))
                    << lang << ": " << text.toStdString();
            }
}

TEST(SheetPrinting, TheDialogOffersTheCard)
{
    SheetDialog dialog(SheetOptions::fromRoutine(exampleRoutine()), QStringLiteral("Print"));
    auto* layout = dialog.findChild<QComboBox*>(QStringLiteral("sheetLayout"));
    ASSERT_NE(layout, nullptr);
    EXPECT_EQ(dialog.options().layout, SheetLayout::Full);
    layout->setCurrentIndex(1);
    EXPECT_EQ(dialog.options().layout, SheetLayout::Card);
    SheetOptions card = SheetOptions::fromRoutine(exampleRoutine());
    card.layout = SheetLayout::Card;
    EXPECT_EQ(SheetDialog(card, QStringLiteral("Print")).options().layout, SheetLayout::Card);
}
