// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: a cue played through the real QSoundEffect sink must actually reach the speaker, at the
// level asked for and promptly. Only meaningful with an audio server, so ctest runs this binary through
// tests/e2e/with_null_sink.sh (a private PulseAudio whose only output is the null sink "null"); here
// the sink's monitor is recorded with parec while CuePlayer plays the hold-start cue at volume 0.8, and
// the recording is checked for level, latency after play() and length. Without an output device this
// test fails instead of skipping: it exists to prove sound comes out.
//
// ROLLWISE_E2E_CAPTURE=<path.wav> keeps the recording for listening or for sox.

#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "audio/cue_player.h"
#include "audio/cue_sounds.h"
#include "core/cue.h"

#include <QAudioDevice> // QMediaDevices only forward-declares it in Qt 6.4
#include "capture_support.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QScopeGuard>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

using namespace rollwise;

namespace {

constexpr int kRate = 44100; // the cue files' rate: the monitor is recorded at it, mono
constexpr double kVolume = 0.8;
// "Sounding" means louder than -34 dBFS; the null sink's monitor is digital silence otherwise.
constexpr double kThreshold = 0.02;

double dbfs(double linear) { return linear > 0 ? 20.0 * std::log10(linear) : -200.0; }

// Samples of a 16-bit mono PCM WAV (file or ":/" resource) scaled to -1..1; nullopt if it is anything else.
std::optional<std::vector<double>> readPcm16Mono(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(12);
    bool pcm16Mono = false;
    while (!in.atEnd()) {
        char id[4];
        quint32 size = 0;
        if (in.readRawData(id, 4) != 4)
            break;
        in >> size;
        const QByteArray chunk(id, 4);
        if (chunk == "fmt ") {
            quint16 tag = 0, channels = 0, blockAlign = 0, bits = 0;
            quint32 rate = 0, byteRate = 0;
            in >> tag >> channels >> rate >> byteRate >> blockAlign >> bits;
            pcm16Mono = tag == 1 && channels == 1 && bits == 16 && rate == quint32(kRate);
            in.skipRawData(int(size) - 16 + int(size % 2));
        } else if (chunk == "data") {
            if (!pcm16Mono)
                return std::nullopt;
            std::vector<double> samples(size / 2);
            for (double& s : samples) {
                qint16 v = 0;
                in >> v;
                s = v / 32768.0;
            }
            return samples;
        } else {
            in.skipRawData(int(size + size % 2));
        }
    }
    return std::nullopt;
}

struct Span {
    qint64 first = -1; // first sample above kThreshold, -1 if none
    qint64 last = -1;
};

Span soundingSpan(const std::vector<double>& s, qint64 from = 0, double gain = 1.0)
{
    Span span;
    for (qint64 i = std::max<qint64>(from, 0); i < qint64(s.size()); ++i) {
        if (std::abs(s[size_t(i)] * gain) > kThreshold) {
            if (span.first < 0)
                span.first = i;
            span.last = i;
        }
    }
    return span;
}

struct Level {
    double rms = 0;
    double peak = 0;
};

Level levelOf(const std::vector<double>& s, qint64 begin, qint64 end, double gain = 1.0)
{
    Level l;
    begin = std::clamp<qint64>(begin, 0, qint64(s.size()));
    end = std::clamp<qint64>(end, begin, qint64(s.size()));
    double sum = 0;
    for (qint64 i = begin; i < end; ++i) {
        const double v = s[size_t(i)] * gain;
        sum += v * v;
        l.peak = std::max(l.peak, std::abs(v));
    }
    l.rms = end > begin ? std::sqrt(sum / double(end - begin)) : 0.0;
    return l;
}

double ms(qint64 samples) { return 1000.0 * double(samples) / kRate; }



} // namespace

TEST(AudioEndToEnd, HoldStartCueReachesTheSpeakerPromptlyAndAtItsVolume)
{
    ASSERT_FALSE(QMediaDevices::audioOutputs().isEmpty())
        << "no audio output device: run this test through tests/e2e/with_null_sink.sh (ctest does)";
    const QString parecPath = QStandardPaths::findExecutable(QStringLiteral("parec"));
    ASSERT_FALSE(parecPath.isEmpty()) << "parec not found: install pulseaudio-utils";
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        << "PULSE_SERVER is unset: refusing to record from a user's own audio session";

    const QString soundId = QStringLiteral("hold-start");
    const auto reference = readPcm16Mono(soundResourcePath(soundId));
    ASSERT_TRUE(reference) << "the compiled-in " << soundId.toStdString() << " is not 16-bit mono PCM at 44.1 kHz";
    const Span refSpan = soundingSpan(*reference, 0, kVolume);
    ASSERT_GE(refSpan.first, 0) << "the cue file itself is silent at volume " << kVolume;
    const Level refLevel = levelOf(*reference, refSpan.first, refSpan.last + 1, kVolume);

    QElapsedTimer clock;
    clock.start();

    // Record first: the monitor must be streaming (silence) before the cue, so the recording's sample
    // clock covers the moment of play().
    QByteArray pcm;
    struct Arrival {
        qint64 ns;
        qint64 bytes;
    };
    std::vector<Arrival> arrivals;
    QProcess parec; // after what its slot appends to, so it is destroyed first
    QObject::connect(&parec, &QProcess::readyReadStandardOutput, [&] {
        pcm += parec.readAllStandardOutput();
        arrivals.push_back({clock.nsecsElapsed(), qint64(pcm.size())});
    });
    parec.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    parec.start(parecPath, {QStringLiteral("--device=null.monitor"), QStringLiteral("--raw"),
                            QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(kRate),
                            QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=10")});
    ASSERT_TRUE(parec.waitForStarted(3000)) << parec.errorString().toStdString();
    const auto stopRecording = [&] {
        if (parec.state() != QProcess::NotRunning) {
            parec.terminate();
            if (!parec.waitForFinished(2000))
                parec.kill();
            parec.waitForFinished(1000);
        }
    };
    const auto stopOnFailure = qScopeGuard(stopRecording); // an ASSERT return must not leave parec running

    // The sink preloads; play() before the effect is Ready would measure loading, not cue latency.
    SoundEffectAudioSink sink({soundId});
    ASSERT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();
    const auto effects = sink.findChildren<QSoundEffect*>();
    ASSERT_EQ(effects.size(), 1);
    ASSERT_TRUE(test::waitFor([&] { return effects.front()->status() == QSoundEffect::Ready || !sink.isAvailable(); }, 3000))
        << "the cue did not finish loading within 3 s";
    ASSERT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();
    const qint64 loadedMs = clock.elapsed();

    // 300 ms of streaming silence proves the recorder is running and measures the floor.
    ASSERT_TRUE(test::waitFor([&] { return pcm.size() >= kRate * 2 * 3 / 10; }, 5000))
        << "parec delivered no audio from null.monitor within 5 s (" << pcm.size() << " bytes)";

    AudioSettings settings;
    settings.volume = kVolume;
    settings.voice = false; // just the beep: its onset and length are what is measured
    CuePlayer player(sink, settings);
    CueEvent event;
    event.type = CueType::HoldStart;
    event.phaseDuration = Ms(30000);

    const qint64 playFrame = pcm.size() / 2; // everything recorded so far was captured before play()
    const qint64 playNs = clock.nsecsElapsed();
    player.onCue(event);

    const qint64 wantFrames = playFrame + qint64(reference->size()) + kRate; // the beep plus 1 s
    const bool complete = test::waitFor([&] { return pcm.size() / 2 >= wantFrames; }, 6000);
    stopRecording();
    const qint64 parecStopMs = clock.elapsed();
    pcm += parec.readAllStandardOutput();
    ASSERT_TRUE(complete) << "the recording stalled at " << ms(pcm.size() / 2) << " ms";
    EXPECT_TRUE(sink.isAvailable()) << sink.unavailableReason().toStdString();

    std::vector<double> rec(size_t(pcm.size() / 2));
    for (size_t i = 0; i < rec.size(); ++i) {
        const auto lo = quint8(pcm[qsizetype(2 * i)]);
        const auto hi = quint8(pcm[qsizetype(2 * i + 1)]);
        rec[i] = qint16(quint16(lo | (hi << 8))) / 32768.0;
    }
    if (const QString keep = qEnvironmentVariable("ROLLWISE_E2E_CAPTURE"); !keep.isEmpty())
        test::writeMonoWav(keep, pcm, kRate);

    const Level floor = levelOf(rec, 0, playFrame);
    const Span span = soundingSpan(rec);
    ASSERT_GE(span.first, 0) << "silence: nothing above " << dbfs(kThreshold) << " dBFS reached null.monitor in "
                             << ms(qint64(rec.size())) << " ms of recording (peak " << dbfs(levelOf(rec, 0, qint64(rec.size())).peak)
                             << " dBFS)";
    const Level level = levelOf(rec, span.first, span.last + 1);
    const double latencyMs = ms(span.first - playFrame);
    // When the onset reached this process (wall clock): adds parec's own buffering.
    double observedMs = -1;
    for (const Arrival& a : arrivals) {
        if (a.bytes / 2 > span.first) {
            observedMs = double(a.ns - playNs) / 1e6;
            break;
        }
    }
    const double lengthMs = ms(span.last - span.first + 1);
    const double expectedLengthMs = ms(refSpan.last - refSpan.first + 1);

    std::printf("[ e2e      ] cue '%s' at volume %.2f; effect ready %lld ms after start, first audio from parec at "
                "%.0f ms, play() at %.0f ms, recording %.0f ms, parec stopped at %lld ms\n",
                qPrintable(soundId), kVolume, static_cast<long long>(loadedMs),
                arrivals.empty() ? -1.0 : double(arrivals.front().ns) / 1e6, double(playNs) / 1e6,
                ms(qint64(rec.size())), static_cast<long long>(parecStopMs));
    std::printf("[ e2e      ] noise floor before play(): RMS %.1f dBFS, peak %.1f dBFS (%lld samples)\n",
                dbfs(floor.rms), dbfs(floor.peak), static_cast<long long>(playFrame));
    std::printf("[ e2e      ] beep recorded: RMS %.1f dBFS, peak %.1f dBFS; expected from the file x%.1f: RMS %.1f "
                "dBFS, peak %.1f dBFS\n",
                dbfs(level.rms), dbfs(level.peak), kVolume, dbfs(refLevel.rms), dbfs(refLevel.peak));
    std::printf("[ e2e      ] latency play() -> onset in the recording: %.1f ms (sample clock); onset seen by "
                "the recorder %.1f ms after play() (wall clock); audible length %.0f ms (file: %.0f ms)\n",
                latencyMs, observedMs, lengthMs, expectedLengthMs);
    std::fflush(stdout);

    // Nothing sounded before the cue, and the recording's floor is far below the beep.
    EXPECT_LT(dbfs(floor.peak), -60.0) << "sound on the monitor before play()";
    EXPECT_GE(span.first, playFrame) << "the onset precedes play()";
    EXPECT_GT(dbfs(level.rms), dbfs(floor.rms) + 30.0);
    // Loud enough to hear, and the volume was applied (0.8 of the file, not full scale, not a whisper).
    EXPECT_GT(dbfs(level.peak), -30.0);
    EXPECT_NEAR(dbfs(level.rms), dbfs(refLevel.rms), 3.0);
    EXPECT_NEAR(dbfs(level.peak), dbfs(refLevel.peak), 3.0);
    // Prompt: generous bound, so a loaded CI machine cannot flake it; the measured value is printed above.
    EXPECT_LT(latencyMs, 500.0);
    // The whole beep played once: not truncated, not looped.
    EXPECT_NEAR(lengthMs, expectedLengthMs, 100.0);
}
