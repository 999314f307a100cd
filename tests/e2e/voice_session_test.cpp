// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, by ear: a real session with voice commands on, its microphone the monitor of a private PulseAudio
// null sink (tests/e2e/with_null_sink.sh), and its cues played through the real QSoundEffect sink into that same
// sink, so the recogniser hears Rollwise's own prompts exactly as a microphone beside the speaker would. Commands
// synthesised by espeak-ng (several voices and speeds, one with noise at 10 dB SNR) are played into the sink with
// paplay while the session runs, and the session must react: pause, resume, hold, release, and the safety phrase
// stopping the session with the stop advice. The cues themselves must never be taken for a command.

#include "app/session/safety_dialogs.h"
#include "app/voice/voice_control.h"
#include "app/window/main_window.h"
#include "app/session/session_controller.h"
#include "audio/audio_settings.h"
#include "core/content_library.h"
#include "core/history/history_store.h"
#include "core/history/screening_record.h"
#include "core/session_engine.h"
#include "voice/synthesised_speech.h"
#include "voice/voice_listener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

bool pactl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

// Adds white noise 10 dB below the speech's own RMS and writes the mix as a 16 kHz mono WAV.
QString withNoise(const QString& cleanWav, const QString& out)
{
    std::vector<int16_t> s;
    QString error;
    if (!WavReader::readAll(cleanWav, s, &error)) {
        ADD_FAILURE() << error.toStdString();
        return {};
    }
    double sum = 0;
    for (int16_t v : s)
        sum += double(v) * v;
    const double noiseRms = std::sqrt(sum / double(s.size())) / std::pow(10.0, 10.0 / 20);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, noiseRms);
    QByteArray data;
    for (int16_t v : s) {
        const auto mixed = int16_t(std::clamp(std::lround(v + noise(rng)), -32768L, 32767L));
        data.append(reinterpret_cast<const char*>(&mixed), 2);
    }
    QByteArray header("RIFF");
    auto u32 = [&header](quint32 x) { header.append(reinterpret_cast<const char*>(&x), 4); };
    auto u16 = [&header](quint16 x) { header.append(reinterpret_cast<const char*>(&x), 2); };
    u32(quint32(36 + data.size()));
    header.append("WAVEfmt ");
    u32(16), u16(1), u16(1), u32(16000), u32(32000), u16(2), u16(16);
    header.append("data");
    u32(quint32(data.size()));
    QFile f(out);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(header + data);
    return out;
}

struct LiveSession {
    QTemporaryDir dir;
    QTemporaryDir speech;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ManualClock clock;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QSignalSpy> commands;
    bool listeningStarted = false;

    LiveSession()
    {
        // The monitor of the null sink is the microphone: what is played into the sink is what it hears. Qt lists
        // no monitor sources as inputs, so the monitor is remapped into an ordinary source first.
        EXPECT_TRUE(pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
                           QStringLiteral("master=null.monitor"), QStringLiteral("source_name=mic"),
                           QStringLiteral("source_properties=device.description=Null-sink-microphone")}));
        EXPECT_TRUE(pactl({QStringLiteral("set-default-source"), QStringLiteral("mic")}));
        HistoryStore store(dir.filePath(QStringLiteral("data")));
        store.load();
        const Screening& s = ContentLibrary::builtIn().screening();
        ScreeningAnswers answers;
        for (const ScreeningSign& sign : s.signs())
            answers[sign.id] = false;
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        store.appendScreening(ScreeningRecord::check(at, assess(s, answers, false, {}, at.date()), answers, false, {}));
        AudioSettings a;
        a.listen = true;
        a.save(settings);
        const ContentLibrary& content = ContentLibrary::builtIn();
        window = std::make_unique<MainWindow>(content, Routine::defaultRoutine(content), QString(),
                                              MainWindowServices{&clock, nullptr, &settings, dir.filePath(QStringLiteral("data"))});
        QSignalSpy listening(window->voice(), &VoiceControl::listening);
        commands = std::make_unique<QSignalSpy>(window->voice(), &VoiceControl::command);
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        listeningStarted = listening.wait(30000);
    }
    const SessionEngine& engine() const { return *window->controller()->engine(); }
    void at(Ms t)
    {
        clock.set(t);
        window->controller()->poll();
    }
    // Plays a recording into the sink and waits up to 6 s after it ends for the next command; returns its id
    // and the delay from the end of playback to the command.
    std::pair<QString, qint64> play(const QString& wav)
    {
        const int before = commands->count();
        // A person speaks once Rollwise is quiet (after a cue's prompt, after a command's confirming tick), not
        // over it: while Rollwise makes a sound the recogniser is deaf by design, and a phrase begun under a
        // prompt loses its start. Quiet: the gate open for half a second.
        QElapsedTimer waited, open;
        waited.start();
        while (waited.elapsed() < 15000 && !(open.isValid() && open.elapsed() >= 500)) {
            QTest::qWait(20);
            if (window->voice()->listener()->isGated())
                open.invalidate();
            else if (!open.isValid())
                open.start();
        }
        EXPECT_LT(waited.elapsed(), 15000) << "Rollwise never fell quiet";
        QProcess paplay;
        paplay.start(QStringLiteral("paplay"), {QStringLiteral("--device=null"), wav});
        while (paplay.state() != QProcess::NotRunning)
            QTest::qWait(20);
        EXPECT_EQ(paplay.exitCode(), 0) << paplay.readAllStandardError().toStdString();
        QElapsedTimer since;
        since.start();
        while (commands->count() == before && since.elapsed() < 6000)
            QTest::qWait(10);
        if (commands->count() == before)
            return {QString(), since.elapsed()};
        return {commands->at(before).at(0).toString(), since.elapsed()};
    }
};

} // namespace

TEST(VoiceSessionByEar, SpokenCommandsReachTheSessionThroughTheMicrophoneAndCuesAreNeverTakenForThem)
{
    LiveSession s;
    ASSERT_TRUE(s.listeningStarted) << "voice commands did not start on the null sink's monitor";
    QTest::keyClick(s.window.get(), Qt::Key_Space);
    s.at(6s); // past the get-ready countdown: rolling, its cues played out loud into the same sink
    ASSERT_TRUE(s.engine().isRunning());
    QTest::qWait(4000); // the cue and its spoken prompt play out into the microphone, and must be ignored
    EXPECT_EQ(s.commands->count(), 0) << "Rollwise's own prompt was taken for a command";

    const struct {
        QString text, voice;
        int wpm;
        bool noisy;
        QString expected;
    } takes[] = {
        {QStringLiteral("take a break"), QStringLiteral("en-us"), 160, false, QStringLiteral("pause")},
        {QStringLiteral("continue please"), QStringLiteral("en+f3"), 130, false, QStringLiteral("resume")},
        {QStringLiteral("previous one"), QStringLiteral("en+m3"), 170, true, QStringLiteral("back")},
    };
    std::vector<qint64> delays;
    for (const auto& t : takes) {
        QString wav = test::speakToFile(s.speech, t.text, t.voice, t.wpm);
        if (t.noisy)
            wav = withNoise(wav, s.speech.filePath(t.voice + QStringLiteral("-noisy.wav")));
        const auto [id, ms] = s.play(wav);
        EXPECT_EQ(id, t.expected) << t.text.toStdString() << " in " << t.voice.toStdString() << " at " << t.wpm
                                  << " wpm" << (t.noisy ? " with noise" : "");
        if (!id.isEmpty())
            delays.push_back(ms);
        EXPECT_EQ(s.engine().isPaused(), t.expected == QStringLiteral("pause"));
    }
    std::sort(delays.begin(), delays.end());
    if (!delays.empty())
        std::printf("voice e2e: %zu of 3 commands, median delay from end of playback to action %lld ms\n",
                    delays.size(), static_cast<long long>(delays[delays.size() / 2]));

    // The safety phrase is F12: stopped at once, the stop advice on screen.
    const auto [id, ms] = s.play(test::speakToFile(s.speech, QStringLiteral("shooting pain"), QStringLiteral("en-us"), 160));
    EXPECT_EQ(id, QStringLiteral("safety-stop"));
    EXPECT_EQ(s.engine().phase(), Phase::Stopped);
    auto* advice = s.window->findChild<StopAdvice*>();
    ASSERT_NE(advice, nullptr);
    EXPECT_TRUE(advice->isVisible());
}
