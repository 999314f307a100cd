// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every command of the command line shares: the options (one object each, read by the parser, the dispatch
// and the commands), the exit codes, output and the routine a command works on.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdio>
#include <optional>

class QCommandLineParser;

namespace rollwise {

class ContentLibrary;
struct Routine;

// The translation context of every command-line text.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUnreadable = 2, ExitUsage = 2 };

struct CliOptions {
    QCommandLineOption check{QStringLiteral("check"),
                             Cli::tr("Validate a routine file. Exit 0 if valid (warnings on stderr), 1 if invalid, "
                                     "2 if it cannot be read."),
                             Cli::tr("routine.json")};
    QCommandLineOption plan{QStringLiteral("plan"),
                            Cli::tr("Print the session timeline (every cue with its offset in ms) as JSON for the "
                                    "given routine or the built-in one.")};
    QCommandLineOption exportRoutine{QStringLiteral("export-routine"),
                                     Cli::tr("Write the built-in (or given) routine as a routine file: the template "
                                             "clinicians start from."),
                                     Cli::tr("out.json")};
    QCommandLineOption exportPdf{QStringLiteral("export-pdf"),
                                 Cli::tr("Write the illustrated routine sheet for the built-in (or given) routine as a "
                                         "PDF."),
                                 Cli::tr("out.pdf")};
    QCommandLineOption patient{QStringLiteral("patient"), Cli::tr("Patient name on the sheet (--export-pdf)."), Cli::tr("name")};
    QCommandLineOption clinician{QStringLiteral("clinician"), Cli::tr("Clinician on the sheet (--export-pdf)."), Cli::tr("name")};
    QCommandLineOption notes{QStringLiteral("notes"), Cli::tr("Notes on the sheet (--export-pdf)."), Cli::tr("text")};
    QCommandLineOption page{QStringLiteral("page"), Cli::tr("Paper for --export-pdf: a4 or letter (default a4)."),
                            Cli::tr("size"), QStringLiteral("a4")};
    QCommandLineOption layout{QStringLiteral("layout"),
                              Cli::tr("Layout for --export-pdf: sheet (every step, several pages) or card (one page, "
                                      "every exercise with a small picture; default sheet)."),
                              Cli::tr("layout"), QStringLiteral("sheet")};
    QCommandLineOption nextReview{QStringLiteral("next-review"),
                                  Cli::tr("Date of the next review on the sheet, YYYY-MM-DD (--export-pdf; default: the "
                                          "routine file's nextReview)."),
                                  Cli::tr("date")};
    QCommandLineOption snapshot{QStringLiteral("snapshot"),
                                Cli::tr("Render a body view or pose to a PNG, as a session shows it, without a display."),
                                Cli::tr("out.png")};
    QCommandLineOption technique{QStringLiteral("technique"), Cli::tr("Technique for --snapshot (default glutes)."),
                                 Cli::tr("id"), QStringLiteral("glutes")};
    QCommandLineOption view{QStringLiteral("view"),
                            Cli::tr("View for --snapshot: posterior, anterior, lateral or pose (default: the "
                                    "technique's main view)."),
                            Cli::tr("view")};
    QCommandLineOption side{QStringLiteral("side"), Cli::tr("Side for --snapshot: left or right."), Cli::tr("side")};
    QCommandLineOption size{QStringLiteral("size"), Cli::tr("Image size for --snapshot (default 900x1400)."),
                            Cli::tr("WxH"), QStringLiteral("900x1400")};
    QCommandLineOption at{QStringLiteral("at"),
                          Cli::tr("Moment for --snapshot, in seconds since the technique began, get-ready countdown "
                                  "included (default 20)."),
                          Cli::tr("seconds"), QStringLiteral("20")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              Cli::tr("Run the voice-command recogniser on a recording (16 kHz mono 16-bit WAV) and "
                                      "print one line per command heard: SECONDS COMMAND-ID."),
                              Cli::tr("recording.wav")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Cli::tr("Language of every text: de or en (default: the system's language when it is one "
                                    "of these, else English)."),
                            Cli::tr("language")};

    QList<QCommandLineOption> all() const
    {
        return {check, plan, exportRoutine, exportPdf, patient, clinician, notes, page, layout, nextReview, snapshot, technique, view, side, size, at, listen, lang};
    }
};

// What a headless command is given.
struct CommandInput {
    const QCommandLineParser& parser;
    const CliOptions& options;
    const QString& routinePath; // the positional routine file; empty: the built-in routine
    const ContentLibrary& content;
};

// Writes text and a final newline, in the locale's encoding, and flushes.
void print(FILE* to, const QString& text);
// The routine named on the command line, or the built-in one; problems go to stderr and set failure.
std::optional<Routine> loadRoutine(const QString& path, const ContentLibrary& content, int& failure);

} // namespace rollwise
