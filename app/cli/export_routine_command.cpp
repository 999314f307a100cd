// SPDX-License-Identifier: GPL-3.0-or-later
// --export-routine OUT [ROUTINE]: the built-in (or given) routine as a routine file, the clinicians' template.
#include "app/cli/commands.h"

#include "core/routine.h"
#include "core/routine_writer.h"

#include <QCommandLineParser>

namespace rollwise {

int runExportRoutine(const CommandInput& in)
{
    int failure = ExitOk;
    std::optional<Routine> routine = loadRoutine(in.routinePath, in.content, failure);
    if (!routine)
        return failure;
    if (!routine->created.isValid())
        routine->created = QDate::currentDate();
    const QString error = RoutineWriter::save(*routine, in.parser.value(in.options.exportRoutine));
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace rollwise
