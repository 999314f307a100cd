// SPDX-License-Identifier: GPL-3.0-or-later
// What the microphone path hands the recogniser: 16 kHz mono 16-bit, whatever the device gives, the same however
// the driver chunks it, and a level meter that reads silence as empty and full scale as full.

#include "audio/pcm_to_speech.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

using namespace rollwise;

namespace {

template <typename T>
std::vector<char> bytesOf(const std::vector<T>& v)
{
    std::vector<char> b(v.size() * sizeof(T));
    std::memcpy(b.data(), v.data(), b.size());
    return b;
}

double rms(const std::vector<int16_t>& v, size_t from = 0)
{
    double sum = 0;
    for (size_t i = from; i < v.size(); ++i)
        sum += double(v[i]) * v[i];
    return std::sqrt(sum / double(v.size() - from)) / 32767;
}

} // namespace

TEST(PcmToSpeech, SixteenKilohertzMonoPassesThroughUnchanged)
{
    const std::vector<int16_t> in{0, 1000, -1000, 32767, -32767, 12};
    PcmToSpeech convert(PcmFormat::Int16, 1, 16000);
    const auto bytes = bytesOf(in);
    EXPECT_EQ(convert.convert(bytes.data(), qsizetype(bytes.size())), in);
}

TEST(PcmToSpeech, FortyEightKilohertzStereoFloatBecomesOneThirdAsManyMonoSamplesOfTheSameLoudness)
{
    // One second of a 440 Hz tone at half scale, the same on both channels.
    std::vector<float> in;
    for (int i = 0; i < 48000; ++i) {
        const float v = 0.5f * float(std::sin(2 * M_PI * 440 * i / 48000.0));
        in.push_back(v);
        in.push_back(v);
    }
    PcmToSpeech convert(PcmFormat::Float, 2, 48000);
    const auto bytes = bytesOf(in);
    const auto out = convert.convert(bytes.data(), qsizetype(bytes.size()));
    EXPECT_EQ(out.size(), 16000u);
    EXPECT_NEAR(rms(out), 0.5 / std::sqrt(2.0), 0.01);
    EXPECT_NEAR(convert.level(), (20 * std::log10(0.5 / std::sqrt(2.0)) + 60) / 60, 0.01);
}

TEST(PcmToSpeech, ChunkBoundariesNeverChangeTheResult)
{
    // 44.1 kHz stereo 16-bit (a fractional step), fed whole and then in odd pieces that split frames and samples.
    std::vector<int16_t> in;
    for (int i = 0; i < 4410 * 2; ++i)
        in.push_back(int16_t(std::lround(8000 * std::sin(i * 0.01))));
    const auto bytes = bytesOf(in);
    PcmToSpeech whole(PcmFormat::Int16, 2, 44100);
    const auto expected = whole.convert(bytes.data(), qsizetype(bytes.size()));
    PcmToSpeech pieces(PcmFormat::Int16, 2, 44100);
    std::vector<int16_t> got;
    for (size_t at = 0, step = 1; at < bytes.size(); at += step, step = step % 7 + 3) {
        const size_t n = std::min(step, bytes.size() - at);
        const auto part = pieces.convert(bytes.data() + at, qsizetype(n));
        got.insert(got.end(), part.begin(), part.end());
    }
    EXPECT_EQ(got, expected);
    EXPECT_EQ(expected.size(), 1600u) << "0.1 s at 16 kHz";
}

TEST(PcmToSpeech, SilenceReadsAsAnEmptyMeterAndBrokenFloatsAsSilence)
{
    const std::vector<float> in(3200, std::nanf(""));
    PcmToSpeech convert(PcmFormat::Float, 1, 16000);
    const auto bytes = bytesOf(in);
    const auto out = convert.convert(bytes.data(), qsizetype(bytes.size()));
    ASSERT_EQ(out.size(), 3200u);
    EXPECT_EQ(rms(out), 0.0);
    EXPECT_EQ(convert.level(), 0.0);
    // Unsigned 8-bit at full scale fills the meter.
    std::vector<unsigned char> loud;
    for (int i = 0; i < 1600; ++i)
        loud.push_back(i % 2 ? 255 : 0);
    PcmToSpeech eight(PcmFormat::UInt8, 1, 16000);
    eight.convert(reinterpret_cast<const char*>(loud.data()), qsizetype(loud.size()));
    EXPECT_GT(eight.level(), 0.99);
}
