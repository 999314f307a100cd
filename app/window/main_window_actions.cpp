// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and what they open: files (open, edit, export, print), the dialogs of the Session menu
// and Help. The window itself (layout, refresh, cues) is main_window.cpp; starting a session, main_window_start.cpp.
#include "app/window/main_window.h"

#include "app/anatomy/body_art.h"
#include "app/editor/routine_editor.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/learn/learn_view.h"
#include "app/session/presentation_mode.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_panel.h"
#include "app/sheet/sheet_dialog.h"
#include "app/sheet/sheet_renderer.h"
#include "app/text/technique_html.h"
#include "app/window/problem_banner.h"
#include "app/window/settings_dialog.h"
#include "app/window/window_fit.h"
#include "audio/audio_settings.h"
#include "audio/cue_player.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/session_engine.h"

#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rollwise {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Routine…"), QKeySequence::Open, this, &MainWindow::openRoutine);
    file->addAction(tr("&Edit Routine…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::editRoutine);
    file->addAction(tr("&Export Routine File…"), this, &MainWindow::exportRoutine);
    file->addSeparator();
    file->addAction(tr("&Print Routine Sheet…"), QKeySequence::Print, this, &MainWindow::printSheet)
        ->setObjectName(QStringLiteral("actionPrint")); // the name every window's Print has (print_preview.h)
    file->addAction(tr("Export Routine Sheet as P&DF…"), this, &MainWindow::exportSheetPdf);
    file->addAction(tr("Use &Built-in Routine"), this, [this] {
        setRoutine(Routine::defaultRoutine(m_content));
        m_banner->hide();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(tr("&Safety Check…"), this, &MainWindow::showRedFlagCheck);
    session->addAction(tr("Sound and &Cues…"), this, &MainWindow::showSettings);
    session->addAction(tr("&Progress…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::showProgress);

    QAction* steps = session->addAction(tr("All &Steps of This Exercise…"), QKeySequence(Qt::Key_I), this, &MainWindow::showAllSteps);
    steps->setObjectName(QStringLiteral("actionAllSteps"));
    steps->setShortcutContext(Qt::WindowShortcut);
    addAction(steps); // works while presentation mode hides the menu bar

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_presentation->addActions(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1: the conventional help key, and free (the session keys are single letters, arrows, Space, Escape,
    // F11 and F12). Window-wide, so it works while presentation mode hides the menu bar.
    QAction* learn = help->addAction(tr("&Learn…"), QKeySequence(Qt::Key_F1), this, [this] { showLearn(); });
    learn->setObjectName(QStringLiteral("actionLearn"));
    learn->setShortcutContext(Qt::WindowShortcut);
    addAction(learn);
    help->addAction(tr("&Questions and Answers"), this, [this] {
        QString html;
        for (const FaqEntry& f : m_content.faq())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(f.question.toHtmlEscaped(), f.answer.toHtmlEscaped());
        QMessageBox::information(this, tr("Questions and answers"), html);
    });
    help->addAction(tr("&About Rollwise"), this, [this] {
        QMessageBox::about(this, tr("About Rollwise"),
                           tr("<h3>Rollwise %1</h3><p>Foam rolling for lower-back relief: roll the muscles around "
                              "the lower back, never the lumbar spine.</p><p>%2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_content.disclaimer().toHtmlEscaped()));
    });
}

RoutineEditor* MainWindow::editRoutine()
{
    auto* editor = new RoutineEditor(m_content, RoutineEditorServices{m_settings, {}}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->editRoutine(m_routine, QString());
    connect(editor, &RoutineEditor::useRoutineRequested, this, &MainWindow::setRoutine);
    connect(editor, &RoutineEditor::routineSaved, this, [this](const Routine& r, const QString&) { setRoutine(r); });
    editor->show();
    return editor;
}

void MainWindow::showProgress()
{
    m_history->showProgress(this);
}

void MainWindow::showLearn(QWidget* over)
{
    LearnView::open(m_content, *m_art, over ? over : this, m_controls->safetyStop());
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(AudioSettings::load(*m_settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSpeechStatus(speechStatus());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AudioSettings s = dialog->settings();
        s.save(*m_settings);
        m_cuePlayer->setSettings(s);
        applySpeechSettings(s);
        applyVoiceSettings(s);
    });
    dialog->open();
}

void MainWindow::showAllSteps()
{
    const SessionEngine* e = m_controller->engine();
    const int index = e && e->isRunning() ? e->exerciseIndex() : m_list->currentRow();
    if (index < 0 || index >= int(m_routine.exercises.size()))
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("allStepsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("All steps"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setHtml(exerciseHtml(m_routine, size_t(index), m_content));
    QFont f = text->font();
    f.setPixelSize(m_panel->floors().stepPx);
    text->setFont(f);
    layout->addWidget(text);
    auto* close = new QPushButton(tr("Close"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    fitToScreen(dialog, QSize(900, 700));
    dialog->open();
}

void MainWindow::openRoutine()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Routine"), {}, tr("Rollwise routines (*.json)"));
    if (path.isEmpty())
        return;
    RoutineLoad load = RoutineReader(m_content).readFile(path);
    if (!load.routine) {
        spdlog::warn("could not open routine {}: {}", path.toStdString(), load.diagnostics.toText().toStdString());
        QMessageBox::warning(this, tr("Cannot open routine"), load.diagnostics.toReadableText());
        return;
    }
    setRoutine(std::move(*load.routine));
    if (load.diagnostics.empty())
        m_banner->hide();
    else
        showProblems(load.diagnostics.toReadableText());
}

void MainWindow::printSheet()
{
    printRoutineSheet(m_content, *m_art, m_routine, this, [this](QWidget* over) { showLearn(over); }, m_settings);
}

void MainWindow::exportSheetPdf()
{
    SheetDialog dialog(m_routine, m_settings, tr("Export"), this);
    connect(&dialog, &SheetDialog::learnRequested, this, [this, &dialog] { showLearn(&dialog); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Routine Sheet"),
                                                      m_routine.title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = SheetRenderer(m_content, *m_art, m_routine, dialog.options()).exportPdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export the sheet"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportRoutine()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Routine File"), QStringLiteral("routine.json"),
                                                      tr("Rollwise routines (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = RoutineWriter::save(m_routine, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save routine"), error);
}

} // namespace rollwise
