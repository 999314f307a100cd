// SPDX-License-Identifier: GPL-3.0-or-later
// The window: its layout, what it shows as the session runs, and the cues. Its menus and their dialogs are in
// main_window_actions.cpp, the start gate in main_window_start.cpp.
#include "app/window/main_window.h"
#include "app/window/window_fit.h"

#include "app/session/presentation_mode.h"
#include "app/window/problem_banner.h"
#include "app/editor/routine_editor.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"

#include "app/anatomy/anatomy_view.h"
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "audio/text_to_speech_speaker.h"
#include "app/voice/voice_control.h"
#include "app/anatomy/body_art.h"
#include "app/session/cautions_box.h"
#include "app/session/flash_overlay.h"
#include "app/text/labels.h"
#include "app/learn/learn_view.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_column.h"
#include "app/session/session_panel.h"
#include "app/window/settings_dialog.h"
#include "app/sheet/sheet_dialog.h"
#include "app/sheet/sheet_renderer.h"
#include "app/text/technique_html.h"
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
    m_audio = &audio;
    m_mayOwnSpeaker = !services.audio && !services.speaker;
    setUpSpeech(services.speaker);
    buildLayout();
    m_presentation =
        new PresentationMode({this, m_sidebar, m_body, m_pose, m_panel, m_controls, m_controller, m_cautions}, this);
    buildMenus();
    connect(m_presentation->toggleAction(), &QAction::toggled, this, [this] {
        distributeColumns();
        refresh();
    });
    m_flash = new FlashOverlay(centralWidget());
    setUpVoice();

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

MainWindow::~MainWindow()
{
    // The owned speaker goes before the children that point at it.
    m_cuePlayer->setSpeaker(nullptr);
    m_voice->setSpeaker(nullptr);
}

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

} // namespace rollwise
