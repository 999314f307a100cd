// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled-in cue files are what QSoundEffect accepts, and the header parser survives bad input.

#include "audio/cue_sounds.h"
#include "audio/wav_info.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryFile>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {

QStringList resourceWavs()
{
    return QDir(QStringLiteral(":/rollwise/audio")).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
}

QByteArray readResource(const QString& name)
{
    QFile f(QStringLiteral(":/rollwise/audio/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A minimal valid header with `dataBytes` of silence.
QByteArray makeWav(quint16 tag, quint16 channels, quint32 rate, quint16 bits, quint32 dataBytes)
{
    auto le16 = [](quint16 v) { QByteArray b(2, 0); qToLittleEndian(v, b.data()); return b; };
    auto le32 = [](quint32 v) { QByteArray b(4, 0); qToLittleEndian(v, b.data()); return b; };
    const quint16 block = quint16(channels * bits / 8);
    QByteArray w = "RIFF" + le32(36 + dataBytes) + "WAVE";
    w += "fmt " + le32(16) + le16(tag) + le16(channels) + le32(rate) + le32(rate * block) + le16(block) + le16(bits);
    w += "data" + le32(dataBytes) + QByteArray(int(dataBytes), '\0');
    return w;
}

} // namespace

TEST(WavInfo, EveryCompiledInCueIs16BitPcmMono44k)
{
    const QStringList files = resourceWavs();
    ASSERT_EQ(files.size(), 29) << "resources/audio has 29 cue files";
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        QString error;
        const auto info = WavInfo::fromFile(QStringLiteral(":/rollwise/audio/") + name, &error);
        ASSERT_TRUE(info) << error.toStdString();
        EXPECT_EQ(info->formatTag, WavInfo::kFormatPcm);
        EXPECT_EQ(info->bitsPerSample, 16);
        EXPECT_EQ(info->channels, 1);
        EXPECT_EQ(info->sampleRate, 44100u);
        EXPECT_GT(info->durationMs(), 50);
        EXPECT_LT(info->durationMs(), name.startsWith(u"voice-") ? 3000 : 2000);
    }
}

TEST(WavInfo, DurationMatchesTheSampleCount)
{
    const auto info = WavInfo::fromBytes(makeWav(1, 1, 44100, 16, 44100 * 2 * 3 / 2));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->durationMs(), 1500);
    const auto stereo = WavInfo::fromBytes(makeWav(1, 2, 8000, 8, 8000 * 2));
    ASSERT_TRUE(stereo);
    EXPECT_EQ(stereo->durationMs(), 1000);
}

TEST(WavInfo, CompiledInFilesMatchTheSourceDirectory)
{
    // The resource list in audio/CMakeLists.txt is explicit; a regenerated file must not be missed.
    const QStringList onDisk = QDir(QStringLiteral(ROLLWISE_SOURCE_DIR "/resources/audio"))
                                   .entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    EXPECT_EQ(resourceWavs(), onDisk);
}

TEST(WavInfo, RejectsGarbageWithAMessage)
{
    const QByteArray good = readResource(QStringLiteral("get-ready.wav"));
    ASSERT_GT(good.size(), 100);

    QByteArray notRiff = good;
    notRiff.replace(0, 4, "RIFX");
    QByteArray fmtAfterData = makeWav(1, 1, 44100, 16, 4);
    fmtAfterData.replace(12, 4, "junk"); // the fmt chunk is no longer recognised
    QByteArray zeroRate = makeWav(1, 1, 0, 16, 4);
    QByteArray hugeChunk = makeWav(1, 1, 44100, 16, 4);
    qToLittleEndian<quint32>(0xFFFFFFF0u, hugeChunk.data() + 16); // fmt chunk size runs past the end

    const std::vector<std::pair<const char*, QByteArray>> cases{
        {"empty", QByteArray()},
        {"short", QByteArray("RIFF")},
        {"text", QByteArray("hello, this is definitely not audio at all")},
        {"not riff", notRiff},
        {"header only", good.left(12)},
        {"truncated fmt", good.left(24)},
        {"truncated data", good.left(good.size() / 2)},
        {"no data chunk", good.left(36)},
        {"data before fmt", fmtAfterData},
        {"zero rate", zeroRate},
        {"huge chunk", hugeChunk},
        {"random", QByteArray(4096, '\xA5')},
    };
    for (const auto& [label, bytes] : cases) {
        SCOPED_TRACE(label);
        QString error;
        EXPECT_FALSE(WavInfo::fromBytes(bytes, &error));
        EXPECT_FALSE(error.isEmpty());
    }
    QString error;
    EXPECT_FALSE(WavInfo::fromBytes(good.left(good.size() - 1), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Truncated"))) << error.toStdString();
}

TEST(WavInfo, EveryPrefixOfARealFileIsHandled)
{
    // Cheap fuzzing: no prefix may crash, and only the complete file parses.
    const QByteArray good = readResource(QStringLiteral("countdown-tick.wav"));
    ASSERT_GT(good.size(), 44);
    for (int n = 0; n < good.size(); n += (n < 64 ? 1 : 97))
        EXPECT_FALSE(WavInfo::fromBytes(good.left(n))) << n;
    EXPECT_TRUE(WavInfo::fromBytes(good));
}

TEST(WavInfo, FileErrorsNameTheFile)
{
    QString error;
    EXPECT_FALSE(WavInfo::fromFile(QStringLiteral("/nonexistent/cue.wav"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/cue.wav"))) << error.toStdString();

    QTemporaryFile text;
    ASSERT_TRUE(text.open());
    text.write("not a wav");
    text.close();
    EXPECT_FALSE(WavInfo::fromFile(text.fileName(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("RIFF"))) << error.toStdString();
}
