// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: the routine on the left, the body diagram and the technique's pose in the middle, the
// session's words on the right and its controls below. It presents core state and forwards requests to
// the session controller; decisions (timing, safety, content) live in core. One class in four files:
// main_window.cpp (layout, refresh, cues), main_window_actions.cpp (menus and the dialogs they open),
// main_window_start.cpp (the start gate and the safety stop) and main_window_voice.cpp (voice commands).

#include "core/routine.h"
#include "core/safety/start_decision.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimeZone>

#include <functional>

#include <memory>

class QLabel;
class QListWidget;
class QSettings;
class QSplitter;
class QTextBrowser;

namespace rollwise {

class AnatomyView;
class AudioSink;
class BodyArt;
class CautionsBox;
class Clock;
class ContentLibrary;
class CuePlayer;
class Speaker;
class TextToSpeechSpeaker;
class FlashOverlay;
class PresentationMode;
class ProblemBanner;
class RoutineEditor;
class SessionHistory;
class SessionControls;
class SessionController;
class SessionColumn;
class SessionPanel;
class VoiceControl;
class VoiceToast;
struct AudioSettings;
struct CueEvent;

// What the window needs from the outside world; tests pass fakes, the program passes nothing.
struct MainWindowServices {
    const Clock* clock = nullptr;  // null: the monotonic clock
    AudioSink* audio = nullptr;    // null: real audio output through QSoundEffect
    QSettings* settings = nullptr; // null: the user's settings
    QString dataDirectory;         // session history; empty: QStandardPaths::AppDataLocation
    // null: with the real audio output, Qt TextToSpeech (loaded only when spoken prompts are wanted); with a
    // given sink, no speech engine (the recorded prompts).
    Speaker* speaker = nullptr;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // problems: diagnostics from loading the requested routine, shown in a banner (empty: none).
    MainWindow(const ContentLibrary& content, Routine routine, QString problems = {}, MainWindowServices services = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const Routine& routine() const { return m_routine; }
    void setRoutine(Routine routine);
    SessionController* controller() const { return m_controller; }
    SessionPanel* sessionPanel() const { return m_panel; }
    SessionControls* controls() const { return m_controls; }
    AnatomyView* bodyView() const { return m_body; }
    AnatomyView* poseView() const { return m_pose; }
    CuePlayer* cuePlayer() const { return m_cuePlayer; }
    Speaker* speaker() const { return m_speaker; }
    FlashOverlay* flashOverlay() const { return m_flash; }
    PresentationMode* presentation() const { return m_presentation; }
    SessionHistory* history() const { return m_history; }
    VoiceControl* voice() const { return m_voice; }
    VoiceToast* voiceToast() const { return m_voiceToast; }

    // Wall-clock time (UTC) for the history and the safety check, and the zone whose day an urgent sign blocks;
    // the system's by default, tests inject both.
    void setWallClock(std::function<QDateTime()> now, QTimeZone zone);
    // What a start would need now (core's decideStart on this window's history, time and routine).
    StartVerdict startVerdict() const;

public slots:
    // Start (after the safety check or the repeated-stops notice when they are due), pause or resume.
    void startOrPause();
    // Opens the routine editor on the current routine; what it saves or hands back becomes the routine here.
    RoutineEditor* editRoutine();
    void showProgress();
    void showRedFlagCheck();
    void showSettings();
    // Every step of the exercise on screen (the session panel shows only the phase's own, large): I.
    void showAllSteps();
    // The Learn window; over a modal dialog (the sheet's) it opens on that dialog so it can be used.
    void showLearn(QWidget* over = nullptr);

private slots:
    void onCue(const rollwise::CueEvent& e);
    void refresh();
    void openRoutine();
    void exportRoutine();
    void printSheet();
    void exportSheetPdf();
    void safetyStop();
    // A recognised voice command, acted on exactly as its key would be, then confirmed (sound, toast, screen
    // reader).
    void onVoiceCommand(const QString& commandId, const QString& phrase);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void distributeColumns();
    void buildMenus();
    void startSession();
    // Runs the start decision and opens whatever it asks for; starts the session once nothing is left.
    void proceedToStart();
    void openCheck(const QString& reason, bool startAfterwards);
    void showUrgentToday();
    QString recheckText(RecheckReason reason) const;
    void showProblems(const QString& text);
    void previewExercise(int row);
    void setUpVoice();
    void setUpSpeech(Speaker* given);
    void applySpeechSettings(const AudioSettings& settings);
    QString speechStatus() const;
    // Voice on or off as the settings say.
    void applyVoiceSettings(const AudioSettings& settings);

    const ContentLibrary& m_content;
    Routine m_routine;
    std::unique_ptr<BodyArt> m_art;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings = nullptr;
    std::unique_ptr<AudioSink> m_ownAudio;
    std::unique_ptr<TextToSpeechSpeaker> m_ownSpeaker;
    bool m_mayOwnSpeaker = false;
    Speaker* m_speaker = nullptr;
    SessionController* m_controller = nullptr;
    CuePlayer* m_cuePlayer = nullptr;
    ProblemBanner* m_banner = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    AnatomyView* m_body = nullptr;
    AnatomyView* m_pose = nullptr;
    SessionPanel* m_panel = nullptr;
    SessionControls* m_controls = nullptr;
    CautionsBox* m_cautions = nullptr;
    CautionsBox* m_sideCautions = nullptr;
    SessionColumn* m_column = nullptr;
    QSplitter* m_split = nullptr;
    bool m_userSplit = false;
    FlashOverlay* m_flash = nullptr;
    PresentationMode* m_presentation = nullptr;
    SessionHistory* m_history = nullptr;
    AudioSink* m_audio = nullptr;
    VoiceControl* m_voice = nullptr;
    VoiceToast* m_voiceToast = nullptr;
    QWidget* m_sidebar = nullptr;
    bool m_audioWarningShown = false;
    std::function<QDateTime()> m_now;
    QTimeZone m_timeZone;
};

} // namespace rollwise
