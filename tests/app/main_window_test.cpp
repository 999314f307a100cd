// SPDX-License-Identifier: GPL-3.0-or-later
// The player window driven through its real widgets and keyboard shortcuts, on a manual clock, with a
// recording audio sink: a whole default session, the stop button and the no-sound fallback (the safety check's
// flows are in screening_window_test.cpp).
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "audio/cue_sounds.h"
#include "app/editor/routine_document.h"
#include "app/editor/routine_editor.h"
#include "app/session/flash_overlay.h"
#include "app/history/progress_view.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/session/countdown_label.h"
#include "app/window/main_window.h"
#include "app/window/problem_banner.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_panel.h"
#include "app/window/settings_dialog.h"
#include "window_harness.h"
#include "unsafe_routine.h"
#include "core/content_library.h"
#include "core/session_engine.h"
#include "core/timeline.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

// A window on a manual clock with recorded audio and throwaway settings.
struct Fixture : test::WindowHarness {
    explicit Fixture(bool checkDone = true, bool voice = false)
    {
        if (checkDone)
            seedClearScreening();
        AudioSettings a;
        a.voice = voice;
        a.save(settings);
        open();
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    QLabel* label(const char* name) const { return window->findChild<QLabel*>(QString::fromLatin1(name)); }
    std::vector<QString> played() const
    {
        std::vector<QString> ids;
        for (const auto& p : audio.plays())
            ids.push_back(p.soundId);
        return ids;
    }
};
} // namespace

TEST(PlayerWindow, AFullDefaultSessionShowsEveryPhaseInOrderAndRequestsEveryCue)
{
    Fixture f;
    f.key(Qt::Key_Space);
    ASSERT_TRUE(f.engine().isRunning());
    std::vector<QString> phases{f.window->sessionPanel()->phaseText()};
    std::vector<QString> sides{f.label("sideLabel")->text()};
    while (f.engine().isRunning()) {
        f.at(f.engine().nextDue());
        if (phases.back() != f.window->sessionPanel()->phaseText())
            phases.push_back(f.window->sessionPanel()->phaseText());
        if (sides.back() != f.label("sideLabel")->text())
            sides.push_back(f.label("sideLabel")->text());
    }
    EXPECT_EQ(f.clock.now(), 844s);
    const std::vector<QString> perSide{QStringLiteral("Get ready"), QStringLiteral("Roll"), QStringLiteral("Hold"),
                                       QStringLiteral("Release"), QStringLiteral("Switch side"), QStringLiteral("Roll"),
                                       QStringLiteral("Hold"), QStringLiteral("Release")};
    const std::vector<QString> bothTogether{QStringLiteral("Get ready"), QStringLiteral("Roll"), QStringLiteral("Hold"),
                                            QStringLiteral("Release")};
    std::vector<QString> expected;
    auto append = [&](const std::vector<QString>& v, bool rest) {
        expected.insert(expected.end(), v.begin(), v.end());
        if (rest)
            expected.push_back(QStringLiteral("Rest"));
    };
    append(perSide, true);      // glutes
    append(perSide, true);      // hip flexors
    append(bothTogether, true); // hamstrings
    append(bothTogether, true); // thoracic spine
    append(perSide, false);     // lats
    expected.push_back(QStringLiteral("Done"));
    EXPECT_EQ(phases, expected);
    // Per-side techniques switch from the right to the left side.
    EXPECT_EQ(sides.at(0), QStringLiteral("right side"));
    EXPECT_EQ(sides.at(1), QStringLiteral("left side"));

    // Every cue of the session reached the audio sink, in order (beeps-only mode).
    std::vector<QString> expectedSounds;
    for (const CueEvent& e : simulateSession(SessionPlan::build(f.window->routine(), content())))
        if (const QString beep = cueSounds(e).beep; !beep.isEmpty())
            expectedSounds.push_back(beep);
    EXPECT_EQ(f.played(), expectedSounds);
    const std::vector<QString> opening{QStringLiteral("get-ready"), QStringLiteral("countdown-tick"),
                                       QStringLiteral("countdown-tick"), QStringLiteral("countdown-tick"),
                                       QStringLiteral("start-rolling"), QStringLiteral("hold-start")};
    ASSERT_GE(f.played().size(), opening.size());
    EXPECT_TRUE(std::equal(opening.begin(), opening.end(), f.played().begin()));
    EXPECT_EQ(f.played().back(), QStringLiteral("session-complete"));
}

TEST(PlayerWindow, PrescribedSetsAreCountedOnTheSessionScreen)
{
    test::WindowHarness h;
    h.routine.exercises.resize(2);
    h.routine.exercises[0].sets = 2; // glutes twice; the hip flexors once, so no count for them
    h.seedClearScreening();
    h.open();
    h.window->show();
    QApplication::setActiveWindow(h.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(h.window.get()));
    h.key(Qt::Key_Space);
    ASSERT_TRUE(h.engine().isRunning());
    auto* side = h.window->findChild<QLabel*>(QStringLiteral("sideLabel"));
    std::vector<QString> shown{side->text()};
    while (h.engine().isRunning()) {
        h.at(h.engine().nextDue());
        if (h.engine().isRunning() && shown.back() != side->text())
            shown.push_back(side->text());
    }
    const std::vector<QString> expected{
        QStringLiteral("right side \u00b7 set 1 of 2"), QStringLiteral("left side \u00b7 set 1 of 2"),
        QStringLiteral("right side \u00b7 set 2 of 2"), QStringLiteral("left side \u00b7 set 2 of 2"),
        QStringLiteral("right side"),                   QStringLiteral("left side")};
    EXPECT_EQ(shown, expected);
}

TEST(PlayerWindow, EveryShortcutAndButtonDrivesTheSession)
{
    Fixture f;
    SessionControls* c = f.window->controls();
    EXPECT_FALSE(c->tenderSpot()->isEnabled());
    f.key(Qt::Key_Space); // start
    EXPECT_EQ(f.engine().phase(), Phase::Prepare);
    f.at(6s);
    EXPECT_EQ(f.engine().phase(), Phase::Roll);
    EXPECT_TRUE(c->tenderSpot()->isEnabled());
    f.key(Qt::Key_H); // tender spot
    EXPECT_EQ(f.engine().phase(), Phase::Hold);
    EXPECT_TRUE(f.engine().inTenderSpotHold());
    f.at(10s);
    f.key(Qt::Key_R); // 4 s held: released all the same, with a neutral note (never "keep holding")
    EXPECT_EQ(f.engine().phase(), Phase::Release);
    EXPECT_EQ(f.played().back(), QStringLiteral("hold-complete"));
    EXPECT_TRUE(f.window->sessionPanel()->reminderText().contains(QStringLiteral("The article suggests 15-30 s")))
        << f.window->sessionPanel()->reminderText().toStdString();
    f.at(13s); // the 3 s release, then rolling resumes
    EXPECT_EQ(f.engine().phase(), Phase::Roll);
    f.key(Qt::Key_H);
    f.at(29s);
    f.key(Qt::Key_R); // 16 s held: released, no note
    EXPECT_EQ(f.engine().phase(), Phase::Release);
    f.key(Qt::Key_Right); // skip the release
    EXPECT_EQ(f.engine().phase(), Phase::Roll);
    f.key(Qt::Key_Left); // back within 2 s: the previous phase
    EXPECT_EQ(f.engine().phase(), Phase::Prepare);
    f.key(Qt::Key_Right);
    EXPECT_EQ(f.engine().phase(), Phase::Roll);

    // Pause freezes the countdown; resume continues from the same number.
    f.at(30s);
    f.key(Qt::Key_Space);
    EXPECT_TRUE(f.engine().isPaused());
    EXPECT_EQ(c->startPause()->text(), QStringLiteral("Resume"));
    const QString frozen = f.window->sessionPanel()->countdownText();
    f.at(300s);
    EXPECT_EQ(f.window->sessionPanel()->countdownText(), frozen);
    EXPECT_TRUE(f.window->sessionPanel()->phaseText().startsWith(QStringLiteral("Paused")));
    f.key(Qt::Key_Space);
    EXPECT_FALSE(f.engine().isPaused());
    f.at(301s);
    EXPECT_NE(f.window->sessionPanel()->countdownText(), frozen);

    // The same through the buttons.
    c->tenderSpot()->click();
    EXPECT_EQ(f.engine().phase(), Phase::Hold);
    c->skip()->click();
    EXPECT_EQ(f.engine().phase(), Phase::Release);
    c->startPause()->click();
    EXPECT_TRUE(f.engine().isPaused());
    c->startPause()->click();
    f.key(Qt::Key_Escape); // stop
    EXPECT_EQ(f.engine().phase(), Phase::Stopped);
    EXPECT_FALSE(c->stop()->isEnabled());
}

TEST(PlayerWindow, SafetyStopEndsTheSessionAtOnceAndShowsTheAdvice)
{
    Fixture f;
    f.key(Qt::Key_Space);
    f.at(40s);
    const int before = f.audio.stopAllCount();
    // The button names every sign the article stops for, "radiating" included.
    EXPECT_EQ(f.window->controls()->safetyStop()->text(),
              QStringLiteral("Sharp, radiating pain, numbness or tingling — STOP"));
    f.window->controls()->safetyStop()->click();
    EXPECT_EQ(f.engine().phase(), Phase::Stopped);
    EXPECT_GT(f.audio.stopAllCount(), before);
    EXPECT_EQ(f.played().back(), QStringLiteral("safety-stop"));
    auto* advice = f.window->findChild<StopAdvice*>();
    ASSERT_NE(advice, nullptr);
    EXPECT_TRUE(advice->isVisible());
    const QString text = advice->findChild<QLabel*>(QStringLiteral("stopAdviceText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("stop immediately")));
    EXPECT_TRUE(text.contains(QStringLiteral("consult a doctor, physical therapist")));
    // Nothing else plays afterwards, however long the machine runs on.
    const size_t plays = f.audio.plays().size();
    f.at(600s);
    EXPECT_EQ(f.audio.plays().size(), plays);
}

TEST(PlayerWindow, TheTechniquePanelMarksOurOwnGuidanceAndNoneOfTheArticlesSteps)
{
    Fixture f;
    auto* details = f.window->findChild<QTextBrowser*>(QStringLiteral("techniqueDetails"));
    ASSERT_NE(details, nullptr);
    const Technique* glutes = content().technique(QStringLiteral("glutes"));
    ASSERT_NE(glutes, nullptr);
    ASSERT_EQ(f.window->routine().exercises.front().techniqueId, glutes->id);
    const QString shown = details->toPlainText();
    // The invented pressure advice and caution are led by the mark; the article's steps never are.
    EXPECT_TRUE(shown.contains(QStringLiteral("[Rollwise tip] ") + glutes->pressure)) << shown.toStdString();
    ASSERT_TRUE(glutes->isOwnGuidance(QStringLiteral("cautions[0]")));
    EXPECT_TRUE(shown.contains(QStringLiteral("[Rollwise tip] ") + glutes->cautions[0])) << shown.toStdString();
    for (const QString& step : glutes->steps) {
        EXPECT_TRUE(shown.contains(step));
        EXPECT_FALSE(shown.contains(QStringLiteral("Rollwise tip] ") + step)) << step.toStdString();
    }
    EXPECT_EQ(shown.count(QStringLiteral("Rollwise tip")), 2) << shown.toStdString();
}

TEST(PlayerWindow, WithoutSoundTheCuesFlashTheScreen)
{
    Fixture f;
    f.audio.setAvailable(false);
    f.key(Qt::Key_Space);
    f.at(6s);
    EXPECT_TRUE(f.audio.plays().empty());
    EXPECT_GE(f.window->flashOverlay()->flashCount(), 4); // get ready, 3-2-1, start rolling
    EXPECT_TRUE(f.window->statusBar()->currentMessage().contains(QStringLiteral("No audio output")));
}

TEST(PlayerWindow, StepsAndBestPracticeRemindersFollowThePhase)
{
    Fixture f;
    f.key(Qt::Key_Space);
    SessionPanel* panel = f.window->sessionPanel();
    EXPECT_TRUE(panel->stepText().contains(QStringLiteral("hands on the floor behind you")));
    EXPECT_TRUE(panel->reminderText().contains(QStringLiteral("never directly on joints or bones")));
    f.at(5s);
    EXPECT_TRUE(panel->stepText().contains(QStringLiteral("Slowly roll back and forth")));
    EXPECT_TRUE(panel->reminderText().contains(QStringLiteral("one inch per second")));
    f.at(65s);
    EXPECT_TRUE(panel->stepText().contains(QStringLiteral("15-30 seconds")));
    EXPECT_TRUE(panel->reminderText().contains(QStringLiteral("Deep breathing")));
    while (f.engine().isRunning())
        f.at(f.engine().nextDue());
    EXPECT_TRUE(panel->reminderText().contains(QStringLiteral("Drink plenty of water")));
    EXPECT_TRUE(panel->reminderText().contains(QStringLiteral("3-5 times per week")));
}

TEST(PlayerWindow, SessionTextIsReadableFromTheFloor)
{
    Fixture f;
    // Pixel sizes, as issue 14 measures them: the step 24 px or more, the digits' ink 72 px or more, the rest 16.
    for (const char* name : {"techniqueName", "phaseLabel", "stepText", "reminderText", "nextUpLabel"})
        EXPECT_GE(f.label(name)->font().pixelSize(), 16) << name;
    EXPECT_GE(f.label("stepText")->font().pixelSize(), 24);
    auto* countdown = qobject_cast<CountdownLabel*>(f.label("countdownLabel"));
    ASSERT_TRUE(countdown);
    EXPECT_GE(countdown->inkHeight(), 72);
}

TEST(PlayerWindow, ProblemsLoadingARoutineAreShownInABanner)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RecordingAudioSink audio;
    MainWindow w(content(), Routine::defaultRoutine(content()),
                 QStringLiteral("error: bad.json: exercises[0].technique: unknown technique \"x\""),
                 MainWindowServices{nullptr, &audio, &settings, dir.filePath(QStringLiteral("data"))});
    auto* banner = w.findChild<ProblemBanner*>(QStringLiteral("problemBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisibleTo(&w));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("unknown technique")));
    auto* list = w.findChild<QListWidget*>(QStringLiteral("exerciseList"));
    ASSERT_EQ(list->count(), 5);
    list->setCurrentRow(3);
    EXPECT_TRUE(w.findChild<QTextBrowser*>(QStringLiteral("techniqueDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("stop before reaching the lumbar spine")));
}

TEST(PlayerWindow, SoundSettingsAreSavedAndUsed)
{
    Fixture f;
    f.window->showSettings();
    auto* dialog = f.window->findChild<SettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QSlider*>(QStringLiteral("volume"))->setValue(35);
    dialog->findChild<QRadioButton*>(QStringLiteral("voice"))->setChecked(true);
    dialog->findChild<QCheckBox*>(QStringLiteral("alwaysFlash"))->setChecked(true);
    dialog->accept();
    const AudioSettings saved = AudioSettings::load(f.settings);
    EXPECT_DOUBLE_EQ(saved.volume, 0.35);
    EXPECT_TRUE(saved.voice);
    EXPECT_TRUE(saved.alwaysFlash);
    EXPECT_DOUBLE_EQ(f.window->cuePlayer()->settings().volume, 0.35);
    // Flashes now come with every cue even though sound works, at the chosen volume.
    f.key(Qt::Key_Space);
    EXPECT_GE(f.window->flashOverlay()->flashCount(), 1);
    ASSERT_FALSE(f.audio.plays().empty());
    EXPECT_DOUBLE_EQ(f.audio.plays().front().volume, 0.35);
}

TEST(PlayerWindow, CompletedSessionsAreRecordedAndSurviveARestart)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString data = dir.filePath(QStringLiteral("data"));
    test::seedClearScreening(data);
    ManualClock clock;
    RecordingAudioSink audio;
    {
        MainWindow w(content(), Routine::defaultRoutine(content()), QString(), MainWindowServices{&clock, &audio, &settings, data});
        w.show();
        w.startOrPause();
        clock.set(20s);
        w.controller()->tenderSpot(); // one tender spot on the right glute
        while (w.controller()->engine()->isRunning()) {
            clock.set(w.controller()->engine()->nextDue());
            w.controller()->poll();
        }
        QApplication::processEvents();
        // After a completed session the window asks how tender the worked muscles were.
        auto* ask = w.history()->pendingDialog();
        ASSERT_NE(ask, nullptr);
        ask->reject();
        ASSERT_EQ(w.history()->store().sessions().size(), 1u);
        const SessionRecord& r = w.history()->store().sessions().front();
        EXPECT_EQ(r.outcome, SessionOutcome::Completed);
        EXPECT_EQ(r.exercises.size(), 5u);
        EXPECT_EQ(r.exercises.front().tenderSpots, 1);
    }
    MainWindow again(content(), Routine::defaultRoutine(content()), QString(), MainWindowServices{&clock, &audio, &settings, data});
    EXPECT_EQ(again.history()->store().sessions().size(), 1u);
    again.showProgress();
    EXPECT_NE(again.findChild<ProgressView*>(), nullptr);
}

TEST(PlayerWindow, TheEditorHandsItsRoutineBackToThePlayer)
{
    Fixture f;
    RoutineEditor* editor = f.window->editRoutine();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->document()->routine().exercises.size(), 5u);
    Routine shorter = editor->document()->routine();
    shorter.exercises.resize(2);
    shorter.title = QStringLiteral("Hips only");
    ASSERT_TRUE(editor->editRoutine(shorter));
    editor->findChild<QAction*>(QStringLiteral("actionUseInPlayer"))->trigger();
    EXPECT_EQ(f.window->routine().title, QStringLiteral("Hips only"));
    EXPECT_EQ(f.window->findChild<QListWidget*>(QStringLiteral("exerciseList"))->count(), 2);
}

TEST(PlayerWindow, AnUnsafeRoutineIsNeverTakenOn)
{
    Fixture f;
    Routine r = test::routineRollingTheLumbarSpine(content());
    r.title = QStringLiteral("Unsafe");
    f.window->setRoutine(r);
    EXPECT_EQ(f.window->routine().title, QStringLiteral("Lower-back relief"));
    auto* banner = f.window->findChild<ProblemBanner*>(QStringLiteral("problemBanner"));
    EXPECT_TRUE(banner->isVisibleTo(f.window.get()));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Lumbar spine")));
}
