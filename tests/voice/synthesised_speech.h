// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Speech for the voice tests, made while the test runs: espeak-ng reads the text, sox turns it into the 16 kHz
// mono 16-bit the recogniser hears. A missing tool fails the test by name (not a skip): a recognition test that
// passes silently on a machine without them proves nothing.

#include "voice/wav_reader.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace rollwise::test {

// The path of a 16 kHz mono WAV of `text`; empty (and a test failure) when a tool is missing.
inline QString speakToFile(const QTemporaryDir& dir, const QString& text, const QString& voice = QStringLiteral("en-us"),
                           int wpm = 160)
{
    static int n = 0;
    for (const auto& [tool, package] : {std::pair{"espeak-ng", "espeak-ng"}, std::pair{"sox", "sox"}})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            ADD_FAILURE() << tool << " not found: install the Debian package " << package
                          << " to run the voice recognition tests";
            return {};
        }
    const QString raw = dir.filePath(QStringLiteral("raw%1.wav").arg(n));
    const QString wav = dir.filePath(QStringLiteral("take%1.wav").arg(n++));
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), voice, QStringLiteral("-s"), QString::number(wpm), QStringLiteral("-w"), raw, text});
    espeak.waitForFinished(30000);
    QProcess sox;
    sox.start(QStringLiteral("sox"), {raw, QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"),
                                      QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    sox.waitForFinished(30000);
    return wav;
}

inline std::vector<int16_t> speak(const QTemporaryDir& dir, const QString& text, const QString& voice = QStringLiteral("en-us"),
                                  int wpm = 160)
{
    const QString wav = speakToFile(dir, text, voice, wpm);
    std::vector<int16_t> samples;
    QString error;
    if (!wav.isEmpty()) {
        EXPECT_TRUE(WavReader::readAll(wav, samples, &error)) << error.toStdString();
    }
    return samples;
}

inline void appendSilence(std::vector<int16_t>& s, double seconds)
{
    s.insert(s.end(), size_t(seconds * 16000), int16_t(0));
}

} // namespace rollwise::test
