// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_support.h"

#include "core/content_library.h"
#include "core/routine_reader.h"

namespace rollwise {

void print(FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', to);
    std::fflush(to);
}

std::optional<Routine> loadRoutine(const QString& path, const ContentLibrary& content, int& failure)
{
    if (path.isEmpty())
        return Routine::defaultRoutine(content);
    RoutineLoad load = RoutineReader(content).readFile(path);
    if (!load.diagnostics.empty())
        print(stderr, load.diagnostics.toText());
    if (!load.routine)
        failure = load.unreadable ? ExitUnreadable : ExitInvalid;
    return load.routine;
}

} // namespace rollwise
