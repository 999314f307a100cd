#include "app/main_window.h"
#include "app/window_fit.h"

#include "app/presentation_mode.h"
#include "app/problem_banner.h"
#include "app/editor/routine_editor.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"

#include "app/anatomy_view.h"
#include "app/audio/audio_settings.h"
#include "app/audio/audio_sink.h"
#include "app/audio/cue_player.h"
#include "app/body_art.h"
#include "app/cautions_box.h"
#include "app/flash_overlay.h"
#include "app/labels.h"
#include "app/learn_view.h"
#include "app/safety_dialogs.h"
#include "app/session_controller.h"
#include "app/session_controls.h"
#include "app/session_column.h"
#include "app/session_panel.h"
#include "app/settings_dialog.h"
#include "app/sheet_dialog.h"
#include "app/sheet_renderer.h"
#include "app/technique_html.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/safety_validator.h"

#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {
// Before the history held the checks, a settings flag said "done" once and for ever; the history decides now.
const QString kLegacyRedFlagCheckDone = QStringLiteral("safety/redFlagCheckDone");
} // namespace

MainWindow::MainWindow(const ContentLibrary& content, Routine routine, QString problems, MainWindowServices services,
                       QWidget* parent)
    : QMainWindow(parent), m_content(content), m_art(std::make_unique<BodyArt>())
{
    if (!services.settings)
        m_ownSettings = std::make_unique<QSettings>();
    m_settings = services.settings ? services.settings : m_ownSettings.get();
    m_settings->remove(kLegacyRedFlagCheckDone);
    m_now = [] { return QDateTime::currentDateTimeUtc(); };
    m_timeZone = QTimeZone::systemTimeZone();
    if (!services.audio)
        m_ownAudio = std::make_unique<SoundEffectAudioSink>();
    AudioSink& audio = services.audio ? *services.audio : *m_ownAudio;

    m_controller = new SessionController(services.clock, this);
    const QString dataDir = services.dataDirectory.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : services.dataDirectory;
    m_history = new SessionHistory(m_content, dataDir, this);
    m_history->setNow(m_now);
    m_history->attach(m_controller);
    m_history->setDialogParent(this);
    m_cuePlayer = new CuePlayer(audio, AudioSettings::load(*m_settings), this);
    buildLayout();
    m_presentation =
        new PresentationMode({this, m_sidebar, m_body, m_pose, m_panel, m_controls, m_controller, m_cautions}, this);
    buildMenus();
    connect(m_presentation->toggleAction(), &QAction::toggled, this, [this] {
        distributeColumns();
        refresh();
    });
    m_flash = new FlashOverlay(centralWidget());

    connect(m_controller, &SessionController::changed, this, &MainWindow::refresh);
    connect(m_controller, &SessionController::cue, this, &MainWindow::onCue);
    connect(m_cuePlayer, &CuePlayer::visualCue, m_flash, &FlashOverlay::flash);
    connect(m_controls, &SessionControls::startPauseRequested, this, &MainWindow::startOrPause);
    connect(m_controls, &SessionControls::tenderSpotRequested, m_controller, &SessionController::tenderSpot);
    connect(m_controls, &SessionControls::releasedRequested, m_controller, &SessionController::released);
    connect(m_controls, &SessionControls::skipRequested, m_controller, &SessionController::skip);
    connect(m_controls, &SessionControls::backRequested, m_controller, &SessionController::back);
    connect(m_controls, &SessionControls::stopRequested, m_controller, &SessionController::stop);
    connect(m_controls, &SessionControls::safetyStopRequested, this, &MainWindow::safetyStop);
    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::previewExercise);
    connect(m_body, &AnatomyView::explained, this, [this](const HitInfo& info) {
        QMessageBox::information(this, info.title, info.text);
    });

    // The Done screen reports what the record says (holds, skipped items) and asks for tenderness inline.
    connect(m_history, &SessionHistory::recorded, m_panel, &SessionPanel::setRecord);
    m_history->setInlineHost(m_panel->tendernessHost());
    connect(m_history, &SessionHistory::changed, m_panel, [this] { refresh(); });
    connect(m_history, &SessionHistory::saveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
    setRoutine(std::move(routine));
    const QString historyProblems = m_history->loadReport();
    if (!problems.isEmpty() || !historyProblems.isEmpty())
        showProblems(QStringList{problems, historyProblems}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char('\n')));
    // As large as is comfortable, but never taller than the screen: the safety stop must stay visible.
    fitToScreen(this, QSize(1280, 820));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new ProblemBanner(central);
    layout->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Horizontal, central);
    m_split = split;
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->setChildrenCollapsible(false);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });
    auto* left = new QSplitter(Qt::Vertical, split);
    m_sidebar = left;
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setAccessibleName(tr("Exercises in this routine"));
    m_list->setWordWrap(true);
    m_details = new QTextBrowser(left);
    m_details->setObjectName(QStringLiteral("techniqueDetails"));
    m_details->setAccessibleName(tr("Technique steps"));
    m_body = new AnatomyView(m_content, *m_art, split);
    m_body->setObjectName(QStringLiteral("bodyView"));
    m_pose = new AnatomyView(m_content, *m_art);
    m_pose->setObjectName(QStringLiteral("poseView"));
    m_pose->setAccessibleName(tr("Position on the roller"));
    m_pose->setMinimumSize(240, 100);
    m_panel = new SessionPanel(m_content);
    m_cautions = new CautionsBox;
    m_cautions->hide(); // the sidebar shows the cautions; presentation mode, which hides it, shows this box
    // No scrolling anywhere in a session: the column fits the words and gives the pose what is left.
    m_column = new SessionColumn(m_pose, m_panel, m_cautions, split);
    // While a session runs the sidebar trades the long technique text (one key away: I) for the cautions.
    m_sideCautions = new CautionsBox(left);
    m_sideCautions->setObjectName(QStringLiteral("sidebarCautions"));
    m_sideCautions->hide();
    left->setMinimumWidth(280);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);
    m_controls = new SessionControls(central);
    layout->addWidget(m_controls);
    setCentralWidget(central);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    distributeColumns();
}

void MainWindow::distributeColumns()
{
    // The standing figure is portrait: it needs little more width than half its height. Whatever it does not
    // need goes to the session's words, so the countdown and the step can be large. A splitter the user moved
    // stays where they put it.
    if (m_userSplit || !m_split)
        return;
    const int total = m_split->width() - 2 * m_split->handleWidth();
    const int side = m_sidebar->isVisibleTo(this) ? (total > 1700 ? 320 : 270) : 0;
    const int body = std::clamp(int(m_split->height() * 0.58), 260, std::max(260, (total - side) / 2));
    m_split->setSizes({side, body, std::max(320, total - side - body)});
}

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

void MainWindow::setRoutine(Routine routine)
{
    // Routines arrive validated (reader, editor); refusing an unsafe one here too means none can ever run.
    if (const auto unsafe = SafetyValidator::check(routine, m_content); !unsafe.empty()) {
        spdlog::error("refused an unsafe routine: {}", SafetyValidator::describe(unsafe).toStdString());
        showProblems(tr("This routine was not loaded because it is unsafe:\n%1").arg(SafetyValidator::describe(unsafe)));
        return;
    }
    if (m_controller->engine() && m_controller->engine()->isRunning())
        m_controller->stop();
    m_routine = std::move(routine);
    setWindowTitle(tr("%1 — Rollwise").arg(m_routine.title));
    m_controller->load(SessionPlan::build(m_routine, m_content));
    m_history->setRoutine(m_routine);
    m_list->clear();
    for (size_t i = 0; i < m_routine.exercises.size(); ++i) {
        const Exercise& e = m_routine.exercises[i];
        const Technique* t = m_routine.technique(e.techniqueId, m_content);
        m_list->addItem(QStringLiteral("%1. %2\n     %3")
                            .arg(i + 1)
                            .arg(t ? t->name : e.techniqueId, dosageSummary(m_routine, i, m_content)));
    }
    m_list->setCurrentRow(m_routine.exercises.empty() ? -1 : 0);
    refresh();
}

void MainWindow::previewExercise(int row)
{
    if (row < 0 || row >= int(m_routine.exercises.size())) {
        m_details->clear();
        return;
    }
    m_details->setHtml(exerciseHtml(m_routine, size_t(row), m_content));
    refresh();
}

void MainWindow::showProblems(const QString& text)
{
    m_banner->setProblems(text);
}

void MainWindow::refresh()
{
    const SessionEngine* e = m_controller->engine();
    m_controls->refresh(e);
    m_panel->refresh(e, m_routine);
    AnatomyFrame frame;
    if (e && e->isRunning()) {
        frame = frameFromEngine(*e, m_routine, m_content);
    } else if (const int row = m_list->currentRow(); row >= 0 && row < int(m_routine.exercises.size())) {
        // Between sessions the views preview the selected exercise.
        frame.technique = m_routine.technique(m_routine.exercises[size_t(row)].techniqueId, m_content);
        frame.side = m_routine.sidesFor(m_routine.exercises[size_t(row)], m_content).front();
    }
    if (frame.technique) {
        const auto views = frame.technique->views();
        m_body->setDisplay(Display::anatomy(views.empty() ? View::Posterior : views.front()));
        m_pose->setDisplay(Display::posed(m_content.poseFor(*frame.technique)));
    }
    m_body->setFrame(frame);
    m_pose->setFrame(frame);
    m_cautions->setTechnique(frame.technique);
    m_sideCautions->setTechnique(frame.technique);
    // From the first cue to the Done screen the sidebar holds no long text (the steps are one key away, I).
    const bool sessionScreen = e && e->phase() != Phase::Idle;
    m_details->setVisible(!sessionScreen);
    m_sideCautions->setVisible(sessionScreen && e->phase() != Phase::Complete);
    const bool done = e && e->phase() == Phase::Complete;
    m_column->setPoseShown(!done);
    // Nothing left to be careful about on the Done screen: its room goes to the summary and the ratings.
    m_cautions->setVisible(m_presentation->isActive() && !done);
    // The Done summary repeats the routine list, and on a small screen needs its width for the ratings.
    const bool sidebar = !m_presentation->isActive() && !done;
    if (m_sidebar->isVisibleTo(this) != sidebar) {
        m_sidebar->setVisible(sidebar);
        distributeColumns();
    }
    m_presentation->refreshZoom();
}

void MainWindow::onCue(const CueEvent& e)
{
    m_panel->showReminder(e);
    const Technique* t = e.exercise >= 0 && e.exercise < int(m_routine.exercises.size())
                             ? m_routine.technique(m_routine.exercises[size_t(e.exercise)].techniqueId, m_content)
                             : nullptr;
    m_panel->announce(e, t ? t->name : QString());
    m_cuePlayer->onCue(e);
    if (e.exercise >= 0 && e.exercise < m_list->count() && e.exercise != m_list->currentRow())
        m_list->setCurrentRow(e.exercise);
    if (!m_cuePlayer->soundAvailable() && !m_audioWarningShown) {
        m_audioWarningShown = true;
        statusBar()->showMessage(tr("No audio output found: cues are shown as screen flashes."));
    }
    if (e.type == CueType::SafetyStop) {
        auto* advice = new StopAdvice(m_content, m_panel->floors().stepPx, this);
        advice->setAttribute(Qt::WA_DeleteOnClose);
        advice->open();
    }
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

void MainWindow::startOrPause()
{
    const SessionEngine* e = m_controller->engine();
    if (e && e->isRunning()) {
        m_controller->togglePause();
        return;
    }
    proceedToStart();
}

void MainWindow::setWallClock(std::function<QDateTime()> now, QTimeZone zone)
{
    m_now = std::move(now);
    m_timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_history->setNow(m_now);
}

StartVerdict MainWindow::startVerdict() const
{
    const HistoryStore& store = m_history->store();
    return decideStart(m_content.screening(), store.screenings(), store.sessions(), m_now(), m_timeZone,
                       m_routine.clearance);
}

void MainWindow::proceedToStart()
{
    if (m_controller->engine() && m_controller->engine()->isRunning())
        return;
    const StartVerdict v = startVerdict();
    switch (v.decision) {
    case StartDecision::MayStart: startSession(); return;
    case StartDecision::AnswerCheck: openCheck(recheckText(v.reason), true); return;
    case StartDecision::UrgentToday: showUrgentToday(); return;
    case StartDecision::AcknowledgeRepeatedStops: {
        auto* notice = new RepeatedStopsNotice(m_content, v.recentStops, this);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        connect(notice, &QDialog::accepted, this, [this] {
            m_history->recordScreening(ScreeningRecord::acknowledgement(m_now()));
            proceedToStart();
        });
        notice->open();
        return;
    }
    }
}

QString MainWindow::recheckText(RecheckReason reason) const
{
    switch (reason) {
    case RecheckReason::None: return {};
    case RecheckReason::FirstTime: return tr("Before your first session, please answer these questions.");
    case RecheckReason::Expired:
        return tr("It is more than %1 days since you last answered these questions.").arg(ScreeningRules::kRecheckAfterDays);
    case RecheckReason::AfterSafetyStop:
        return tr("A session was stopped for safety since you last answered these questions. Please answer them again "
                  "before you roll.");
    case RecheckReason::NotCleared:
        return tr("Last time a warning sign or condition stopped the session. Please answer the questions again.");
    case RecheckReason::ClearedOnce:
        return tr("A professional's clearance that you confirm covers one session. Please answer the questions again.");
    case RecheckReason::ClearanceGone:
        return tr("The clinician's clearance that allowed your last session is not in this routine. Please answer the "
                  "questions again.");
    }
    return {};
}

void MainWindow::showUrgentToday()
{
    const ScreeningAdvice& urgent = m_content.screening().advice(ScreeningTier::Urgent);
    auto* box = new QMessageBox(QMessageBox::Warning, urgent.title,
                                tr("%1\n\nToday you answered yes to a sign that needs a doctor. %2\n\n(Rollwise guidance)")
                                    .arg(urgent.title, urgent.advice),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("urgentToday"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::startSession()
{
    m_controller->load(SessionPlan::build(m_routine, m_content));
    m_controller->start();
}

void MainWindow::showRedFlagCheck()
{
    openCheck({}, true);
}

void MainWindow::openCheck(const QString& reason, bool startAfterwards)
{
    const QDate today = m_now().toTimeZone(m_timeZone).date();
    auto* check = new RedFlagCheck(m_content, m_routine.clearance, today, reason, this);
    check->setAttribute(Qt::WA_DeleteOnClose);
    connect(check, &QDialog::finished, this, [this, check, startAfterwards](int result) {
        const CheckAssessment a = check->assessment();
        // Every completed set of answers is kept, "Not now" included: an urgent "yes" must block the day.
        if (a.complete)
            m_history->recordScreening(ScreeningRecord::check(m_now(), a, check->answers(), check->confirmedCleared(),
                                                              m_routine.clearance));
        const bool running = m_controller->engine() && m_controller->engine()->isRunning();
        if (running && a.complete && !allowsSession(a.verdict)) {
            safetyStop(); // a warning sign answered mid-session (from the menu) ends it like the stop button
            return;
        }
        if (result == QDialog::Accepted && startAfterwards && !running)
            proceedToStart();
    });
    check->open();
}

void MainWindow::showLearn(QWidget* over)
{
    LearnView::open(m_content, *m_art, over ? over : this, m_controls->safetyStop());
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(AudioSettings::load(*m_settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AudioSettings s = dialog->settings();
        s.save(*m_settings);
        m_cuePlayer->setSettings(s);
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

void MainWindow::safetyStop()
{
    spdlog::warn("session stopped by the user for sharp pain, numbness or tingling");
    m_controller->safetyStop();
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
