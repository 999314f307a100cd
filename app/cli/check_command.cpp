// SPDX-License-Identifier: GPL-3.0-or-later
// --check FILE: validate a routine file; exit 0 valid (warnings on stderr), 1 invalid, 2 unreadable.
#include "app/cli/commands.h"

#include "core/content_library.h"
#include "core/routine_reader.h"

#include <QCommandLineParser>

namespace rollwise {

int runCheck(const CommandInput& in)
{
    if (!in.routinePath.isEmpty()) {
        print(stderr, Cli::tr("rollwise: --check takes the routine file as its value: --check FILE"));
        return ExitUsage;
    }
    const QString path = in.parser.value(in.options.check);
    RoutineLoad load = RoutineReader(in.content).readFile(path);
    if (!load.diagnostics.empty())
        print(stderr, load.diagnostics.toText());
    if (load.unreadable)
        return ExitUnreadable;
    if (!load.routine)
        return ExitInvalid;
    const int n = int(load.routine->exercises.size());
    const QString exercises = n == 1 ? Cli::tr("1 exercise") : Cli::tr("%1 exercises").arg(n);
    const int w = load.diagnostics.warningCount();
    const QString warnings = w == 1 ? Cli::tr("1 warning") : Cli::tr("%1 warnings").arg(w);
    print(stdout, Cli::tr("%1: valid routine \"%2\" (%3, %4)").arg(path, load.routine->title, exercises, warnings));
    return ExitOk;
}

} // namespace rollwise
