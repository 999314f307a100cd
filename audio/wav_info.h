// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few facts Rollwise needs from a RIFF/WAVE header: enough to time a voice prompt after its beep
// and to prove at test time that every cue file is the 16-bit PCM that QSoundEffect accepts. Input is
// untrusted (a file on disk may be anything), so parsing reports errors instead of assuming.

#include <QCoreApplication>
#include <QString>

#include <optional>

class QByteArray;

namespace rollwise {

struct WavInfo {
    Q_DECLARE_TR_FUNCTIONS(WavInfo)

public:
    static constexpr quint16 kFormatPcm = 1;

    quint16 formatTag = 0; // 1 = PCM, 3 = float, 0xFFFE = extensible
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bitsPerSample = 0;
    quint32 dataBytes = 0; // size of the sample data, from the data chunk header

    qint64 durationMs() const;

    // nullopt with a human-readable reason in *error for anything that is not a complete WAV.
    static std::optional<WavInfo> fromBytes(const QByteArray& bytes, QString* error = nullptr);
    // Accepts file system paths and Qt resource paths (":/…").
    static std::optional<WavInfo> fromFile(const QString& path, QString* error = nullptr);
};

} // namespace rollwise
