// SPDX-License-Identifier: GPL-3.0-or-later
// --listen RECORDING.wav: the voice commands the recogniser hears in a recording, "SECONDS COMMAND-ID" a line,
// so a user can try their own voice without a session and the tests can measure the recogniser.
#include "app/cli/commands.h"

#include "voice/listen.h"
#include "voice/voice_commands.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rollwise {

int runListen(const CommandInput& in)
{
    if (!in.routinePath.isEmpty()) {
        print(stderr, Cli::tr("rollwise: --listen takes the recording as its value: --listen FILE.wav"));
        return ExitUsage;
    }
    const VoiceCommandLoad commands = VoiceCommandSet::builtIn();
    if (!commands.commands) {
        print(stderr, commands.diagnostics.toText());
        return ExitInvalid;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return listenToRecording(in.parser.value(in.options.listen), *commands.commands, out, err) == 0 ? ExitOk
                                                                                                     : ExitUnreadable;
}

} // namespace rollwise
