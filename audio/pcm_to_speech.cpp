// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/pcm_to_speech.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rollwise {

PcmToSpeech::PcmToSpeech(PcmFormat format, int channels, int rate)
    : m_format(format), m_channels(std::max(1, channels)), m_step(double(std::max(8000, rate)) / kRate)
{
}

int PcmToSpeech::bytesPerSample() const
{
    switch (m_format) {
    case PcmFormat::UInt8: return 1;
    case PcmFormat::Int16: return 2;
    case PcmFormat::Int32:
    case PcmFormat::Float: return 4;
    }
    return 2;
}

double PcmToSpeech::frameValue(const unsigned char* frame) const
{
    double sum = 0;
    const int width = bytesPerSample();
    for (int c = 0; c < m_channels; ++c) {
        const unsigned char* s = frame + c * width;
        switch (m_format) {
        case PcmFormat::UInt8: sum += (double(*s) - 128) / 128; break;
        case PcmFormat::Int16: { int16_t v; std::memcpy(&v, s, 2); sum += v / 32768.0; break; }
        case PcmFormat::Int32: { int32_t v; std::memcpy(&v, s, 4); sum += v / 2147483648.0; break; }
        case PcmFormat::Float: {
            float v;
            std::memcpy(&v, s, 4);
            sum += std::isfinite(v) ? std::clamp(double(v), -1.0, 1.0) : 0.0; // a broken driver must not poison the sum
            break;
        }
        }
    }
    return sum / m_channels;
}

std::vector<int16_t> PcmToSpeech::convert(const char* bytes, qsizetype size)
{
    const size_t frameBytes = size_t(bytesPerSample()) * size_t(m_channels);
    m_partial.insert(m_partial.end(), reinterpret_cast<const unsigned char*>(bytes),
                     reinterpret_cast<const unsigned char*>(bytes) + std::max<qsizetype>(0, size));
    const size_t frames = m_partial.size() / frameBytes;
    std::vector<int16_t> out;
    out.reserve(size_t(double(frames) / m_step) + 1);
    double squares = 0;
    // Each output sample is the mean of the input frames that fall in its 1/16000 s: a box filter, enough to
    // keep 48 kHz content above 8 kHz from folding into the speech band, and exact for 16 kHz input.
    for (size_t f = 0; f < frames; ++f) {
        const double v = frameValue(m_partial.data() + f * frameBytes);
        double share = 1; // of this frame still to place
        while (share > 0) {
            const double room = m_step - m_weight;
            const double take = std::min(share, room);
            m_sum += v * take;
            m_weight += take;
            share -= take;
            if (m_weight >= m_step - 1e-9) {
                const double sample = std::clamp(m_sum / m_weight, -1.0, 1.0);
                out.push_back(int16_t(std::clamp(std::lround(sample * 32768), -32768L, 32767L)));
                squares += sample * sample;
                m_sum = 0;
                m_weight = 0;
            }
        }
    }
    m_partial.erase(m_partial.begin(), m_partial.begin() + std::ptrdiff_t(frames * frameBytes));
    if (!out.empty()) {
        // On a decibel scale, as level meters are read: -60 dBFS (a quiet room) is empty, full scale is full.
        const double rms = std::sqrt(squares / double(out.size()));
        m_level = rms > 0 ? std::clamp((20 * std::log10(rms) + 60) / 60, 0.0, 1.0) : 0.0;
    }
    return out;
}

} // namespace rollwise
