#include "app/main_window.h"

#include "app/labels.h"
#include "app/session_controller.h"
#include "app/technique_html.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/session_plan.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rollwise {

MainWindow::MainWindow(const ContentLibrary& content, Routine routine, QString problems,
                       SessionController* controller, QWidget* parent)
    : QMainWindow(parent), m_content(content), m_controller(controller ? controller : new SessionController(nullptr, this))
{
    if (m_controller->parent() == nullptr)
        m_controller->setParent(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;border:1px solid #f5c2c0;padding:8px;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* splitter = new QSplitter(central);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setAccessibleName(tr("Exercises in this routine"));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("techniqueDetails"));
    m_details->setAccessibleName(tr("Technique steps"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* controls = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start session"), central);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Start the guided session from the first exercise"));
    m_pause = new QPushButton(tr("&Pause"), central);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop = new QPushButton(tr("S&top"), central);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_phase = new QLabel(central);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_countdown = new QLabel(central);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    QFont big = m_phase->font();
    big.setPointSizeF(std::max(18.0, big.pointSizeF() * 1.8));
    big.setBold(true);
    m_phase->setFont(big);
    m_countdown->setFont(big);
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    controls->addWidget(m_phase);
    controls->addSpacing(16);
    controls->addWidget(m_countdown);
    layout->addLayout(controls);
    setCentralWidget(central);

    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::showExercise);
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_controller->load(SessionPlan::build(m_routine, m_content));
        m_controller->start();
    });
    connect(m_pause, &QPushButton::clicked, m_controller, &SessionController::togglePause);
    connect(m_stop, &QPushButton::clicked, m_controller, &SessionController::stop);
    connect(m_controller, &SessionController::changed, this, &MainWindow::refresh);
    connect(m_controller, &SessionController::cue, this, &MainWindow::onCue);

    buildMenus();
    setRoutine(std::move(routine));
    if (!problems.isEmpty())
        showProblems(problems);
    resize(1100, 720);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Routine…"), this, &MainWindow::openRoutine);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Export Routine File…"), this, &MainWindow::exportRoutine);
    file->addAction(tr("Use &Built-in Routine"), this, [this] {
        setRoutine(Routine::defaultRoutine(m_content));
        m_banner->hide();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rollwise"), this, [this] {
        QMessageBox::about(this, tr("About Rollwise"),
                           tr("<h3>Rollwise %1</h3><p>Foam rolling for lower-back relief: roll the muscles around "
                              "the lower back, never the lumbar spine.</p><p>%2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_content.disclaimer().toHtmlEscaped()));
    });
}

void MainWindow::setRoutine(Routine routine)
{
    if (m_controller->engine() && m_controller->engine()->isRunning())
        m_controller->stop();
    m_routine = std::move(routine);
    m_title->setText(m_routine.patient.isEmpty() ? m_routine.title
                                                 : tr("%1 — for %2").arg(m_routine.title, m_routine.patient));
    setWindowTitle(tr("%1 — Rollwise").arg(m_routine.title));
    m_list->clear();
    int n = 1;
    for (const Exercise& e : m_routine.exercises) {
        const Technique* t = m_routine.technique(e.techniqueId, m_content);
        m_list->addItem(QStringLiteral("%1. %2\n     %3")
                            .arg(n++)
                            .arg(t ? t->name : e.techniqueId, dosageSummary(e, m_routine, m_content)));
    }
    m_list->setCurrentRow(m_routine.exercises.empty() ? -1 : 0);
    refresh();
}

void MainWindow::showExercise(int row)
{
    if (row < 0 || row >= int(m_routine.exercises.size())) {
        m_details->clear();
        return;
    }
    m_details->setHtml(exerciseHtml(m_routine.exercises[size_t(row)], m_routine, m_content));
}

void MainWindow::showProblems(const QString& text)
{
    m_banner->setText(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_banner->show();
}

void MainWindow::refresh()
{
    const SessionEngine* e = m_controller->engine();
    const bool running = e && e->isRunning();
    m_start->setEnabled(!running);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_pause->setText(running && e->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_phase->setText(e ? phaseLabel(e->phase()) : phaseLabel(Phase::Idle));
    m_countdown->setText(running ? formatCountdown(e->remaining().count()) : QString());
}

void MainWindow::onCue(const CueEvent& e)
{
    if (e.exercise >= 0 && e.exercise != m_list->currentRow() && e.exercise < m_list->count())
        m_list->setCurrentRow(e.exercise);
}

void MainWindow::openRoutine()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Routine"), {}, tr("Rollwise routines (*.json)"));
    if (path.isEmpty())
        return;
    RoutineLoad load = RoutineReader(m_content).readFile(path);
    if (!load.routine) {
        spdlog::warn("could not open routine {}: {}", path.toStdString(), load.diagnostics.toText().toStdString());
        QMessageBox::warning(this, tr("Cannot open routine"), load.diagnostics.toText());
        return;
    }
    setRoutine(std::move(*load.routine));
    if (load.diagnostics.empty())
        m_banner->hide();
    else
        showProblems(load.diagnostics.toText());
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
