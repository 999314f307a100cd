// SPDX-License-Identifier: GPL-3.0-or-later
// The routine's own texts, its clinician clearance and its overall length: rules shared by the file reader
// and the editor. Every printed field has a length that fits the sheet (SheetTextLimits), so nothing a
// clinician writes can run over the footer or off the page.
#include "core/routine_reader.h"
#include "core/seconds.h"

#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/session_plan.h"

#include <tuple>

namespace rollwise {

namespace {
const QStringList kClearanceKeys{QStringLiteral("clinician"), QStringLiteral("date")};

QString hoursMinutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString SheetTextLimits::tooLong(qsizetype length, int limit)
{
    return QCoreApplication::translate("SheetTextLimits", "%1 characters, at most %2 fit on the sheet")
        .arg(length)
        .arg(limit);
}

std::optional<ClinicianClearance> RoutineReader::readClearance(JsonReader& r, const QJsonObject& root) const
{
    const auto o = r.object(root, {}, QStringLiteral("clearance"), Need::Optional);
    if (!o)
        return std::nullopt;
    const QString path = QStringLiteral("clearance");
    r.warnUnknownKeys(*o, path, kClearanceKeys);
    const auto who = r.string(*o, path, QStringLiteral("clinician"), Need::Required, int(RoutineLimits::kMaxFileBytes));
    const auto when = r.string(*o, path, QStringLiteral("date"), Need::Required, 40);
    if (!who || !when)
        return std::nullopt;
    const QDate date = QDate::fromString(*when, Qt::ISODate);
    if (!date.isValid()) {
        r.error(JsonReader::field(path, QStringLiteral("date")), tr("\"%1\" is not a date").arg(*when),
                tr("YYYY-MM-DD, the day the clinician cleared this routine"));
        return std::nullopt;
    }
    return ClinicianClearance{*who, date};
}

namespace {
void checkLength(JsonReader& r, const QString& path, const QString& text, int limit)
{
    if (text.size() > limit)
        r.error(path, RoutineReader::tr("text is %1 characters long").arg(text.size()),
                RoutineReader::tr("at most %1 characters, as many as fit on the printed sheet").arg(limit));
}

// Names and titles are printed on one line each (and the title in the footer of every page).
void checkOneLine(JsonReader& r, const QString& path, const QString& text)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        r.error(path, RoutineReader::tr("text contains a line break"), RoutineReader::tr("one line of text"));
}
} // namespace

void RoutineReader::checkClinic(const Clinic& c, JsonReader& r)
{
    for (const auto& [key, text, limit] : {std::tuple{"name", c.name, SheetTextLimits::kClinicName},
                                           std::tuple{"address", c.address, SheetTextLimits::kClinicLine},
                                           std::tuple{"phone", c.phone, SheetTextLimits::kClinicLine}}) {
        const QString path = JsonReader::field(QStringLiteral("clinic"), QString::fromLatin1(key));
        checkLength(r, path, text, limit);
        checkOneLine(r, path, text);
    }
    const QString logo = c.logoFile.isEmpty() ? c.logo : c.logoFile;
    if (!logo.isEmpty())
        if (const QString problem = logoProblem(logo); !problem.isEmpty())
            r.error(QStringLiteral("clinic.logo"), problem, logoExpectation());
}

Diagnostics RoutineReader::checkClinic(const Clinic& clinic, const QString& source)
{
    Diagnostics d;
    JsonReader r(source, d);
    checkClinic(clinic, r);
    return d;
}

void RoutineReader::checkTexts(const Routine& routine, JsonReader& r) const
{
    const auto length = [&r](const QString& path, const QString& text, int limit) { checkLength(r, path, text, limit); };
    const auto oneLine = [&r](const QString& path, const QString& text) { checkOneLine(r, path, text); };
    length(QStringLiteral("title"), routine.title, SheetTextLimits::kTitle);
    oneLine(QStringLiteral("title"), routine.title);
    length(QStringLiteral("patient"), routine.patient, SheetTextLimits::kPerson);
    oneLine(QStringLiteral("patient"), routine.patient);
    length(QStringLiteral("clinician"), routine.clinician, SheetTextLimits::kPerson);
    oneLine(QStringLiteral("clinician"), routine.clinician);
    length(QStringLiteral("notes"), routine.notes, SheetTextLimits::kNotes);
    checkClinic(routine.clinic, r);
    for (size_t i = 0; i < routine.exercises.size(); ++i)
        length(JsonReader::field(JsonReader::index(QStringLiteral("exercises"), qsizetype(i)), QStringLiteral("notes")),
               routine.exercises[i].notes, SheetTextLimits::kExerciseNotes);

    if (!routine.clearance)
        return;
    const ClinicianClearance& c = *routine.clearance;
    const QString who = QStringLiteral("clearance.clinician");
    if (c.clinician.trimmed().isEmpty())
        r.error(who, tr("no clinician named"), tr("the name of the clinician who cleared this routine"));
    length(who, c.clinician, SheetTextLimits::kPerson);
    oneLine(who, c.clinician);
    const QString when = QStringLiteral("clearance.date");
    if (!c.date.isValid()) {
        r.error(when, tr("no date"), tr("YYYY-MM-DD, the day the clinician cleared this routine"));
    } else if (c.date > today()) {
        r.error(when, tr("%1 is in the future").arg(c.date.toString(Qt::ISODate)),
                tr("the day the clinician cleared this routine, today or earlier"));
    } else if (c.date.addYears(1) < today()) {
        r.warning(when, tr("the clearance of %1 is more than a year old").arg(c.date.toString(Qt::ISODate)),
                  tr("a clearance renewed by the clinician within the last year"));
    }
}

void RoutineReader::checkSessionLength(const Routine& routine, const QString& fileName, Diagnostics& d) const
{
    const qint64 seconds = wholeSecondsDown(SessionPlan::build(routine, m_content).totalDuration().count());
    if (seconds > RoutineLimits::kMaxSessionSeconds)
        d.error(fileName, QStringLiteral("exercises"),
                tr("the whole session takes %1 (h:mm:ss) when nobody presses anything").arg(hoursMinutesSeconds(seconds)),
                tr("at most %1 for one session").arg(hoursMinutesSeconds(RoutineLimits::kMaxSessionSeconds)));
}

} // namespace rollwise
