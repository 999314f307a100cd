// SPDX-License-Identifier: GPL-3.0-or-later
// Voice commands in the real window: a spoken phrase does what its key does (the safety phrase exactly what F12
// does), is confirmed by a sound and a toast a screen reader is told about, is not heard while Rollwise itself
// is making a sound, and a recogniser that cannot start turns voice off with a reason while the keys go on.

#include "app/session/safety_dialogs.h"
#include "app/voice/voice_actions.h"
#include "app/voice/voice_control.h"
#include "app/voice/voice_toast.h"
#include "app/window/settings_dialog.h"
#include "audio/microphone.h"
#include "voice/synthesised_speech.h"
#include "voice/voice_commands.h"
#include "voice/voice_listener.h"
#include "window_harness.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

struct VoiceFixture : test::WindowHarness {
    QTemporaryDir speech;
    VoiceFixture()
    {
        seedClearScreening();
        open();
        window->show();
        QApplication::setActiveWindow(window.get());
        // Also lets the window apply the saved voice setting (off), which it does once its first frame is out,
        // so that does not undo what the test turns on.
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    VoiceControl& voice() { return *window->voice(); }
    // Turns listening on without a microphone (the test feeds the samples) and waits for the model.
    void listen()
    {
        QSignalSpy ready(&voice(), &VoiceControl::listening);
        voice().setEnabled(true, {}, false);
        ASSERT_TRUE(ready.wait(30000)) << "the recogniser did not load";
        // A microphone hears the room for a while before anyone speaks; the recogniser needs those seconds to
        // settle (tools/voice/README.md: a phrase said at once is often missed).
        std::vector<int16_t> room;
        test::appendSilence(room, 4.0);
        for (size_t i = 0; i < room.size(); i += 320)
            voice().hear(QVector<qint16>(room.begin() + qsizetype(i), room.begin() + qsizetype(i + 320)));
    }
    // Feeds a phrase, 20 ms at a time as the microphone does, with a second of silence after it.
    void say(const QString& text)
    {
        std::vector<int16_t> s = test::speak(speech, text);
        test::appendSilence(s, 1.0);
        for (size_t i = 0; i < s.size(); i += 320)
            voice().hear(QVector<qint16>(s.begin() + qsizetype(i), s.begin() + qsizetype(std::min(s.size(), i + 320))));
    }
    // Waits for the worker to report a command (or for `ms` to pass).
    bool heard(QSignalSpy& spy, int count, int ms = 10000)
    {
        for (int waited = 0; spy.count() < count && waited < ms; waited += 50)
            spy.wait(50);
        return spy.count() >= count;
    }
};

} // namespace

TEST(VoiceWindow, SpokenCommandsDoWhatTheirKeysDoAndAreConfirmed)
{
    VoiceFixture f;
    f.listen();
    QSignalSpy commands(&f.voice(), &VoiceControl::command);
    f.key(Qt::Key_Space);
    f.at(40s);
    ASSERT_TRUE(f.engine().isRunning());
    f.audio.clear();

    f.say(QStringLiteral("take a break"));
    ASSERT_TRUE(f.heard(commands, 1));
    EXPECT_EQ(commands.at(0).at(0).toString(), QStringLiteral("pause"));
    EXPECT_TRUE(f.engine().isPaused());
    VoiceToast* toast = f.window->voiceToast();
    EXPECT_TRUE(toast->isVisible());
    EXPECT_EQ(toast->text(), QStringLiteral("Heard \u201ctake a break\u201d: Pause"));
    EXPECT_EQ(toast->accessibleName(), toast->text()) << "what a screen reader is told";
    // ROLLWISE_LAYOUT_SCREENSHOTS=<dir> keeps a picture of the window with the toast, to look at.
    if (const char* dir = std::getenv("ROLLWISE_LAYOUT_SCREENSHOTS"))
        f.window->grab().save(QStringLiteral("%1/voice-toast.png").arg(QString::fromLocal8Bit(dir)));
    EXPECT_EQ(f.audio.playedIds(), QStringList{QStringLiteral("countdown-tick")}) << "the confirming sound";

    f.say(QStringLiteral("continue please"));
    ASSERT_TRUE(f.heard(commands, 2));
    EXPECT_EQ(commands.at(1).at(0).toString(), QStringLiteral("resume"));
    EXPECT_FALSE(f.engine().isPaused());

    // While Rollwise plays a sound (and for the echo after it) nothing is listened to: the same phrase that
    // paused the session above is dropped before it reaches the recogniser.
    f.audio.setPlaying(true);
    f.say(QStringLiteral("take a break"));
    EXPECT_TRUE(f.voice().listener()->isGated());
    f.audio.setPlaying(false);
    std::vector<int16_t> tail(VoiceControl::kEchoTailSamples / 2, 0);
    f.voice().hear(QVector<qint16>(tail.begin(), tail.end()));
    EXPECT_TRUE(f.voice().listener()->isGated()) << "still inside the echo tail";
    f.voice().hear(QVector<qint16>(tail.begin(), tail.end()));
    f.voice().hear(QVector<qint16>(tail.begin(), tail.end()));
    EXPECT_FALSE(f.voice().listener()->isGated()) << "the echo tail is over";
    EXPECT_FALSE(f.engine().isPaused());
    EXPECT_EQ(commands.count(), 2);

    // The safety phrase is F12: the session stops at once and the stop advice opens.
    f.say(QStringLiteral("shooting pain"));
    ASSERT_TRUE(f.heard(commands, 3));
    EXPECT_EQ(commands.at(2).at(0).toString(), QStringLiteral("safety-stop"));
    EXPECT_EQ(f.engine().phase(), Phase::Stopped);
    auto* advice = f.window->findChild<StopAdvice*>();
    ASSERT_NE(advice, nullptr);
    EXPECT_TRUE(advice->isVisible());
    EXPECT_TRUE(f.audio.playedIds().contains(QStringLiteral("safety-stop")));
}

TEST(VoiceWindow, ACommandWithNothingToDoIsSaidSoAndChangesNothing)
{
    VoiceFixture f;
    f.listen();
    QSignalSpy commands(&f.voice(), &VoiceControl::command);
    f.say(QStringLiteral("continue please")); // no session yet: nothing to resume
    ASSERT_TRUE(f.heard(commands, 1));
    EXPECT_FALSE(f.engine().isRunning());
    EXPECT_TRUE(f.window->voiceToast()->text().endsWith(QStringLiteral("nothing to do now")))
        << f.window->voiceToast()->text().toStdString();
    EXPECT_TRUE(f.audio.playedIds().isEmpty()) << "no confirming sound for nothing done";
}

TEST(VoiceWindow, ARecogniserThatCannotStartTurnsVoiceOffWithTheReasonAndTheKeysGoOn)
{
    VoiceFixture f;
    QSignalSpy off(&f.voice(), &VoiceControl::turnedOff);
    f.voice().setModelDirectory(QStringLiteral("/nonexistent/pocketsphinx-model"));
    f.voice().setEnabled(true, {}, false);
    ASSERT_TRUE(off.wait(30000));
    const QString reason = off.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("/nonexistent/pocketsphinx-model"))) << reason.toStdString();
    EXPECT_FALSE(f.voice().isEnabled());
    EXPECT_TRUE(f.window->voiceToast()->isVisible());
    EXPECT_EQ(f.window->voiceToast()->text(), reason);
    f.key(Qt::Key_Space);
    EXPECT_TRUE(f.engine().isRunning()) << "the keys still work";
}

TEST(VoiceWindow, TheSoundDialogTurnsVoiceOnAndListsEveryPhraseOfTheCommandsFile)
{
    AudioSettings initial;
    SettingsDialog dialog(initial);
    auto* listen = dialog.findChild<QCheckBox*>(QStringLiteral("listen"));
    ASSERT_NE(listen, nullptr);
    EXPECT_FALSE(listen->isChecked());
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("voiceStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Off."))) << status->text().toStdString();
    listen->click();
    EXPECT_TRUE(dialog.settings().listen);
    // Here there is no audio server: the dialog says what is wrong instead of a live meter.
    EXPECT_FALSE(status->text().startsWith(QStringLiteral("Off."))) << status->text().toStdString();
    const QString phrases = dialog.findChild<QLabel*>(QStringLiteral("voicePhrases"))->text();
    const VoiceCommandLoad set = VoiceCommandSet::builtIn();
    ASSERT_TRUE(set.commands);
    for (const VoiceCommand& c : set.commands->commands())
        for (const VoicePhrase& p : c.phrases)
            EXPECT_TRUE(phrases.contains(QStringLiteral("\u201c%1\u201d").arg(p.text))) << p.text.toStdString();
    EXPECT_TRUE(phrases.contains(QStringLiteral("Safety stop (F12)")));
    EXPECT_FALSE(phrases.contains(QStringLiteral("English only"))) << "said only where the window is not English";
}

TEST(VoiceWindow, TheUserGuideNamesEveryPhraseOfTheCommandsFile)
{
    // The guide's table is written by hand; the commands file is the truth. A phrase added, renamed or dropped
    // there must be in the guide too.
    QFile guide(QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/user-guide.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    const VoiceCommandLoad set = VoiceCommandSet::builtIn();
    ASSERT_TRUE(set.commands);
    int phrases = 0;
    for (const VoiceCommand& c : set.commands->commands())
        for (const VoicePhrase& p : c.phrases) {
            EXPECT_TRUE(text.contains(QStringLiteral("\"%1\"").arg(p.text))) << p.text.toStdString();
            ++phrases;
        }
    EXPECT_GE(phrases, 8);
    const int quoted = int(text.section(QStringLiteral("| say |"), 1).section(QStringLiteral("\n\n"), 0, 0).count(QLatin1Char('"')));
    EXPECT_EQ(quoted, 2 * phrases) << "the guide's table names no phrase the file does not have";
}

TEST(VoiceWindow, TheSavedChoiceIsAppliedAfterTheFirstFrameAndAMissingMicrophoneTurnsVoiceOffWithAReason)
{
    if (!Microphone::inputs().isEmpty()) // an unknown id falls back to the default input, which works here
        GTEST_SKIP() << "this machine has an audio input; the offscreen suite runs without one";
    test::WindowHarness f;
    f.seedClearScreening();
    AudioSettings a;
    a.listen = true;
    a.microphone = QByteArrayLiteral("no-such-input");
    a.save(f.settings);
    f.open();
    EXPECT_FALSE(f.window->voice()->isEnabled()) << "nothing of voice is loaded while the window is being built";
    QSignalSpy off(f.window->voice(), &VoiceControl::turnedOff);
    f.window->show();
    ASSERT_TRUE(off.wait(10000)) << "this machine has no audio input: voice must say so, not hang";
    EXPECT_EQ(f.window->voice()->microphoneId(), QByteArrayLiteral("no-such-input"));
    EXPECT_FALSE(f.window->voice()->isEnabled());
    EXPECT_TRUE(off.at(0).at(0).toString().contains(QStringLiteral("microphone"))) << off.at(0).at(0).toString().toStdString();
    EXPECT_TRUE(f.window->voiceToast()->isVisible());
}

TEST(VoiceWindow, TheListenBoxWorksThroughItsAccessibleActionAsAScreenReaderUsesIt)
{
    SettingsDialog dialog{AudioSettings{}};
    dialog.show();
    auto* listen = dialog.findChild<QCheckBox*>(QStringLiteral("listen"));
    auto* microphone = dialog.findChild<QWidget*>(QStringLiteral("microphone"));
    ASSERT_TRUE(listen && microphone);
    EXPECT_FALSE(microphone->isEnabled()) << "no microphone to choose while voice is off";
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(listen);
    ASSERT_NE(iface, nullptr);
    ASSERT_NE(iface->actionInterface(), nullptr);
    iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(listen->isChecked());
    EXPECT_TRUE(dialog.settings().listen);
    EXPECT_TRUE(microphone->isEnabled()) << "the dialog follows the box, however it was ticked";
    iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_FALSE(dialog.settings().listen);
    EXPECT_FALSE(microphone->isEnabled());
}

TEST(VoiceWindow, EveryCommandOfTheFileHasExactlyOneActionAndAName)
{
    const VoiceCommandLoad load = VoiceCommandSet::builtIn();
    ASSERT_TRUE(load.commands) << load.diagnostics.toText().toStdString();
    QSet<QString> ids, names;
    for (const VoiceCommand& c : load.commands->commands()) {
        const VoiceAction* a = voiceAction(c.id);
        ASSERT_NE(a, nullptr) << "no action for \"" << c.id.toStdString() << "\" in app/voice/voice_actions.cpp";
        EXPECT_NE(a->signal, nullptr);
        EXPECT_NE(VoiceControl::commandName(c.id), c.id) << "unnamed on screen";
        ids << c.id;
        names << VoiceControl::commandName(c.id);
    }
    EXPECT_EQ(int(voiceActions().size()), ids.size()) << "an action whose id no command of commands.json has";
    EXPECT_EQ(names.size(), ids.size()) << "two commands share a name on screen";
    EXPECT_EQ(voiceAction(QStringLiteral("sing")), nullptr);
}
