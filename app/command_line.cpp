#include "app/command_line.h"

#include "app/cli_commands.h"
#include "app/first_frame_probe.h"
#include "app/main_window.h"
#include "app/snapshot.h"
#include "core/content_library.h"
#include "core/logging.h"
#include "core/routine_reader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <future>
#include <memory>
#include <system_error>

namespace rollwise {

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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

struct Options {
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
    QCommandLineOption lang{QStringLiteral("lang"),
                            Cli::tr("Language of every text: de or en (default: the system's language when it is one "
                                    "of these, else English)."),
                            Cli::tr("language")};

    QList<QCommandLineOption> all() const
    {
        return {check, plan, exportRoutine, exportPdf, patient, clinician, notes, page, layout, nextReview, snapshot, technique, view, side, size, at, lang};
    }
};

// The options that make a headless run; at most one may be given.
int modeCount(const QCommandLineParser& parser, const Options& o)
{
    int n = 0;
    for (const QCommandLineOption* m : {&o.check, &o.plan, &o.exportRoutine, &o.exportPdf, &o.snapshot})
        n += parser.isSet(*m) ? 1 : 0;
    return n;
}

int runSnapshot(const QCommandLineParser& parser, const Options& o, const ContentLibrary& content)
{
    SnapshotRequest request;
    request.techniqueId = parser.value(o.technique);
    request.view = parser.value(o.view);
    if (parser.isSet(o.side)) {
        const auto s = sideFromString(parser.value(o.side));
        if (!s || *s == Side::Centre) {
            print(stderr, Cli::tr("rollwise: --side %1: expected left or right").arg(parser.value(o.side)));
            return ExitUsage;
        }
        request.side = s;
    }
    const QStringList wh = parser.value(o.size).split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    if (wh.size() == 2)
        request.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
    if (!okW || !okH) {
        print(stderr, Cli::tr("rollwise: --size %1: expected WIDTHxHEIGHT in pixels, e.g. 900x1400").arg(parser.value(o.size)));
        return ExitUsage;
    }
    bool okAt = false;
    request.atSeconds = parser.value(o.at).toDouble(&okAt);
    if (!okAt) {
        print(stderr, Cli::tr("rollwise: --at %1: expected a number of seconds").arg(parser.value(o.at)));
        return ExitUsage;
    }
    return exportSnapshot(parser.value(o.snapshot), request, content);
}

int runPdf(const QCommandLineParser& parser, const Options& o, const QString& routinePath, const ContentLibrary& content)
{
    PdfRequest request;
    request.out = parser.value(o.exportPdf);
    request.routinePath = routinePath;
    const QString page = parser.value(o.page).toLower();
    if (page == u"letter") {
        request.page = QPageSize::Letter;
    } else if (page != u"a4") {
        print(stderr, Cli::tr("rollwise: --page %1: expected a4 or letter").arg(parser.value(o.page)));
        return ExitUsage;
    }
    const QString layout = parser.value(o.layout).toLower();
    if (layout == u"card") {
        request.layout = SheetLayout::Card;
    } else if (layout != u"sheet") {
        print(stderr, Cli::tr("rollwise: --layout %1: expected sheet or card").arg(parser.value(o.layout)));
        return ExitUsage;
    }
    if (parser.isSet(o.nextReview)) {
        request.nextReview = QDate::fromString(parser.value(o.nextReview), Qt::ISODate);
        if (!request.nextReview->isValid()) {
            print(stderr, Cli::tr("rollwise: --next-review %1: expected a date, YYYY-MM-DD").arg(parser.value(o.nextReview)));
            return ExitUsage;
        }
    }
    // The sheet has room for so much text; anything longer is refused, never printed over the footer.
    const struct {
        const QCommandLineOption& option;
        std::optional<QString>& value;
        int limit;
        bool oneLine;
    } fields[] = {{o.patient, request.patient, SheetTextLimits::kPerson, true},
                  {o.clinician, request.clinician, SheetTextLimits::kPerson, true},
                  {o.notes, request.notes, SheetTextLimits::kNotes, false}};
    for (const auto& f : fields) {
        if (!parser.isSet(f.option))
            continue;
        const QString value = parser.value(f.option).trimmed();
        const QString name = QStringLiteral("--") + f.option.names().constFirst();
        if (value.size() > f.limit) {
            print(stderr, Cli::tr("error: %1: %2").arg(name, SheetTextLimits::tooLong(value.size(), f.limit)));
            return ExitUsage;
        }
        if (f.oneLine && (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))) {
            print(stderr, Cli::tr("error: %1: contains a line break, expected one line of text").arg(name));
            return ExitUsage;
        }
        f.value = value;
    }
    return exportPdf(request, content);
}

// The language of the texts: --lang, else the system locale (LANG, LC_ALL, …); languages without a translation, and
// the C/POSIX locale of bare shells and CI, are English. Chooses the content's language before anything loads it
// and installs this language's translators (Rollwise's, and Qt's own when installed) for every mode. Returns false
// when --lang asks for a language Rollwise does not have.
bool setUpLanguage(const QString& requested)
{
    QString wanted = requested;
    for (const QString& ui : QLocale::system().uiLanguages()) // e.g. "de-DE", "de"; LANGUAGE may list several
        if (wanted.isEmpty() && ContentLibrary::availableLanguages().contains(ui.left(2).toLower()))
            wanted = ui;
    const QString language = ContentLibrary::setLanguage(wanted);
    if (!requested.isEmpty() && QLocale(language).language() != QLocale::system().language())
        QLocale::setDefault(QLocale(language)); // numbers and dates follow the chosen language too
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/rollwise/i18n/rollwise_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (language != u"en"
        && qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return requested.isEmpty() || requested.left(2).compare(language, Qt::CaseInsensitive) == 0;
}

} // namespace

int runRollwise(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rollwise.Rollwise"));

    // Qt warns on stderr when XDG_RUNTIME_DIR is missing (root shells, CI) and then uses /tmp/runtime-<user>
    // anyway; choosing that folder ourselves keeps the first line of every error message ours.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + qEnvironmentVariable("USER", QStringLiteral("rollwise"));
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // The kind of application depends on the command, and translated words need the application: a first parse
    // (words untranslated) chooses it; the parser below, built once the translator is installed, speaks the language.
    QCommandLineParser probe;
    const Options names;
    probe.addHelpOption();
    probe.addVersionOption();
    probe.addOptions(names.all());
    const bool parsed = probe.parse(args);
    const bool painting = parsed && (probe.isSet(names.snapshot) || probe.isSet(names.exportPdf));
    const bool headless = !parsed || painting || probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("version"))
                          || probe.isSet(names.check) || probe.isSet(names.plan) || probe.isSet(names.exportRoutine);
    // Headless commands never touch a display: text-only ones get a QCoreApplication; the ones that paint
    // (snapshots, PDFs) a QGuiApplication on the offscreen platform. The GUI needs QApplication.
    std::unique_ptr<QCoreApplication> app;
    std::future<void> fontScan;
    if (painting) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        // Start-up (docs/install.md): fontconfig's first scan of the installed fonts is one of the largest costs
        // before the first frame. It runs on a worker while the window is being built; QFontDatabase is
        // thread-safe, and the GUI thread waits for the scan only if it needs a font before the scan is done.
        try {
            fontScan = std::async(std::launch::async, [] { QFontDatabase::families(); });
        } catch (const std::system_error&) {
            // No thread: the GUI thread scans when it first needs a font, as it would have anyway.
        }
    }
    const bool languageKnown = setUpLanguage(probe.value(names.lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Foam-rolling coach for lower-back relief: roll the muscles around the "
                                             "lower back, never the lumbar spine."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    parser.addOptions(o.all());
    parser.addPositionalArgument(QStringLiteral("routine"), Cli::tr("Routine file to use instead of the built-in one."),
                                 QStringLiteral("[routine.json]"));
    parser.parse(args);

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
    if (modeCount(parser, o) > 1) {
        print(stderr, Cli::tr("rollwise: use only one of --check, --plan, --export-routine, --export-pdf and --snapshot "
                              "at a time"));
        return ExitUsage;
    }
    const QString routinePath = positional.value(0);
    initLogging(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    qInstallMessageHandler(forwardQtMessages);
    const ContentLibrary& content = ContentLibrary::builtIn();

    if (parser.isSet(o.check)) {
        if (!routinePath.isEmpty()) {
            print(stderr, Cli::tr("rollwise: --check takes the routine file as its value: --check FILE"));
            return ExitUsage;
        }
        return checkRoutine(parser.value(o.check), content);
    }
    if (parser.isSet(o.plan))
        return printPlan(routinePath, content);
    if (parser.isSet(o.exportRoutine))
        return exportRoutine(parser.value(o.exportRoutine), routinePath, content);
    if (parser.isSet(o.snapshot))
        return runSnapshot(parser, o, content);
    if (parser.isSet(o.exportPdf))
        return runPdf(parser, o, routinePath, content);

    Routine routine = Routine::defaultRoutine(content);
    QString problems;
    if (!routinePath.isEmpty()) {
        RoutineLoad load = RoutineReader(content).readFile(routinePath);
        if (!load.diagnostics.empty()) {
            print(stderr, load.diagnostics.toText());
            problems = load.diagnostics.toReadableText();
        }
        if (load.routine)
            routine = std::move(*load.routine);
        else
            problems = Cli::tr("Could not open %1; showing the built-in routine instead.\n%2")
                           .arg(QFileInfo(routinePath).fileName(), problems);
    }
    MainWindow window(content, std::move(routine), problems);
    if (qEnvironmentVariableIntValue("ROLLWISE_QUIT_AFTER_FIRST_FRAME") == 1)
        new FirstFrameProbe(&window); // owned by the window
    window.show();
    return app->exec();
}

} // namespace rollwise
