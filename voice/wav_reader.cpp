// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/wav_reader.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace rollwise {

namespace {
constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatFloat = 3;
constexpr quint16 kFormatExtensible = 0xFFFE;

quint16 u16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}
} // namespace

bool WavReader::open(const QString& path, QString* error)
{
    const QString convert = tr("convert with: sox IN -r 16000 -c 1 -b 16 OUT.wav");
    const auto fail = [&](const QString& what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, what);
        m_file.close();
        return false;
    };
    m_file.close();
    m_file.setFileName(path);
    m_dataBytes = m_dataRead = 0;
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(m_file.errorString()));
    const qint64 fileSize = m_file.size();

    char riff[12];
    if (m_file.read(riff, 12) != 12 || memcmp(riff, "RIFF", 4) != 0 || memcmp(riff + 8, "WAVE", 4) != 0)
        return fail(tr("not a WAV file (no RIFF/WAVE header); expected 16 kHz mono 16-bit PCM (%1)").arg(convert));

    bool haveFormat = false;
    // Chunks come in any order and unknown ones (LIST, fact, …) are skipped by their declared size.
    while (true) {
        char header[8];
        const qint64 got = m_file.read(header, 8);
        if (got == 0 || (got < 8 && !haveFormat))
            return fail(haveFormat ? tr("no audio data (no \"data\" chunk)")
                                   : tr("no \"fmt \" chunk; the file is truncated or not a WAV file"));
        if (got < 8)
            return fail(tr("truncated chunk header at byte %1").arg(m_file.pos() - got));
        const QByteArray id(header, 4);
        const quint32 size = u32(header + 4);
        const qint64 bodyStart = m_file.pos();
        const qint64 remaining = fileSize - bodyStart;
        if (id == "fmt ") {
            if (size < 16 || size > 64)
                return fail(tr("\"fmt \" chunk of %1 bytes; expected 16 to 64").arg(size));
            if (remaining < qint64(size))
                return fail(tr("truncated: the \"fmt \" chunk runs past the end of the file"));
            // A fixed buffer the size of the largest accepted chunk: every field read below lies inside it
            // whatever the file holds, and a short read is refused rather than read past.
            char fmt[64] = {};
            if (m_file.read(fmt, size) != qint64(size) || ((size & 1) && !m_file.skip(1)))
                return fail(tr("truncated: the \"fmt \" chunk runs past the end of the file"));
            quint16 format = u16(fmt);
            const quint16 channels = u16(fmt + 2);
            const quint32 rate = u32(fmt + 4);
            const quint16 bits = u16(fmt + 14);
            if (format == kFormatExtensible && size >= 40)
                format = u16(fmt + 24); // the sub-format GUID starts with the plain format code
            const QString channelText = channels == 1   ? tr("mono")
                                        : channels == 2 ? tr("stereo")
                                                        : tr("%1 channels").arg(channels);
            const QString found = format == kFormatPcm ? tr("%1 Hz %2 %3-bit PCM").arg(rate).arg(channelText).arg(bits)
                                  : format == kFormatFloat
                                      ? tr("%1 Hz %2 %3-bit floating point").arg(rate).arg(channelText).arg(bits)
                                      : tr("%1 Hz %2, encoding %3 (compressed)").arg(rate).arg(channelText).arg(format);
            if (format != kFormatPcm || channels != 1 || rate != 16000 || bits != 16)
                return fail(tr("%1; expected 16 kHz mono 16-bit PCM (%2)").arg(found, convert));
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return fail(tr("the \"data\" chunk comes before the \"fmt \" chunk"));
            if (remaining < qint64(size))
                return fail(tr("truncated: the header promises %1 bytes of audio but the file holds %2")
                                .arg(size)
                                .arg(remaining));
            if (size % 2 != 0)
                return fail(tr("the audio data has an odd number of bytes (%1) for 16-bit samples").arg(size));
            m_dataBytes = size;
            return true;
        } else {
            // Odd-sized chunks are followed by one pad byte.
            const qint64 skip = qint64(size) + (size & 1);
            if (remaining < skip)
                return fail(tr("truncated: chunk \"%1\" runs past the end of the file")
                                .arg(QString::fromLatin1(id.toPercentEncoding())));
            m_file.seek(bodyStart + skip);
        }
    }
}

size_t WavReader::read(int16_t* out, size_t maxSamples)
{
    const uint64_t left = (m_dataBytes - m_dataRead) / 2;
    const size_t want = size_t(std::min<uint64_t>(left, maxSamples));
    if (want == 0 || !m_file.isOpen())
        return 0;
    const qint64 got = m_file.read(reinterpret_cast<char*>(out), qint64(want * 2));
    if (got <= 0)
        return 0;
    const size_t samples = size_t(got) / 2;
    m_dataRead += uint64_t(samples) * 2;
    for (size_t i = 0; i < samples; ++i)
        out[i] = qFromLittleEndian<qint16>(out + i);
    return samples;
}

bool WavReader::readAll(const QString& path, std::vector<int16_t>& samples, QString* error)
{
    WavReader reader;
    if (!reader.open(path, error))
        return false;
    samples.resize(size_t(reader.sampleCount()));
    samples.resize(reader.read(samples.data(), samples.size()));
    return true;
}

} // namespace rollwise
