// SPDX-License-Identifier: GPL-3.0-or-later
// --export-pdf OUT.pdf [ROUTINE] [--patient NAME] [--clinician NAME] [--notes TEXT] [--next-review DATE]
// [--page a4|letter] [--layout sheet|card]: the take-home sheet or card as a PDF, written atomically.
#include "app/cli/commands.h"

#include "app/anatomy/body_art.h"
#include "app/sheet/clinic_settings.h"
#include "app/sheet/sheet_renderer.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QCommandLineParser>
#include <QDate>
#include <QPageSize>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {

struct PdfRequest {
    QString out;
    QString routinePath; // empty: the built-in routine
    std::optional<QString> patient;
    std::optional<QString> clinician;
    std::optional<QString> notes;
    std::optional<QDate> nextReview;
    QPageSize::PageSizeId page = QPageSize::A4;
    SheetLayout layout = SheetLayout::Full;
};

int writePdf(const PdfRequest& request, const ContentLibrary& content)
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

} // namespace

int runExportPdf(const CommandInput& in)
{
    const QCommandLineParser& parser = in.parser;
    const CliOptions& o = in.options;
    PdfRequest request;
    request.out = parser.value(o.exportPdf);
    request.routinePath = in.routinePath;
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
    return writePdf(request, in.content);
}

} // namespace rollwise
