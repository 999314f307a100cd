// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Spots the phrases of a VoiceCommandSet in a stream of 16 kHz mono audio, offline, with PocketSphinx's
// keyword search: it listens for the listed phrases only and ignores all other speech, which is what a
// session needs while someone talks, breathes or plays music in the room.

#include "voice/voice_commands.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace rollwise {

struct VoiceDetection {
    double seconds = 0; // where the phrase ended, counted from the first sample fed (or since reset())
    QString commandId;
    QString phrase;
};

class KeywordSpotter {
    Q_DECLARE_TR_FUNCTIONS(KeywordSpotter)

public:
    static constexpr int kSampleRate = 16000;
    // A second detection of the same command this soon after the first is the tail of the same utterance
    // (or "stop stop stop"), not a new request: acting twice would skip two exercises.
    static constexpr double kRepeatGapSeconds = 1.0;
    // How long to keep listening after the first phrase is spotted before deciding: a short phrase
    // ("go back") is often spotted inside a longer one ("go backwards") a moment before the longer one
    // ends, and reporting at once would act on the wrong command and lose the right one.
    static constexpr double kSettleSeconds = 0.5;
    // Peak of the noise floor added to the input (see feed()), in 16-bit sample units.
    static constexpr int kNoiseFloor = 300;

    explicit KeywordSpotter(VoiceCommandSet commands, QString modelDir = defaultModelDir());
    ~KeywordSpotter();
    KeywordSpotter(const KeywordSpotter&) = delete;
    KeywordSpotter& operator=(const KeywordSpotter&) = delete;

    // The PocketSphinx model folder found at build time (pkg-config's modeldir).
    static QString defaultModelDir();

    // Loads the acoustic model and dictionary and sets up the phrase list. On failure returns false and,
    // if error is given, says what to fix (a missing model folder, a word the dictionary lacks).
    bool load(QString* error = nullptr);
    bool isLoaded() const;

    // 16-bit samples at 16 kHz, any number per call; returns the commands whose phrase ended in them.
    std::vector<VoiceDetection> feed(const int16_t* samples, size_t count);
    // At the end of a recording: reports a phrase still waiting for kSettleSeconds to pass.
    std::vector<VoiceDetection> flush();
    // A whole recording, fed 20 ms at a time as a microphone delivers it, then flushed: what the tests and the
    // measurements hear, the same way a session does.
    std::vector<VoiceDetection> spotRecording(const std::vector<int16_t>& samples);
    static constexpr size_t kChunkSamples = kSampleRate / 50;
    // Forgets any half-heard phrase and starts counting time from zero again.
    void reset();

    const VoiceCommandSet& commands() const { return m_commands; }

private:
    struct Decoder;
    void restartUtterance();
    std::vector<VoiceDetection> decide();

    VoiceCommandSet m_commands;
    QString m_modelDir;
    std::unique_ptr<Decoder> m_decoder;
    uint64_t m_samplesFed = 0;
    int64_t m_pendingSince = -1;   // sample at which a spotted phrase started waiting for kSettleSeconds
    std::map<QString, double> m_lastDetection; // command id -> seconds
    std::vector<int16_t> m_buffer; // the input plus the noise floor
    uint32_t m_noiseState = 1;
};

} // namespace rollwise
