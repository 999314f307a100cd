// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rollwise --listen FILE.wav`: the voice commands heard in a recording, one "SECONDS COMMAND-ID" line
// each, so phrases and thresholds can be checked on real recordings without a microphone or a session.

#include "voice/voice_commands.h"

#include <QString>
#include <QTextStream>

namespace rollwise {

// Returns the process exit code: 0 when the file was read (whether or not anything was heard),
// 1 when it or the speech model could not be used (the reason goes to err).
int listenToRecording(const QString& wavPath, const VoiceCommandSet& commands, QTextStream& out,
                      QTextStream& err);

} // namespace rollwise
