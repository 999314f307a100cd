#include "core/history/history_format.h"

#include "core/json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rollwise {

namespace {
const QString kFormat = QStringLiteral("rollwise-history");
const QStringList kRootKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("sessions")};
const QStringList kSessionKeys{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("routine"),
                               QStringLiteral("outcome"), QStringLiteral("exercises")};
const QStringList kExerciseKeys{QStringLiteral("technique"), QStringLiteral("group"), QStringLiteral("started"),
                                QStringLiteral("completed"), QStringLiteral("tenderSpots"),
                                QStringLiteral("tendernessBefore"), QStringLiteral("tendernessAfter")};

QJsonObject exerciseToJson(const ExerciseRecord& e)
{
    QJsonObject o{{QStringLiteral("technique"), e.techniqueId},
                  {QStringLiteral("group"), e.groupId},
                  {QStringLiteral("started"), e.started},
                  {QStringLiteral("completed"), e.completed},
                  {QStringLiteral("tenderSpots"), e.tenderSpots}};
    if (e.tendernessBefore)
        o.insert(QStringLiteral("tendernessBefore"), *e.tendernessBefore);
    if (e.tendernessAfter)
        o.insert(QStringLiteral("tendernessAfter"), *e.tendernessAfter);
    return o;
}

// Times are stored in UTC with milliseconds so a saved record compares equal to the one recorded.
QString timeToJson(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> readTime(JsonReader& r, const QJsonObject& o, const QString& path, const QString& key)
{
    const auto s = r.string(o, path, key, Need::Required, 40);
    if (!s)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*s, Qt::ISODateWithMs);
    // A time without a zone would silently shift with the computer's time zone; the writer always adds "Z".
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        r.error(JsonReader::field(path, key), HistoryFormat::tr("\"%1\" is not a UTC time").arg(*s),
                HistoryFormat::tr("an ISO 8601 time such as 2025-01-06T07:30:00Z"));
        return std::nullopt;
    }
    return t.toUTC();
}

std::optional<ExerciseRecord> readExercise(JsonReader& r, const QJsonValue& v, const QString& path)
{
    const auto o = r.asObject(v, path);
    if (!o)
        return std::nullopt;
    r.warnUnknownKeys(*o, path, kExerciseKeys);
    const auto technique = r.string(*o, path, QStringLiteral("technique"), Need::Required, HistoryLimits::kMaxIdLength);
    const auto group = r.string(*o, path, QStringLiteral("group"), Need::Required, HistoryLimits::kMaxIdLength);
    const auto started = r.boolean(*o, path, QStringLiteral("started"));
    const auto completed = r.boolean(*o, path, QStringLiteral("completed"));
    const auto spots = r.integer(*o, path, QStringLiteral("tenderSpots"), 0, HistoryLimits::kMaxTenderSpots);
    const bool hasBefore = o->contains(QStringLiteral("tendernessBefore"));
    const bool hasAfter = o->contains(QStringLiteral("tendernessAfter"));
    const auto before = r.integer(*o, path, QStringLiteral("tendernessBefore"), TendernessLimits::kMin,
                                  TendernessLimits::kMax, Need::Optional);
    const auto after = r.integer(*o, path, QStringLiteral("tendernessAfter"), TendernessLimits::kMin,
                                 TendernessLimits::kMax, Need::Optional);
    if (!technique || !group || !started || !completed || !spots || (hasBefore && !before) || (hasAfter && !after))
        return std::nullopt;
    return ExerciseRecord{*technique, *group, *started, *completed, *spots, before, after};
}

std::optional<SessionRecord> readSession(JsonReader& r, const QJsonValue& v, const QString& path)
{
    const auto o = r.asObject(v, path);
    if (!o)
        return std::nullopt;
    r.warnUnknownKeys(*o, path, kSessionKeys);
    SessionRecord s;
    bool ok = true;
    const auto start = readTime(r, *o, path, QStringLiteral("start"));
    const auto end = readTime(r, *o, path, QStringLiteral("end"));
    if (start && end && *end < *start) {
        r.error(JsonReader::field(path, QStringLiteral("end")), HistoryFormat::tr("ends before it starts"),
                HistoryFormat::tr("a time at or after \"start\""));
        ok = false;
    }
    const auto title = r.string(*o, path, QStringLiteral("routine"), Need::Required, HistoryLimits::kMaxTitleLength);
    const auto outcomeText = r.string(*o, path, QStringLiteral("outcome"), Need::Required, 20);
    const auto outcome = outcomeText ? sessionOutcomeFromString(*outcomeText) : std::nullopt;
    if (outcomeText && !outcome) {
        r.error(JsonReader::field(path, QStringLiteral("outcome")),
                HistoryFormat::tr("\"%1\" is not an outcome").arg(*outcomeText),
                HistoryFormat::tr("\"completed\", \"stopped\" or \"safety-stop\""));
    }
    if (const auto exercises = r.array(*o, path, QStringLiteral("exercises"), Need::Required,
                                       HistoryLimits::kMaxExercisesPerSession)) {
        for (qsizetype i = 0; i < exercises->size(); ++i) {
            auto e = readExercise(r, exercises->at(i), JsonReader::index(JsonReader::field(path, QStringLiteral("exercises")), i));
            if (e)
                s.exercises.push_back(std::move(*e));
            else
                ok = false;
        }
    } else {
        ok = false;
    }
    if (!ok || !start || !end || !title || !outcome)
        return std::nullopt;
    s.start = *start;
    s.end = *end;
    s.routineTitle = *title;
    s.outcome = *outcome;
    return s;
}
} // namespace

QByteArray HistoryFormat::toJson(const std::vector<SessionRecord>& sessions)
{
    QJsonArray list;
    for (const SessionRecord& s : sessions) {
        QJsonArray exercises;
        for (const ExerciseRecord& e : s.exercises)
            exercises.append(exerciseToJson(e));
        list.append(QJsonObject{{QStringLiteral("start"), timeToJson(s.start)},
                                {QStringLiteral("end"), timeToJson(s.end)},
                                {QStringLiteral("routine"), s.routineTitle},
                                {QStringLiteral("outcome"), toString(s.outcome)},
                                {QStringLiteral("exercises"), exercises}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), HistoryLimits::kFormatVersion},
                           {QStringLiteral("sessions"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

HistoryParse HistoryFormat::parse(const QByteArray& bytes, const QString& fileName)
{
    HistoryParse out;
    Diagnostics& d = out.diagnostics;
    out.fileRejected = true; // until the header has been read
    if (bytes.size() > HistoryLimits::kMaxFileBytes) {
        d.error(fileName, {}, tr("file is %1 bytes").arg(bytes.size()),
                tr("a history file of at most %1 bytes").arg(HistoryLimits::kMaxFileBytes));
        return out;
    }
    if (bytes.trimmed().isEmpty()) {
        d.error(fileName, {}, tr("file is empty"), tr("a JSON history object"));
        return out;
    }
    JsonReader r(fileName, d);
    const auto root = r.versionedRoot(bytes,
                                      {kFormat, HistoryLimits::kFormatVersion, tr("\"%1\" is not a Rollwise history"),
                                       tr("unsupported history version %1")},
                                      kRootKeys);
    if (!root) {
        out.newerVersion = newerVersionOf(bytes);
        return out;
    }
    const auto sessions = r.array(*root, {}, QStringLiteral("sessions"), Need::Required, HistoryLimits::kMaxSessions);
    if (!sessions)
        return out;
    out.fileRejected = false;
    for (qsizetype i = 0; i < sessions->size(); ++i) {
        if (auto s = readSession(r, sessions->at(i), JsonReader::index(QStringLiteral("sessions"), i)))
            out.sessions.push_back(std::move(*s));
        else
            ++out.droppedSessions;
    }
    return out;
}

std::optional<int> HistoryFormat::newerVersionOf(const QByteArray& bytes)
{
    // Only called on a refused file; a second parse there costs nothing anyone waits for.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (root.value(QStringLiteral("format")).toString() != kFormat || !version.isDouble())
        return std::nullopt;
    const double v = version.toDouble();
    if (v != std::floor(v) || v <= HistoryLimits::kFormatVersion || v > 1000000)
        return std::nullopt;
    return int(v);
}

} // namespace rollwise
