// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entry point logic behind main(): parses the command line with QCommandLineParser, runs a headless command
// (--check, --plan, --export-routine, --snapshot, --export-pdf) without touching any display, or starts the GUI.

namespace rollwise {

int runRollwise(int argc, char** argv);

} // namespace rollwise
