// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the keyword spotter hears: 16 kHz mono 16-bit samples. A microphone gives whatever its device prefers
// (48 kHz stereo float is common on PipeWire and PulseAudio), so the capture path converts on the fly. Kept free
// of Qt Multimedia types so the arithmetic is tested on its own.

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace rollwise {

enum class PcmFormat { UInt8, Int16, Int32, Float };

class PcmToSpeech {
public:
    static constexpr int kRate = 16000;

    // channels ≥ 1 and rate ≥ 8000 (checked by the caller: a device reporting anything else is refused).
    PcmToSpeech(PcmFormat format, int channels, int rate);

    // Converts interleaved frames; a partial frame at the end of `bytes` is kept for the next call, and so is
    // the part of an output sample not yet complete, so chunk boundaries never change the result.
    std::vector<int16_t> convert(const char* bytes, qsizetype size);
    // Loudness of the last converted chunk, 0 (-60 dBFS or less) to 1 (full scale): the level meter's value.
    double level() const { return m_level; }

private:
    double frameValue(const unsigned char* frame) const; // the frame's channels averaged, -1..1
    int bytesPerSample() const;

    PcmFormat m_format;
    int m_channels;
    double m_step; // input frames per output sample
    std::vector<unsigned char> m_partial;
    double m_sum = 0;    // of the input frames gathered for the output sample being built
    double m_weight = 0; // how many input frames (fractions included) those were
    double m_level = 0;
};

} // namespace rollwise
