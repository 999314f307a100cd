// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/wav_info.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>

namespace rollwise {

namespace {

// Cue files are a few hundred kB; anything far larger is not one of ours and is not read into memory.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

std::optional<WavInfo> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

quint16 u16(const char* p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char* p) { return qFromLittleEndian<quint32>(p); }

} // namespace

qint64 WavInfo::durationMs() const
{
    const qint64 bytesPerSecond = qint64(sampleRate) * channels * ((bitsPerSample + 7) / 8);
    return bytesPerSecond > 0 ? qint64(dataBytes) * 1000 / bytesPerSecond : 0;
}

std::optional<WavInfo> WavInfo::fromBytes(const QByteArray& bytes, QString* error)
{
    const qint64 size = bytes.size();
    const char* d = bytes.constData();
    if (size < 12)
        return fail(error, tr("Not a WAV file: only %n byte(s), too short for a RIFF header.", nullptr, int(size)));
    if (qstrncmp(d, "RIFF", 4) != 0 || qstrncmp(d + 8, "WAVE", 4) != 0)
        return fail(error, tr("Not a WAV file: the RIFF/WAVE signature is missing."));

    WavInfo info;
    bool haveFormat = false;
    // Walk the chunk list; positions are 64-bit so a hostile chunk size cannot wrap around.
    qint64 pos = 12;
    while (pos + 8 <= size) {
        const char* chunk = d + pos;
        const qint64 chunkSize = u32(chunk + 4);
        const qint64 body = pos + 8;
        if (qstrncmp(chunk, "fmt ", 4) == 0) {
            if (chunkSize < 16 || body + 16 > size)
                return fail(error, tr("Truncated WAV file: the format chunk is incomplete."));
            info.formatTag = u16(d + body);
            info.channels = u16(d + body + 2);
            info.sampleRate = u32(d + body + 4);
            info.bitsPerSample = u16(d + body + 14);
            if (info.channels == 0 || info.sampleRate == 0 || info.bitsPerSample == 0)
                return fail(error, tr("Invalid WAV file: zero channels, sample rate or sample size."));
            haveFormat = true;
        } else if (qstrncmp(chunk, "data", 4) == 0) {
            if (!haveFormat)
                return fail(error, tr("Invalid WAV file: sample data comes before the format chunk."));
            if (body + chunkSize > size)
                return fail(error, tr("Truncated WAV file: the data chunk declares %1 bytes but only %2 are present.")
                                       .arg(chunkSize)
                                       .arg(size - body));
            info.dataBytes = quint32(chunkSize);
            return info;
        }
        pos = body + chunkSize + (chunkSize & 1); // chunks are word-aligned
    }
    return fail(error, haveFormat ? tr("Truncated WAV file: no data chunk.")
                                  : tr("Truncated WAV file: no format chunk."));
}

std::optional<WavInfo> WavInfo::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return fail(error, tr("%1 is too large to be a cue sound (%2 bytes).").arg(path).arg(file.size()));
    QString why;
    auto info = fromBytes(file.readAll(), &why);
    if (!info)
        return fail(error, tr("%1: %2").arg(path, why));
    return info;
}

} // namespace rollwise
