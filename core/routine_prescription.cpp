// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician's prescription beyond each exercise's times (sessions a week, sets, the routine's default hold
// and roll, the next review) and the clinic printed on the sheet: read from the file, and checked with the
// same rules for files and for the editor (the clinic's texts and logo: checkClinic, called by checkTexts).
#include "core/routine_reader.h"

#include "core/content_library.h"
#include "core/json_reader.h"

#include <QDir>

#include <limits>

namespace rollwise {

namespace {
const QStringList kClinicKeys{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("phone"),
                              QStringLiteral("logo")};
} // namespace

void RoutineReader::readPrescription(JsonReader& r, const QJsonObject& root, Routine& routine,
                                     const QString& baseDir) const
{
    // Only the type here; ranges are checked by checkPrescription, which the editor shares.
    auto integer = [&](const QJsonObject& o, const QString& path, const char* key) {
        return r.integer(o, path, QString::fromLatin1(key), std::numeric_limits<int>::min(),
                         std::numeric_limits<int>::max(), Need::Optional);
    };
    routine.sessionsPerWeek = integer(root, {}, "sessionsPerWeek");
    routine.sets = integer(root, {}, "sets");
    routine.holdSeconds = integer(root, {}, "holdSeconds");
    routine.rollSeconds = integer(root, {}, "rollSeconds");
    if (const auto review = r.string(root, {}, QStringLiteral("nextReview"), Need::Optional, 40)) {
        routine.nextReview = QDate::fromString(*review, Qt::ISODate);
        if (!routine.nextReview.isValid())
            r.error(QStringLiteral("nextReview"), tr("\"%1\" is not a date").arg(*review),
                    tr("YYYY-MM-DD, the day of the next review"));
    }
    const auto clinic = r.object(root, {}, QStringLiteral("clinic"), Need::Optional);
    if (!clinic)
        return;
    const QString path = QStringLiteral("clinic");
    r.warnUnknownKeys(*clinic, path, kClinicKeys);
    const int anyLength = int(RoutineLimits::kMaxFileBytes);
    Clinic& c = routine.clinic;
    c.name = r.string(*clinic, path, QStringLiteral("name"), Need::Optional, anyLength).value_or(QString());
    c.address = r.string(*clinic, path, QStringLiteral("address"), Need::Optional, anyLength).value_or(QString());
    c.phone = r.string(*clinic, path, QStringLiteral("phone"), Need::Optional, anyLength).value_or(QString());
    c.logo = r.string(*clinic, path, QStringLiteral("logo"), Need::Optional, 4000).value_or(QString());
    // A logo travels beside the routine file, so a relative name is relative to the file, not to wherever
    // Rollwise was started.
    if (!c.logo.isEmpty())
        c.logoFile = QDir(baseDir).absoluteFilePath(c.logo);
}

void RoutineReader::checkPrescription(const Routine& routine, JsonReader& r) const
{
    const Dosage& d = m_content.dosage();
    auto range = [&](const QString& path, const std::optional<int>& value, int min, int max, const QString& unit) {
        if (!value || (*value >= min && *value <= max))
            return bool(value);
        r.error(path, tr("%1 is out of range").arg(*value), tr("%1 to %2 %3").arg(min).arg(max).arg(unit));
        return false;
    };
    auto frequency = [&](const QString& path, const std::optional<int>& value) {
        if (range(path, value, RoutineLimits::kSessionsPerWeekMin, RoutineLimits::kSessionsPerWeekMax,
                  tr("sessions a week"))
            && !d.isAdvisedFrequency(*value))
            r.warning(path, tr("%1 sessions a week is outside the article's advice").arg(*value),
                      tr("%1-%2 sessions a week").arg(d.sessionsPerWeekMin).arg(d.sessionsPerWeekMax));
    };
    auto sets = [&](const QString& path, const std::optional<int>& value) {
        range(path, value, RoutineLimits::kSetsMin, RoutineLimits::kSetsMax, tr("sets"));
    };
    frequency(QStringLiteral("sessionsPerWeek"), routine.sessionsPerWeek);
    sets(QStringLiteral("sets"), routine.sets);
    range(QStringLiteral("holdSeconds"), routine.holdSeconds, RoutineLimits::kHoldMin, RoutineLimits::kHoldMax,
          tr("seconds"));
    range(QStringLiteral("rollSeconds"), routine.rollSeconds, RoutineLimits::kRollMin, RoutineLimits::kRollMax,
          tr("seconds"));
    for (size_t i = 0; i < routine.exercises.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("exercises"), qsizetype(i));
        frequency(JsonReader::field(path, QStringLiteral("sessionsPerWeek")), routine.exercises[i].sessionsPerWeek);
        sets(JsonReader::field(path, QStringLiteral("sets")), routine.exercises[i].sets);
    }
}

} // namespace rollwise
