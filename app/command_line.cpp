#include "app/command_line.h"

#include "app/main_window.h"
#include "core/content_library.h"
#include "core/logging.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/timeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <optional>

namespace rollwise {

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void print(FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', to);
    std::fflush(to);
}

void forwardQtMessages(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}

// Loads the routine named on the command line (or the built-in one); reports problems on stderr.
// Returns the exit code to use on failure in `failure`.
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

int runCheck(const QString& path, const ContentLibrary& content)
{
    RoutineLoad load = RoutineReader(content).readFile(path);
    if (!load.diagnostics.empty())
        print(stderr, load.diagnostics.toText());
    if (load.unreadable)
        return ExitUnreadable;
    if (!load.routine)
        return ExitInvalid;
    print(stdout, Cli::tr("%1: valid routine \"%2\" (%n exercise(s), %3 warning(s))", nullptr,
                          int(load.routine->exercises.size()))
                      .arg(path, load.routine->title)
                      .arg(load.diagnostics.warningCount()));
    return ExitOk;
}

} // namespace

int runRollwise(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Foam-rolling coach for lower-back relief: roll the muscles around the lower back, never the "
                "lumbar spine."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption check(QStringLiteral("check"),
                                   Cli::tr("Validate a routine file. Exit 0 if valid (warnings on stderr), 1 if "
                                           "invalid, 2 if it cannot be read."),
                                   Cli::tr("routine.json"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  Cli::tr("Print the session timeline (every cue with its offset in ms) as JSON for "
                                          "the given routine or the built-in one."));
    const QCommandLineOption exportRoutine(QStringLiteral("export-routine"),
                                           Cli::tr("Write the built-in (or given) routine as a routine file: the "
                                                   "template clinicians start from."),
                                           Cli::tr("out.json"));
    parser.addOptions({check, plan, exportRoutine});
    parser.addPositionalArgument(QStringLiteral("routine"), Cli::tr("Routine file to use instead of the built-in one."),
                                 QStringLiteral("[routine.json]"));

    const bool parsed = parser.parse(args);
    const bool headless = !parsed || parser.isSet(help) || parser.isSet(version) || parser.isSet(check)
                          || parser.isSet(plan) || parser.isSet(exportRoutine);
    // Headless commands must never touch a display, so they get a QCoreApplication; the GUI needs
    // QApplication. Either way the application object exists before help text names the executable.
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    if (!parsed) {
        print(stderr, parser.errorText() + QLatin1Char('\n') + parser.helpText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("Rollwise %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        print(stderr, Cli::tr("rollwise: expected at most one routine file, got %1: %2")
                          .arg(positional.size())
                          .arg(positional.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const QString routinePath = positional.value(0);
    if (int(parser.isSet(check)) + int(parser.isSet(plan)) + int(parser.isSet(exportRoutine)) > 1) {
        print(stderr, Cli::tr("rollwise: use only one of --check, --plan and --export-routine at a time"));
        return ExitUsage;
    }
    initLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    qInstallMessageHandler(forwardQtMessages);

    if (headless) {
        const ContentLibrary& content = ContentLibrary::builtIn();
        if (parser.isSet(check)) {
            if (!routinePath.isEmpty()) {
                print(stderr, Cli::tr("rollwise: --check takes the routine file as its value: --check FILE"));
                return ExitUsage;
            }
            return runCheck(parser.value(check), content);
        }
        int failure = ExitOk;
        const std::optional<Routine> routine = loadRoutine(routinePath, content, failure);
        if (!routine)
            return failure;
        if (parser.isSet(plan)) {
            print(stdout, QString::fromUtf8(QJsonDocument(timelineToJson(*routine, content)).toJson(QJsonDocument::Indented)));
            return ExitOk;
        }
        Routine out = *routine;
        if (!out.created.isValid())
            out.created = QDate::currentDate();
        const QString error = RoutineWriter::save(out, parser.value(exportRoutine));
        if (!error.isEmpty()) {
            print(stderr, error);
            return ExitUnreadable;
        }
        return ExitOk;
    }

    const ContentLibrary& content = ContentLibrary::builtIn();
    Routine routine = Routine::defaultRoutine(content);
    QString problems;
    if (!routinePath.isEmpty()) {
        RoutineLoad load = RoutineReader(content).readFile(routinePath);
        if (!load.diagnostics.empty()) {
            print(stderr, load.diagnostics.toText());
            problems = load.diagnostics.toText();
        }
        if (load.routine)
            routine = std::move(*load.routine);
        else
            problems = Cli::tr("Could not open %1; showing the built-in routine instead.\n%2").arg(routinePath, problems);
    }
    MainWindow window(content, std::move(routine), problems);
    window.show();
    return app->exec();
}

} // namespace rollwise
