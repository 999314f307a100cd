// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which sound files a cue asks for. A sound id is a file base name in resources/audio ("get-ready",
// "voice-hold-30"), or for a spoken prompt in another language, in its folder there ("de/voice-hold-30"); the files
// are compiled in under :/rollwise/audio, so ids are resolved there.

#include "core/cue.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace rollwise {

struct CueSounds {
    QString beep;  // empty = none
    QString voice; // empty = none

    bool isEmpty() const { return beep.isEmpty() && voice.isEmpty(); }
    friend bool operator==(const CueSounds& a, const CueSounds& b) { return a.beep == b.beep && a.voice == b.voice; }
};

// The prompts speak the language of the texts (ContentLibrary::language()) where it has a recording of that
// prompt, and English otherwise.
CueSounds cueSounds(const CueEvent& event);

// Hold lengths (seconds) that have their own spoken prompt; any other length uses "voice-hold".
const QList<int>& spokenHoldSeconds();

// Every id cueSounds() can return apart from per-technique "voice-next-<techniqueId>" prompts, which it
// only returns when the file exists.
QStringList allSoundIds();
// Every id that has a compiled-in file, per-technique prompts and the current language's prompts included: what a
// sink should preload.
QStringList availableSoundIds();

QString soundResourcePath(const QString& soundId); // ":/rollwise/audio/<id>.wav"
QUrl soundResourceUrl(const QString& soundId);     // "qrc:/rollwise/audio/<id>.wav"
bool soundExists(const QString& soundId);
// Length of the compiled-in file, from its WAV header; 0 when the file is missing or unreadable.
qint64 soundDurationMs(const QString& soundId);

} // namespace rollwise
