// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/listen.h"

#include "voice/keyword_spotter.h"
#include "voice/wav_reader.h"

#include <vector>

namespace rollwise {

int listenToRecording(const QString& wavPath, const VoiceCommandSet& commands, QTextStream& out, QTextStream& err)
{
    WavReader wav;
    QString error;
    if (!wav.open(wavPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    KeywordSpotter spotter(commands);
    if (!spotter.load(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    // 20 ms at a time, as a microphone would deliver it, so the file gives the same answers as a live session.
    std::vector<int16_t> chunk(KeywordSpotter::kChunkSamples);
    const auto print = [&out](const std::vector<VoiceDetection>& found) {
        for (const VoiceDetection& d : found)
            out << QString::number(d.seconds, 'f', 2) << ' ' << d.commandId << Qt::endl;
    };
    while (const size_t n = wav.read(chunk.data(), chunk.size()))
        print(spotter.feed(chunk.data(), n));
    print(spotter.flush());
    return 0;
}

} // namespace rollwise
