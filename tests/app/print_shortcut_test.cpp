// SPDX-License-Identifier: GPL-3.0-or-later
// QKeySequence::Print prints in every window (issue 14): the player, the routine editor, the Learn window and
// the progress window each open a print preview of what they show, and in none of them does another action
// take the key (the editor's "Use in Player" once did).
#include "app/anatomy/body_art.h"
#include "app/editor/routine_document.h"
#include "app/editor/routine_editor.h"
#include "app/history/progress_view.h"
#include "app/learn/learn_view.h"
#include "app/window/main_window.h"
#include "app/sheet/sheet_dialog.h"
#include "process_runner.h"
#include "window_harness.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <map>

using namespace rollwise;
using rollwise::test::ProcessRun;
using rollwise::test::runProcess;
using rollwise::test::runRollwise;

namespace {
// What pressing Print led to: the modal dialogs it opened (the sheet's questions are answered with OK) and how
// many pages the print preview showed before it was cancelled.
struct PrintOutcome {
    bool askedForSheet = false;
    bool previewed = false;
    int previewPages = 0;
    QString documentName;
    QByteArray pdf; // what the preview's Print would have sent, printed to a PDF file instead
};

PrintOutcome pressPrint(QWidget* window, const QString& pdfPath, const std::function<void(SheetDialog*)>& answerSheet = {})
{
    PrintOutcome out;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* sheet = qobject_cast<SheetDialog*>(modal)) {
            out.askedForSheet = true;
            if (answerSheet)
                answerSheet(sheet);
            sheet->accept();
        } else if (auto* preview = qobject_cast<QPrintPreviewDialog*>(modal)) {
            if (auto* pages = preview->findChild<QPrintPreviewWidget*>()) {
                pages->updatePreview();
                out.previewPages = pages->pageCount();
            }
            out.documentName = preview->printer()->docName();
            QPrinter* printer = preview->printer();
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdfPath);
            emit preview->paintRequested(printer);
            QFile file(pdfPath);
            if (file.open(QIODevice::ReadOnly))
                out.pdf = file.readAll();
            out.previewed = true;
            preview->reject();
            answer.stop();
        }
    });
    answer.start();
    QTimer::singleShot(10000, &answer, [&] { // never hang the suite if nothing opens
        answer.stop();
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
    window->activateWindow();
    QTest::keySequence(window, QKeySequence(QKeySequence::Print));
    return out;
}

// The window an action belongs to: menus are windows of their own, so look past them.
QWidget* ownerWindow(QObject* o)
{
    for (; o; o = o->parent())
        if (auto* w = qobject_cast<QWidget*>(o); w && w->isWindow() && !qobject_cast<QMenu*>(w))
            return w;
    return nullptr;
}

// Every shortcut of `window`'s actions, with the actions bound to it: Print must belong to "actionPrint" only,
// and no key may be bound twice (Qt then triggers neither).
void expectPrintIsPrintOnly(QWidget* window)
{
    const QList<QKeySequence> print = QKeySequence::keyBindings(QKeySequence::Print);
    std::map<QString, QStringList> bound;
    int printActions = 0;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (ownerWindow(a) != window)
            continue; // a child window's (the Learn window's Print is its own)
        for (const QKeySequence& k : a->shortcuts()) {
            bound[k.toString()] << a->objectName() + QLatin1Char('/') + a->text();
            if (print.contains(k)) {
                ++printActions;
                EXPECT_EQ(a->objectName(), QStringLiteral("actionPrint")) << qPrintable(a->text());
            }
        }
    }
    EXPECT_EQ(printActions, 1) << qPrintable(window->objectName());
    for (const auto& [key, actions] : bound)
        EXPECT_EQ(actions.size(), 1) << qPrintable(key) << " is bound to " << qPrintable(actions.join(QStringLiteral(", ")));
}

// Where a printout goes: the test's folder, or ROLLWISE_LAYOUT_SCREENSHOTS to look at it.
QString printoutPath(const QTemporaryDir& dir, const char* name)
{
    const char* keep = std::getenv("ROLLWISE_LAYOUT_SCREENSHOTS");
    return QStringLiteral("%1/print-%2.pdf").arg(keep ? QString::fromLocal8Bit(keep) : dir.path(), QString::fromLatin1(name));
}

bool isPdf(const QByteArray& bytes)
{
    return bytes.startsWith("%PDF-") && bytes.size() > 2000;
}

struct PrintWindows : test::WindowHarness {
    PrintWindows()
    {
        seedClearScreening();
        open();
        window->show();
        QApplication::setActiveWindow(window.get());
    }
};
} // namespace

TEST(PrintShortcut, PrintsTheRoutineSheetFromThePlayer)
{
    PrintWindows w;
    expectPrintIsPrintOnly(w.window.get());
    const PrintOutcome out = pressPrint(w.window.get(), printoutPath(w.dir, "player"));
    EXPECT_TRUE(isPdf(out.pdf));
    EXPECT_TRUE(out.askedForSheet);
    ASSERT_TRUE(out.previewed);
    EXPECT_GE(out.previewPages, 1);
    EXPECT_EQ(out.documentName, w.routine.title);
}

TEST(PrintShortcut, PrintsTheEditedRoutineFromTheEditorAndNeverAnUnsafeOne)
{
    PrintWindows w;
    RoutineEditor* editor = w.window->editRoutine();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    expectPrintIsPrintOnly(editor);
    // "Use in Player" moved off Ctrl+P.
    auto* use = editor->findChild<QAction*>(QStringLiteral("actionUseInPlayer"));
    ASSERT_NE(use, nullptr);
    EXPECT_FALSE(QKeySequence::keyBindings(QKeySequence::Print).contains(use->shortcut()));
    EXPECT_FALSE(use->shortcut().isEmpty());

    editor->document()->setRoutineField(RoutineField::Title, QStringLiteral("Edited, not yet saved"));
    const PrintOutcome out = pressPrint(editor, printoutPath(w.dir, "editor"));
    EXPECT_TRUE(isPdf(out.pdf));
    EXPECT_TRUE(out.askedForSheet);
    ASSERT_TRUE(out.previewed);
    EXPECT_GE(out.previewPages, 1);
    EXPECT_EQ(out.documentName, QStringLiteral("Edited, not yet saved")); // what is on screen, not the player's

    // With a problem to fix, Print is off, like "Use in Player", and the key opens nothing.
    Exercise tooLong = editor->document()->routine().exercises[0];
    tooLong.holdSeconds = 200;
    editor->document()->setExercise(0, tooLong, ExerciseField::Hold);
    ASSERT_TRUE(editor->document()->hasErrors());
    EXPECT_FALSE(editor->findChild<QAction*>(QStringLiteral("actionPrint"))->isEnabled());
    const PrintOutcome refused = pressPrint(editor, printoutPath(w.dir, "refused"));
    EXPECT_FALSE(refused.askedForSheet);
    EXPECT_FALSE(refused.previewed);
    editor->document()->undoStack()->setClean(); // close without asking about the changes
    editor->close();
}

TEST(PrintShortcut, PrintsTheLearnTopicWithItsDiagram)
{
    PrintWindows w;
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    auto* learn = w.window->findChild<LearnView*>();
    ASSERT_NE(learn, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(learn));
    expectPrintIsPrintOnly(learn);
    learn->topicList()->setCurrentRow(1);
    const std::unique_ptr<QTextDocument> doc = learn->printableTopic();
    const LearnTopic& topic = learn->topics()[1];
    EXPECT_EQ(doc->metaInformation(QTextDocument::DocumentTitle), topic.title);
    // The title once, as the heading (the topic's text brings its own).
    const QString plain = doc->toPlainText();
    EXPECT_TRUE(plain.startsWith(topic.title)) << qPrintable(plain.left(80));
    EXPECT_FALSE(plain.mid(topic.title.size()).trimmed().startsWith(topic.title));
    EXPECT_TRUE(doc->toPlainText().contains(topic.diagramDescription.left(40)));
    const QVariant diagram = doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("rollwise-learn-diagram")));
    EXPECT_FALSE(diagram.value<QImage>().isNull());
    const PrintOutcome out = pressPrint(learn, printoutPath(w.dir, "learn"));
    EXPECT_TRUE(isPdf(out.pdf));
    EXPECT_FALSE(out.askedForSheet);
    ASSERT_TRUE(out.previewed);
    EXPECT_GE(out.previewPages, 1);
    EXPECT_EQ(out.documentName, topic.title);
}

TEST(PrintShortcut, PrintsTheProgressCharts)
{
    PrintWindows w;
    w.window->showProgress();
    auto* progress = w.window->findChild<ProgressView*>();
    ASSERT_NE(progress, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(progress));
    expectPrintIsPrintOnly(progress);
    const QImage charts = progress->printableCharts();
    EXPECT_EQ(charts.size(), QSize(3000, 2340));
    // Printed on white whatever the theme: the corners are paper.
    EXPECT_EQ(charts.pixelColor(2, 2), QColor(Qt::white));
    const PrintOutcome out = pressPrint(progress, printoutPath(w.dir, "progress"));
    EXPECT_TRUE(isPdf(out.pdf));
    ASSERT_TRUE(out.previewed);
    EXPECT_EQ(out.previewPages, 1);
}

namespace {
// The words of each page, as pdftotext reads them, in alphabetical order: the preview's printer (1200 dpi) and
// the PDF writer (720 dpi) place a line a hair apart, and pdftotext then reads some lines (the footer, a column
// of bullets) in another order or with a blank line between them. Every word must still be there, as often.
QStringList pageTexts(const QString& pdf, int pages)
{
    QStringList out;
    for (int page = 1; page <= pages; ++page) {
        QStringList words = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                     QString::number(page), pdf, QStringLiteral("-")})
                                .out.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        words.sort();
        out << words.join(QLatin1Char(' '));
    }
    return out;
}

int pdfPages(const QString& pdf)
{
    const QString info = runProcess(QStringLiteral("pdfinfo"), {pdf}).out;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

// Issue 15, item 7: what the print preview shows and prints is what `rollwise --export-pdf` writes, page for
// page and word for word, on A4 and on US Letter.
TEST(PrintShortcut, ThePreviewShowsThePagesTheCommandLineExports)
{
    for (const auto& [paper, index] : {std::pair{"a4", 0}, std::pair{"letter", 1}}) {
        PrintWindows w;
        const PrintOutcome out = pressPrint(w.window.get(), printoutPath(w.dir, paper), [index = index](SheetDialog* d) {
            auto* page = d->findChild<QComboBox*>(QStringLiteral("sheetPage"));
            ASSERT_NE(page, nullptr);
            page->setCurrentIndex(index);
        });
        ASSERT_TRUE(out.previewed) << paper;
        const QString printed = printoutPath(w.dir, paper);
        const QString exported = w.dir.filePath(QStringLiteral("exported-%1.pdf").arg(QLatin1String(paper)));
        // In the language and locale of this test's process (runRollwise keeps the C locale, English).
        const ProcessRun cli = runRollwise({QStringLiteral("--export-pdf"), exported, QStringLiteral("--page"), QLatin1String(paper)});
        ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
        const int pages = pdfPages(exported);
        ASSERT_GE(pages, 1) << paper;
        EXPECT_EQ(out.previewPages, pages) << paper << ": the preview's page count";
        EXPECT_EQ(pdfPages(printed), pages) << paper;
        const QStringList fromPreview = pageTexts(printed, pages), fromExport = pageTexts(exported, pages);
        for (int i = 0; i < pages; ++i) {
            EXPECT_FALSE(fromExport.at(i).trimmed().isEmpty()) << paper << " page " << i + 1;
            EXPECT_EQ(fromPreview.at(i).toStdString(), fromExport.at(i).toStdString()) << paper << " page " << i + 1;
        }
        const QString size = runProcess(QStringLiteral("pdfinfo"), {printed}).out;
        EXPECT_TRUE(size.contains(QLatin1String(std::string_view(paper) == "a4" ? "(A4)" : "(letter)"))) << size.toStdString();
    }
}

// A card too long for its one page is never previewed on two: printing says why instead.
TEST(PrintShortcut, ACardTooLongForOnePageIsExplainedNotPreviewed)
{
    Routine routine = Routine::defaultRoutine(ContentLibrary::builtIn());
    const auto five = routine.exercises;
    for (int i = 0; i < 3; ++i)
        routine.exercises.insert(routine.exercises.end(), five.begin(), five.end());
    const BodyArt art;
    QWidget parent;
    parent.show();
    bool previewed = false;
    QString warning;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* sheet = qobject_cast<SheetDialog*>(modal)) {
            sheet->findChild<QComboBox*>(QStringLiteral("sheetLayout"))->setCurrentIndex(1);
            sheet->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            warning = box->text();
            box->accept();
        } else if (auto* preview = qobject_cast<QPrintPreviewDialog*>(modal)) {
            previewed = true;
            preview->reject();
        }
    });
    answer.start();
    printRoutineSheet(ContentLibrary::builtIn(), art, routine, &parent, {}, nullptr);
    answer.stop();
    EXPECT_FALSE(previewed);
    EXPECT_TRUE(warning.contains(QStringLiteral("20 exercise"))) << warning.toStdString(); // no English plural forms loaded here
}
