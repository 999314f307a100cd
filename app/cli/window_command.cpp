// SPDX-License-Identifier: GPL-3.0-or-later
// No command: the window, on the routine named (its problems shown in a banner) or the built-in one.
#include "app/cli/commands.h"

#include "app/cli/first_frame_probe.h"
#include "app/window/main_window.h"
#include "core/content_library.h"
#include "core/routine_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rollwise {

int runWindow(const CommandInput& in, QCoreApplication& app)
{
    Routine routine = Routine::defaultRoutine(in.content);
    QString problems;
    if (!in.routinePath.isEmpty()) {
        RoutineLoad load = RoutineReader(in.content).readFile(in.routinePath);
        if (!load.diagnostics.empty()) {
            print(stderr, load.diagnostics.toText());
            problems = load.diagnostics.toReadableText();
        }
        if (load.routine)
            routine = std::move(*load.routine);
        else
            problems = Cli::tr("Could not open %1; showing the built-in routine instead.\n%2")
                           .arg(QFileInfo(in.routinePath).fileName(), problems);
    }
    MainWindow window(in.content, std::move(routine), problems);
    if (qEnvironmentVariableIntValue("ROLLWISE_QUIT_AFTER_FIRST_FRAME") == 1)
        new FirstFrameProbe(&window); // owned by the window
    window.show();
    return app.exec();
}

} // namespace rollwise
