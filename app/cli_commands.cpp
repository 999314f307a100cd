#include "app/cli_commands.h"

#include "app/body_art.h"
#include "app/clinic_settings.h"
#include "app/sheet_renderer.h"
#include "app/snapshot.h"
#include "core/atomic_file.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/timeline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The routine named on the command line, or the built-in one; problems go to stderr.
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
} // namespace

void print(FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', to);
    std::fflush(to);
}

int checkRoutine(const QString& path, const ContentLibrary& content)
{
    RoutineLoad load = RoutineReader(content).readFile(path);
    if (!load.diagnostics.empty())
        print(stderr, load.diagnostics.toText());
    if (load.unreadable)
        return ExitUnreadable;
    if (!load.routine)
        return ExitInvalid;
    const int n = int(load.routine->exercises.size());
    const QString exercises = n == 1 ? Cli::tr("1 exercise") : Cli::tr("%1 exercises").arg(n);
    const int w = load.diagnostics.warningCount();
    const QString warnings = w == 1 ? Cli::tr("1 warning") : Cli::tr("%1 warnings").arg(w);
    print(stdout, Cli::tr("%1: valid routine \"%2\" (%3, %4)").arg(path, load.routine->title, exercises, warnings));
    return ExitOk;
}

int printPlan(const QString& routinePath, const ContentLibrary& content)
{
    int failure = ExitOk;
    const std::optional<Routine> routine = loadRoutine(routinePath, content, failure);
    if (!routine)
        return failure;
    print(stdout, QString::fromUtf8(QJsonDocument(timelineToJson(*routine, content)).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

int exportRoutine(const QString& out, const QString& routinePath, const ContentLibrary& content)
{
    int failure = ExitOk;
    std::optional<Routine> routine = loadRoutine(routinePath, content, failure);
    if (!routine)
        return failure;
    if (!routine->created.isValid())
        routine->created = QDate::currentDate();
    const QString error = RoutineWriter::save(*routine, out);
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
    return ExitOk;
}

int exportSnapshot(const QString& out, const SnapshotRequest& request, const ContentLibrary& content)
{
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
    const QString error = writeFileAtomically(out, png);
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
    return ExitOk;
}

int exportPdf(const PdfRequest& request, const ContentLibrary& content)
{
    int failure = ExitOk;
    const std::optional<Routine> routine = loadRoutine(request.routinePath, content, failure);
    if (!routine)
        return failure;
    // Validation already refused unsafe routines; a sheet is only ever printed for a safe one.
    SheetOptions options = SheetOptions::fromRoutine(*routine);
    options.page = request.page;
    options.layout = request.layout;
    if (request.patient)
        options.patient = *request.patient;
    if (request.clinician)
        options.clinician = *request.clinician;
    if (request.notes)
        options.notes = *request.notes;
    if (request.nextReview)
        options.nextReview = *request.nextReview;
    // The clinic of the routine file, else the one set in the app's Clinic Details.
    const QSettings settings;
    options.clinic = ClinicSettings::forSheet(*routine, &settings);
    const BodyArt art;
    const SheetRenderer sheet(content, art, *routine, options);
    if (const QString problem = sheet.fitProblem(); !problem.isEmpty()) {
        print(stderr, Cli::tr("error: %1: not exported: %2").arg(request.out, problem));
        return ExitInvalid;
    }
    const QString error = sheet.exportPdf(request.out);
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
    spdlog::info("exported {} pages to {}", sheet.pageCount(), request.out.toStdString());
    return ExitOk;
}

} // namespace rollwise
