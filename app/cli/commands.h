// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The headless commands, one file each (check_command.cpp, …). Each reports problems on stderr as
// "file: field: what is wrong (expected …)" and returns the process exit code; none touches a display.

#include "app/cli/cli_support.h"

#include <array>

class QCoreApplication;

namespace rollwise {

int runCheck(const CommandInput& in);         // --check FILE
int runPlan(const CommandInput& in);          // --plan [ROUTINE]
int runExportRoutine(const CommandInput& in); // --export-routine OUT [ROUTINE]
int runSnapshot(const CommandInput& in);      // --snapshot OUT.png [--technique …]
int runExportPdf(const CommandInput& in);     // --export-pdf OUT.pdf [ROUTINE] [--patient …]
int runListen(const CommandInput& in);        // --listen RECORDING.wav
// None of the above: the window, until it is closed (window_command.cpp).
int runWindow(const CommandInput& in, QCoreApplication& app);

// The table the dispatch reads: which option selects a command, whether it paints (and so needs a
// QGuiApplication on the offscreen platform rather than a QCoreApplication), and what runs it.
struct CliCommand {
    QCommandLineOption CliOptions::*option;
    bool paints;
    int (*run)(const CommandInput&);
};
inline const std::array<CliCommand, 6> kCliCommands{{
    {&CliOptions::check, false, runCheck},
    {&CliOptions::plan, false, runPlan},
    {&CliOptions::exportRoutine, false, runExportRoutine},
    {&CliOptions::snapshot, true, runSnapshot},
    {&CliOptions::exportPdf, true, runExportPdf},
    {&CliOptions::listen, false, runListen},
}};

} // namespace rollwise
