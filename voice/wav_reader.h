// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the one WAV layout the keyword spotter takes: 16 kHz, mono, 16-bit PCM. The file comes from
// the user, so every header field is checked and every refusal names the file and what to do.

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rollwise {

class WavReader {
    Q_DECLARE_TR_FUNCTIONS(WavReader)

public:
    // Opens the file and checks its header; on failure returns false with error set.
    bool open(const QString& path, QString* error);
    // Up to maxSamples samples into out; returns how many were read (0 at the end of the data).
    size_t read(int16_t* out, size_t maxSamples);
    uint64_t sampleCount() const { return m_dataBytes / 2; }
    double seconds() const { return double(sampleCount()) / 16000.0; }

    // The whole file at once, for short recordings and tests.
    static bool readAll(const QString& path, std::vector<int16_t>& samples, QString* error);

private:
    QFile m_file;
    uint64_t m_dataBytes = 0;
    uint64_t m_dataRead = 0;
};

} // namespace rollwise
