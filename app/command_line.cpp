#include "app/command_line.h"

#include "app/body_art.h"
#include "app/main_window.h"
#include "app/snapshot.h"
#include "core/atomic_file.h"
#include "core/content_library.h"
#include "core/logging.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/timeline.h"

#include <QApplication>
#include <QBuffer>
#include <QGuiApplication>
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

int runSnapshot(const QCommandLineParser& parser, const QCommandLineOption& out, const QCommandLineOption& technique,
                const QCommandLineOption& view, const QCommandLineOption& side, const QCommandLineOption& size,
                const QCommandLineOption& at, const ContentLibrary& content)
{
    SnapshotRequest request;
    request.techniqueId = parser.value(technique);
    request.view = parser.value(view);
    if (parser.isSet(side)) {
        const auto s = sideFromString(parser.value(side));
        if (!s || *s == Side::Centre) {
            print(stderr, Cli::tr("rollwise: --side %1: expected left or right").arg(parser.value(side)));
            return ExitUsage;
        }
        request.side = s;
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    if (wh.size() == 2)
        request.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
    if (!okW || !okH) {
        print(stderr, Cli::tr("rollwise: --size %1: expected WIDTHxHEIGHT in pixels, e.g. 900x1400").arg(parser.value(size)));
        return ExitUsage;
    }
    bool okAt = false;
    request.atSeconds = parser.value(at).toDouble(&okAt);
    if (!okAt) {
        print(stderr, Cli::tr("rollwise: --at %1: expected a number of seconds").arg(parser.value(at)));
        return ExitUsage;
    }
    const BodyArt art;
    const SnapshotResult result = renderSnapshot(request, content, art);
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("rollwise: --snapshot: ") + result.error);
        return ExitInvalid;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    result.image.save(&buffer, "PNG");
    const QString error = writeFileAtomically(parser.value(out), png);
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
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
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      Cli::tr("Render a body view or pose to a PNG, as a session shows it, without a "
                                              "display."),
                                      Cli::tr("out.png"));
    const QCommandLineOption technique(QStringLiteral("technique"), Cli::tr("Technique for --snapshot (default glutes)."),
                                       Cli::tr("id"), QStringLiteral("glutes"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Cli::tr("View for --snapshot: posterior, anterior, lateral or pose (default: the "
                                          "technique's main view)."),
                                  Cli::tr("view"));
    const QCommandLineOption side(QStringLiteral("side"), Cli::tr("Side for --snapshot: left or right."), Cli::tr("side"));
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("Image size for --snapshot (default 900x1400)."),
                                  Cli::tr("WxH"), QStringLiteral("900x1400"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Cli::tr("Moment for --snapshot, in seconds since the technique began, get-ready "
                                        "countdown included (default 20)."),
                                Cli::tr("seconds"), QStringLiteral("20"));
    parser.addOptions({check, plan, exportRoutine, snapshot, technique, view, side, size, at});
    parser.addPositionalArgument(QStringLiteral("routine"), Cli::tr("Routine file to use instead of the built-in one."),
                                 QStringLiteral("[routine.json]"));

    const bool parsed = parser.parse(args);
    const bool headless = !parsed || parser.isSet(help) || parser.isSet(version) || parser.isSet(check)
                          || parser.isSet(plan) || parser.isSet(exportRoutine);
    // Headless commands must never touch a display, so they get a QCoreApplication; the GUI needs
    // QApplication. Either way the application object exists before help text names the executable.
    std::unique_ptr<QCoreApplication> app;
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else if (parser.isSet(snapshot)) {
        // Rendering needs a GUI platform but never a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }

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
    if (int(parser.isSet(check)) + int(parser.isSet(plan)) + int(parser.isSet(exportRoutine))
            + int(parser.isSet(snapshot)) > 1) {
        print(stderr, Cli::tr("rollwise: use only one of --check, --plan, --export-routine and --snapshot at a time"));
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
    if (parser.isSet(snapshot))
        return runSnapshot(parser, snapshot, technique, view, side, size, at, content);
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
