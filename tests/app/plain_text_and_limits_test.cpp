// SPDX-License-Identifier: GPL-3.0-or-later
// Texts from routine files are plain text everywhere (a title written in HTML is shown as the literal
// string), and every printed field at its longest still fits the sheet: A4 and Letter, English and German
// content, without printing over the footer or past the edge of the paper.
#include "app/anatomy/body_art.h"
#include "app/text/labels.h"
#include "app/session/session_panel.h"
#include "app/sheet/sheet_dialog.h"
#include "app/sheet/sheet_renderer.h"
#include "app/text/technique_html.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/session_engine.h"
#include "app_test_support.h"
#include "process_runner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>


using namespace rollwise;
using test::art;
using test::content;

namespace {
const QString kHtmlTitle = QStringLiteral("<h1 style='color:red'>ROLL THE LOWER BACK</h1>");

// Words of the widest capital letter: about as wide as any text a clinician can type.
QString widest(int length)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += (i % 10 == 9) ? QLatin1Char(' ') : QLatin1Char('W');
    return s;
}

Routine longestRoutine(const ContentLibrary& lib)
{
    Routine r = Routine::defaultRoutine(lib);
    r.title = widest(SheetTextLimits::kTitle);
    r.patient = widest(SheetTextLimits::kPerson);
    r.clinician = widest(SheetTextLimits::kPerson);
    r.notes = widest(SheetTextLimits::kNotes);
    r.clearance = ClinicianClearance{widest(SheetTextLimits::kPerson), QDate(2026, 11, 20)};
    for (Exercise& e : r.exercises)
        e.notes = widest(SheetTextLimits::kExerciseNotes);
    return r;
}

ContentLibrary library(const QString& language)
{
    Diagnostics d;
    std::optional<ContentLibrary> lib = ContentLibrary::load(language, d);
    EXPECT_TRUE(lib) << d.toText().toStdString();
    return std::move(*lib);
}

void expectEverythingInsideItsPage(const SheetRenderer& s, const std::string& what)
{
    const QSizeF size = s.pageSizePoints();
    const double margin = SheetRenderer::kMarginMm * 72.0 / 25.4;
    EXPECT_TRUE(s.fitProblem().isEmpty()) << what << ": " << s.fitProblem().toStdString();
    for (const auto& pl : s.placements()) {
        EXPECT_LE(pl.rect.bottom(), size.height() - margin + 1e-6) << what;
        EXPECT_FALSE(pl.rect.intersects(s.footerRect())) << what;
    }
}
} // namespace

TEST(PlainText, AnHtmlTitleIsShownAsWrittenInTheSessionPanel)
{
    Routine r = Routine::defaultRoutine(content());
    r.title = kHtmlTitle;
    SessionPanel panel(content());
    panel.refresh(nullptr, r);
    const auto* title = panel.findChild<QLabel*>(QStringLiteral("techniqueName"));
    ASSERT_TRUE(title);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(title->text(), kHtmlTitle);
    for (const QLabel* l : panel.findChildren<QLabel*>()) {
        if (l->objectName() != u"stepText") { // built from escaped text, checked below
            EXPECT_EQ(l->textFormat(), Qt::PlainText) << l->objectName().toStdString();
        }
    }
}

TEST(SmallTruths, TheLastExercisesDosageNamesNoRestAndEarlierOnesDo)
{
    const Routine r = Routine::defaultRoutine(content());
    ASSERT_GE(r.exercises.size(), 2u);
    ASSERT_GT(r.exercises.back().restSeconds, 0); // the built-in routine stores one; it is never rested
    const QString rest = QStringLiteral("rest %1 s").arg(r.exercises.front().restSeconds);
    EXPECT_TRUE(dosageSummary(r, 0, content()).contains(rest)) << dosageSummary(r, 0, content()).toStdString();
    const QString last = dosageSummary(r, r.exercises.size() - 1, content());
    EXPECT_FALSE(last.contains(QStringLiteral("rest"))) << last.toStdString();
}

TEST(SmallTruths, TheDoneScreenNamesExactlyTheSidesGoneThrough)
{
    Routine r = Routine::defaultRoutine(content());
    r.exercises.resize(3);
    r.exercises[0].sides = SidesChoice::Right; // glutes, right only
    ManualClock clock;
    SessionEngine engine(SessionPlan::build(r, content()), clock);
    engine.start();
    while (engine.skip()) {
    }
    ASSERT_EQ(engine.phase(), Phase::Complete);
    SessionPanel panel(content());
    panel.refresh(&engine, r);
    QTextDocument doc;
    doc.setHtml(panel.stepText());
    const QStringList lines = doc.toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << doc.toPlainText().toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("— right side"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("— right and left side"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral("— both sides together"))) << lines[2].toStdString();
}

TEST(PlainText, TechniqueDetailsEscapeEveryTextOfACustomTechnique)
{
    Routine r = Routine::defaultRoutine(content());
    Technique t = *content().technique(QStringLiteral("glutes"));
    t.id = QStringLiteral("custom-glutes");
    t.custom = true;      // as the routine reader marks every technique of a routine file
    t.ownGuidance.clear(); // and a clinician's words are theirs, not Rollwise's
    t.name = kHtmlTitle;
    t.steps = QStringList{QStringLiteral("<b>bold?</b> & <i>more</i>")};
    t.cautions = QStringList{QStringLiteral("<script>x</script>")};
    r.customTechniques.push_back(t);
    Exercise& e = r.exercises.front();
    e.techniqueId = t.id;
    e.notes = QStringLiteral("<img src=x>");
    QTextDocument doc;
    doc.setHtml(exerciseHtml(r, 0, content()));
    const QString shown = doc.toPlainText();
    for (const QString& literal : {kHtmlTitle, QStringLiteral("<b>bold?</b> & <i>more</i>"),
                                   QStringLiteral("<script>x</script>"), QStringLiteral("<img src=x>")})
        EXPECT_TRUE(shown.contains(literal)) << literal.toStdString() << "\nin\n" << shown.toStdString();
    // A clinician's technique says whose words it is, and never borrows the built-in's Rollwise tips.
    EXPECT_TRUE(shown.contains(QStringLiteral("Written by your clinician, not from the article."))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Rollwise tip"))) << shown.toStdString();
}

TEST(PlainText, AnHtmlTitleIsPrintedAsWrittenOnTheSheet)
{
    Routine r = Routine::defaultRoutine(content());
    r.title = kHtmlTitle;
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(s.exportPdf(pdf), QString());
    const QString text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    EXPECT_TRUE(text.contains(QStringLiteral("<h1 style='color:red'>ROLL THE LOWER BACK</h1>"))) << text.left(400).toStdString();
}

TEST(SheetLimits, EveryFieldAtItsLimitFitsA4AndLetterInEnglishAndGerman)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const ContentLibrary lib = library(language);
        const Routine r = longestRoutine(lib);
        ASSERT_FALSE(RoutineReader(lib).validate(r, QStringLiteral("r.json")).hasErrors());
        for (QPageSize::PageSizeId page : {QPageSize::A4, QPageSize::Letter}) {
            SheetOptions o = SheetOptions::fromRoutine(r);
            o.page = page;
            const SheetRenderer s(lib, art(), r, o);
            expectEverythingInsideItsPage(s, language.toStdString() + (page == QPageSize::A4 ? " A4" : " Letter"));
        }
    }
}

TEST(SheetLimits, TextWithoutSpacesWrapsInsideThePage)
{
    Routine r = Routine::defaultRoutine(content());
    r.notes = QString(SheetTextLimits::kNotes, QLatin1Char('W'));
    r.title = QString(SheetTextLimits::kTitle, QLatin1Char('W'));
    const SheetRenderer s(content(), art(), r, SheetOptions::fromRoutine(r));
    expectEverythingInsideItsPage(s, "no spaces");
    const QImage page = s.pageImage(0, 72);
    const int margin = int(SheetRenderer::kMarginMm * 72.0 / 25.4);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = page.width() - margin + 3; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
    EXPECT_EQ(ink, 0) << "text printed into the right margin";
}

TEST(SheetLimits, ASheetThatCannotFitIsRefusedNotOverprinted)
{
    Routine r = Routine::defaultRoutine(content());
    SheetOptions o = SheetOptions::fromRoutine(r);
    o.notes = widest(100 * 1024);
    const SheetRenderer s(content(), art(), r, o);
    EXPECT_FALSE(s.fitProblem().isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    EXPECT_NE(s.exportPdf(pdf).indexOf(QStringLiteral("not exported")), -1);
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(SheetLimits, TheSheetDialogStopsAtTheLimitsAndSaysSo)
{
    SheetOptions initial;
    SheetDialog dialog(initial, QStringLiteral("Export"));
    auto* patient = dialog.findChild<QLineEdit*>(QStringLiteral("sheetPatient"));
    auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("sheetNotes"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("sheetLimits"));
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("sheetAccept"));
    ASSERT_TRUE(patient && notes && message && accept);
    EXPECT_EQ(patient->maxLength(), SheetTextLimits::kPerson);
    EXPECT_TRUE(message->isHidden());
    EXPECT_TRUE(accept->isEnabled());
    notes->setPlainText(QString(SheetTextLimits::kNotes + 1, QLatin1Char('x')));
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("%1 characters, at most %2 fit on the sheet")
                                             .arg(SheetTextLimits::kNotes + 1)
                                             .arg(SheetTextLimits::kNotes)))
        << message->text().toStdString();
    EXPECT_FALSE(accept->isEnabled());
    notes->setPlainText(QString(SheetTextLimits::kNotes, QLatin1Char('x')));
    EXPECT_TRUE(accept->isEnabled());
    EXPECT_TRUE(message->isHidden());
    patient->setText(QString(SheetTextLimits::kPerson + 10, QLatin1Char('x')));
    EXPECT_EQ(patient->text().size(), SheetTextLimits::kPerson);
    EXPECT_TRUE(message->text().contains(QStringLiteral("Patient: at most %1 characters").arg(SheetTextLimits::kPerson)));
}

TEST(SmallTruths, TheDosagePrintsThePrescriptionAndTheArticlesRangeOnlyWhereItDiffers)
{
    Routine r = Routine::defaultRoutine(content());
    const QString usual = dosageSummary(r, 0, content());
    EXPECT_TRUE(usual.contains(QStringLiteral("hold %1 s").arg(r.exercises[0].holdSeconds))) << usual.toStdString();
    EXPECT_FALSE(usual.contains(QStringLiteral("article"))) << usual.toStdString();
    EXPECT_FALSE(usual.contains(QStringLiteral("sets"))) << usual.toStdString();
    EXPECT_EQ(frequencySummary(r, content()), QStringLiteral("3-5 times a week"));

    r.exercises[0].holdSeconds = 5;
    r.exercises[0].sets = 2;
    r.exercises[0].sessionsPerWeek = 7;
    r.sessionsPerWeek = 4;
    const QString prescribed = dosageSummary(r, 0, content());
    EXPECT_TRUE(prescribed.contains(QStringLiteral("hold 5 s (the article suggests 15-30 s)"))) << prescribed.toStdString();
    EXPECT_TRUE(prescribed.contains(QStringLiteral("2 sets"))) << prescribed.toStdString();
    EXPECT_TRUE(prescribed.contains(QStringLiteral("7 times a week"))) << prescribed.toStdString();
    EXPECT_EQ(frequencySummary(r, content()), QStringLiteral("4 times a week"));
    r.sessionsPerWeek = 2;
    EXPECT_EQ(frequencySummary(r, content()), QStringLiteral("2 times a week (the article suggests 3-5)"));

    // The printed sheet says the same.
    const BodyArt art;
    const SheetRenderer sheet(content(), art, r, SheetOptions::fromRoutine(r));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    ASSERT_EQ(sheet.exportPdf(pdf), QString());
    const auto text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QString flat = text.out.simplified();
    for (const char* expected : {"hold 5 s (the article suggests 15-30 s)", "How often: 2 times a week (the article suggests 3-5)",
                                 "aim for 2 times a week (the article suggests 3-5)"})
        EXPECT_TRUE(flat.contains(QString::fromLatin1(expected))) << expected << "\n" << flat.toStdString();
}
