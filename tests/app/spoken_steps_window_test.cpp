// SPDX-License-Identifier: GPL-3.0-or-later
// Spoken steps in the real window: eyes-free, the session reads each step in full, calls the time left 10 s
// before a roll ends and counts 3-2-1 aloud; the options are in Sound and Cues and work through their accessible
// actions; and nothing is listened for while the engine speaks.
#include "app/session/session_controller.h"
#include "app/session/session_panel.h"
#include "app/voice/voice_control.h"
#include "app/window/settings_dialog.h"
#include "audio/speaker.h"
#include "voice/voice_listener.h"
#include "core/narration.h"
#include "window_harness.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QRadioButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace rollwise::test;
using namespace std::chrono_literals;

namespace {

struct SpeakingWindow : WindowHarness {
    RecordingSpeaker speaker;
    void openEyesFree()
    {
        settings.setValue(QStringLiteral("audio/eyesFree"), true);
        seedClearScreening();
        window = std::make_unique<MainWindow>(ContentLibrary::builtIn(), routine, QString(),
                                              MainWindowServices{&clock, &audio, &settings, dataDirectory(), &speaker});
        window->setWallClock([this] { return now(); }, zone);
        show();
    }
    // Keys reach the active window; and once its first frame is out it has applied the saved settings, so they
    // do not undo what a test turns on afterwards.
    void show()
    {
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QTest::qWait(0);
    }
};

} // namespace

TEST(SpokenStepsWindow, EyesFreeASessionReadsEveryStepCallsTheTimeAndCounts)
{
    SpeakingWindow w;
    w.openEyesFree();
    w.key(Qt::Key_Space);
    ASSERT_TRUE(w.engine().isRunning());
    const ContentLibrary& content = ContentLibrary::builtIn();
    const Technique& first = *content.technique(w.routine.exercises[0].techniqueId);
    ASSERT_FALSE(w.speaker.said().empty());
    const QString getReady = w.speaker.said().front().text;
    EXPECT_TRUE(getReady.startsWith(QStringLiteral("Get ready: %1").arg(first.name))) << getReady.toStdString();
    for (int n : first.stepsForPhase(QStringLiteral("prepare"))) {
        QString step = first.steps[n - 1];
        step.chop(step.endsWith(u'.') ? 1 : 0);
        EXPECT_TRUE(getReady.contains(step)) << step.toStdString();
    }
    EXPECT_TRUE(w.audio.plays().empty()) << "eyes-free, the words are the cue: no tone first";

    // Get ready is 5 s, rolling 60 s: 10 s left at 55 s, then the hold's own announcement at 65 s.
    w.speaker.setSpeaking(false);
    w.speaker.clear();
    w.at(5s); // the get-ready's 3-2-1 fall due on the way
    ASSERT_FALSE(w.speaker.said().empty());
    EXPECT_TRUE(w.speaker.said().back().text.startsWith(QStringLiteral("Start rolling slowly.")));
    w.speaker.setSpeaking(false);
    w.speaker.clear();
    w.at(55s);
    EXPECT_EQ(w.speaker.texts(), QStringList{QStringLiteral("10 seconds left.")});
    // The hold (30 s) counts down aloud when nothing else is being said.
    w.speaker.setSpeaking(false);
    w.at(65s);
    w.speaker.setSpeaking(false);
    const QString breathe = w.window->sessionPanel()->reminderText();
    EXPECT_FALSE(breathe.isEmpty()) << "the hold's reminder (breathe)";
    w.at(85s); // the hold's own 10 s call
    EXPECT_EQ(w.speaker.said().back().text, QStringLiteral("10 seconds left."));
    EXPECT_EQ(w.window->sessionPanel()->reminderText(), breathe) << "a time call is not a new phase: the reminder stays";
    w.speaker.setSpeaking(false);
    w.speaker.clear();
    for (int s : {92, 93, 94}) {
        w.at(Ms{s * 1000});
        w.speaker.setSpeaking(false);
    }
    EXPECT_EQ(w.speaker.texts(), QStringList({QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));

    // The safety stop silences the engine and says the article's advice.
    w.speaker.clear();
    w.key(Qt::Key_F12);
    EXPECT_GE(w.speaker.stopCount(), 1);
}

TEST(SpokenStepsWindow, WithoutEyesFreeTheSessionHasNoTimeCalls)
{
    SpeakingWindow w;
    w.seedClearScreening();
    w.window = std::make_unique<MainWindow>(ContentLibrary::builtIn(), w.routine, QString(),
                                            MainWindowServices{&w.clock, &w.audio, &w.settings, w.dataDirectory(), &w.speaker});
    w.window->setWallClock([&w] { return w.now(); }, w.zone);
    w.show();
    w.key(Qt::Key_Space);
    w.at(56s);
    for (const QString& t : w.speaker.texts())
        EXPECT_FALSE(t.contains(QStringLiteral("seconds left"))) << t.toStdString();
}

TEST(SpokenStepsWindow, TheOptionsFollowTheVoiceChoiceAndWorkThroughAccessibleActions)
{
    SettingsDialog dialog{AudioSettings{}};
    dialog.show();
    auto* eyesFree = dialog.findChild<QCheckBox*>(QStringLiteral("eyesFree"));
    auto* speech = dialog.findChild<QCheckBox*>(QStringLiteral("speech"));
    auto* beeps = dialog.findChild<QRadioButton*>(QStringLiteral("beepsOnly"));
    ASSERT_TRUE(eyesFree && speech && beeps);
    EXPECT_TRUE(speech->isChecked()) << "the engine speaks by default where there is one";
    EXPECT_FALSE(eyesFree->isChecked());
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(eyesFree);
    ASSERT_TRUE(iface && iface->actionInterface());
    iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(dialog.settings().eyesFree);
    QAccessible::queryAccessibleInterface(speech)->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_FALSE(dialog.settings().speech);
    EXPECT_FALSE(eyesFree->isEnabled()) << "eyes-free needs the engine: the recordings cannot read steps";
    QAccessible::queryAccessibleInterface(speech)->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(eyesFree->isEnabled());
    QAccessible::queryAccessibleInterface(beeps)->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(beeps->isChecked());
    EXPECT_FALSE(speech->isEnabled());
    EXPECT_FALSE(eyesFree->isEnabled());
    dialog.setSpeechStatus(QStringLiteral("Speaking with flite, voice slt."));
    auto* status = dialog.findChild<QWidget*>(QStringLiteral("speechStatus"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->isVisible());
}

TEST(SpokenStepsWindow, NothingIsHeardWhileTheEngineSpeaks)
{
    SpeakingWindow w;
    w.openEyesFree();
    VoiceControl& voice = *w.window->voice();
    QSignalSpy ready(&voice, &VoiceControl::listening);
    voice.setEnabled(true, {}, false); // the test feeds the samples
    ASSERT_TRUE(ready.wait(30000)) << "the recogniser did not load";
    const QVector<qint16> chunk(VoiceControl::kEchoTailSamples / 2, 0);
    w.speaker.setSpeaking(true);
    voice.hear(chunk);
    EXPECT_TRUE(voice.listener()->isGated()) << "the engine's own words were listened to";
    w.speaker.setSpeaking(false);
    voice.hear(chunk);
    EXPECT_TRUE(voice.listener()->isGated()) << "still inside the echo tail";
    voice.hear(chunk);
    voice.hear(chunk);
    EXPECT_FALSE(voice.listener()->isGated()) << "the words and their echo are over";
}
