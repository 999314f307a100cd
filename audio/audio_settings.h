// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's audio choices, persisted under "audio/" in the application's QSettings.

#include <QByteArray>
#include <QtGlobal>

class QSettings;

namespace rollwise {

struct AudioSettings {
    double volume = 0.8; // linear 0..1
    bool muted = false;
    bool voice = true;        // false = beeps only
    bool alwaysFlash = false; // visual flash for every cue, for users who cannot hear
    bool speech = true;       // spoken prompts through a speech engine when there is one (else the recordings)
    bool eyesFree = false;    // read every step in full, call 10 s left and 3-2-1 (needs voice and speech)
    bool listen = false;      // voice commands (opt-in: the microphone is opened only when asked)
    QByteArray microphone;    // the input's id; empty: the system default

    // Missing or malformed values fall back to the defaults above; volume is clamped to 0..1.
    static AudioSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    friend bool operator==(const AudioSettings& a, const AudioSettings& b)
    {
        return qFuzzyCompare(1.0 + a.volume, 1.0 + b.volume) && a.muted == b.muted && a.voice == b.voice
            && a.alwaysFlash == b.alwaysFlash && a.speech == b.speech && a.eyesFree == b.eyesFree && a.listen == b.listen && a.microphone == b.microphone;
    }
    friend bool operator!=(const AudioSettings& a, const AudioSettings& b) { return !(a == b); }
};

// Volume as the sink should receive it: NaN and out-of-range values become something playable.
double clampVolume(double volume);

} // namespace rollwise
