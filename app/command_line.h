#pragma once
// Entry point logic behind main(): parses the command line with QCommandLineParser, runs the headless
// commands (--check, --plan, --export-routine) without touching any display, or starts the GUI.

namespace rollwise {

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUnreadable = 2, ExitUsage = 2 };

int runRollwise(int argc, char** argv);

} // namespace rollwise
