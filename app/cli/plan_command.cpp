// SPDX-License-Identifier: GPL-3.0-or-later
// --plan [ROUTINE]: the session timeline as JSON, every cue with its offset in ms.
#include "app/cli/commands.h"

#include "core/routine.h"
#include "core/timeline.h"

#include <QJsonDocument>

namespace rollwise {

int runPlan(const CommandInput& in)
{
    int failure = ExitOk;
    const std::optional<Routine> routine = loadRoutine(in.routinePath, in.content, failure);
    if (!routine)
        return failure;
    print(stdout, QString::fromUtf8(QJsonDocument(timelineToJson(*routine, in.content)).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

} // namespace rollwise
