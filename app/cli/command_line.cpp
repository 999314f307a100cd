// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command_line.h"

#include "app/cli/commands.h"
#include "app/cli/language.h"
#include "core/content_library.h"
#include "core/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <future>
#include <memory>
#include <system_error>

namespace rollwise {

namespace {

// Qt warns on stderr when XDG_RUNTIME_DIR is missing (root shells, CI) and then uses /tmp/runtime-<user>
// anyway; choosing that folder ourselves keeps the first line of every error message ours.
void useOwnRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + qEnvironmentVariable("USER", QStringLiteral("rollwise"));
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

enum class AppKind { Text, Painting, Window };

// The first headless command the command line asks for; null: none, the window.
const CliCommand* chosenCommand(const QCommandLineParser& parser, const CliOptions& o)
{
    const auto it = std::find_if(kCliCommands.begin(), kCliCommands.end(),
                                 [&](const CliCommand& c) { return parser.isSet(o.*c.option); });
    return it == kCliCommands.end() ? nullptr : &*it;
}

// The kind of application depends on the command, and translated words need the application: a first parse
// (words untranslated) chooses it, and finds the language asked for.
AppKind chooseApplication(const QStringList& args, QString& language)
{
    QCommandLineParser probe;
    const CliOptions names;
    probe.addHelpOption();
    probe.addVersionOption();
    probe.addOptions(names.all());
    if (!probe.parse(args))
        return AppKind::Text; // the error is reported by the real parse
    language = probe.value(names.lang);
    if (const CliCommand* c = chosenCommand(probe, names))
        return c->paints ? AppKind::Painting : AppKind::Text;
    const bool info = probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("version"));
    // An unknown language is reported on stderr, which needs no window (nor a display to open one on).
    return info || !isKnownLanguage(language) ? AppKind::Text : AppKind::Window;
}

// Headless commands never touch a display: text-only ones get a QCoreApplication; the ones that paint
// (snapshots, PDFs) a QGuiApplication on the offscreen platform. The window needs QApplication.
std::unique_ptr<QCoreApplication> makeApplication(AppKind kind, int& argc, char** argv, std::future<void>& fontScan)
{
    switch (kind) {
    case AppKind::Text: return std::make_unique<QCoreApplication>(argc, argv);
    case AppKind::Painting:
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    case AppKind::Window: break;
    }
    auto app = std::make_unique<QApplication>(argc, argv);
    // Start-up (docs/install.md): fontconfig's first scan of the installed fonts is one of the largest costs
    // before the first frame. It runs on a worker while the window is being built; QFontDatabase is
    // thread-safe, and the GUI thread waits for the scan only if it needs a font before the scan is done.
    try {
        fontScan = std::async(std::launch::async, [] { QFontDatabase::families(); });
    } catch (const std::system_error&) {
        // No thread: the GUI thread scans when it first needs a font, as it would have anyway.
    }
    return app;
}

// What is wrong with the command line as a whole (it did not parse, an unknown language, two routine files,
// two commands), reported on stderr; nullopt when it may run.
std::optional<int> usageProblem(const QCommandLineParser& parser, bool parsed, bool languageKnown, const CliOptions& o)
{
    if (!parsed) {
        print(stderr, parser.errorText() + QLatin1Char('\n') + parser.helpText());
        return ExitUsage;
    }
    if (!languageKnown) {
        print(stderr, Cli::tr("rollwise: --lang %1: expected one of: %2")
                          .arg(parser.value(o.lang), ContentLibrary::availableLanguages().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        print(stderr, Cli::tr("rollwise: expected at most one routine file, got %1: %2")
                          .arg(positional.size())
                          .arg(positional.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const auto chosen = std::count_if(kCliCommands.begin(), kCliCommands.end(),
                                      [&](const CliCommand& c) { return parser.isSet(o.*c.option); });
    if (chosen > 1) {
        QStringList names; // from the table, so a new command is named here without anyone remembering to
        for (const CliCommand& c : kCliCommands)
            names << QStringLiteral("--") + (o.*c.option).names().constFirst();
        print(stderr, Cli::tr("rollwise: use only one of %1 at a time").arg(names.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    return std::nullopt;
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

} // namespace

int runRollwise(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rollwise.Rollwise"));
    useOwnRuntimeDirectory();

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString language;
    const AppKind kind = chooseApplication(args, language);
    // In this order, so the font scan is waited for (the future's destructor) before the application goes.
    std::unique_ptr<QCoreApplication> app;
    std::future<void> fontScan;
    app = makeApplication(kind, argc, argv, fontScan);
    const bool languageKnown = setUpLanguage(language);

    // Built once the translator is installed, so its help speaks the language.
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Foam-rolling coach for lower-back relief: roll the muscles around the "
                                             "lower back, never the lumbar spine."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const CliOptions o;
    parser.addOptions(o.all());
    parser.addPositionalArgument(QStringLiteral("routine"), Cli::tr("Routine file to use instead of the built-in one."),
                                 QStringLiteral("[routine.json]"));
    const bool parsed = parser.parse(args);
    if (parsed && parser.isSet(help)) {
        print(stdout, parser.helpText());
        return ExitOk;
    }
    if (parsed && parser.isSet(version)) {
        print(stdout, QStringLiteral("Rollwise %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (const std::optional<int> problem = usageProblem(parser, parsed, languageKnown, o))
        return *problem;

    initLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    qInstallMessageHandler(forwardQtMessages);
    const QString routinePath = parser.positionalArguments().value(0);
    const CommandInput input{parser, o, routinePath, ContentLibrary::builtIn()};
    if (const CliCommand* c = chosenCommand(parser, o))
        return c->run(input);
    return runWindow(input, *app);
}

} // namespace rollwise
