// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/history_format.h"

#include "core/json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rollwise {

namespace {
const QString kFormat = QStringLiteral("rollwise-history");
const QStringList kRootKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("sessions"),
                            QStringLiteral("screenings")};
const QStringList kSessionKeys{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("routine"),
                               QStringLiteral("outcome"), QStringLiteral("stopReason"), QStringLiteral("exercises")};
const QStringList kScreeningKeys{QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("answers"),
                                 QStringLiteral("confirmedCleared"), QStringLiteral("clearance"), QStringLiteral("verdict")};
const QStringList kClearanceKeys{QStringLiteral("clinician"), QStringLiteral("date")};
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
    const auto stopReason = r.string(*o, path, QStringLiteral("stopReason"), Need::Optional, HistoryLimits::kMaxIdLength);
    const bool safetyStop = outcomeText && *outcomeText == toString(SessionOutcome::SafetyStop);
    if (stopReason && !safetyStop) {
        r.error(JsonReader::field(path, QStringLiteral("stopReason")), HistoryFormat::tr("is given for a session that was not stopped for safety"),
                HistoryFormat::tr("a stop reason only with the outcome \"safety-stop\""));
        ok = false;
    }
    if (o->contains(QStringLiteral("stopReason")) && !stopReason)
        ok = false;
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
    s.stopReason = stopReason.value_or(QString());
    return s;
}

QJsonObject screeningToJson(const ScreeningRecord& s)
{
    QJsonObject o{{QStringLiteral("time"), timeToJson(s.time)}, {QStringLiteral("kind"), toString(s.kind)}};
    if (s.kind != ScreeningKind::Check)
        return o;
    QJsonObject answers;
    for (const auto& [id, yes] : s.answers)
        answers.insert(id, yes);
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("confirmedCleared"), s.confirmedCleared);
    if (s.clearance)
        o.insert(QStringLiteral("clearance"), QJsonObject{{QStringLiteral("clinician"), s.clearance->clinician},
                                                          {QStringLiteral("date"), s.clearance->date.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("verdict"), toString(s.verdict));
    return o;
}

std::optional<ClinicianClearance> readClearance(JsonReader& r, const QJsonObject& o, const QString& path, bool& ok)
{
    const auto c = r.object(o, path, QStringLiteral("clearance"), Need::Optional);
    if (!c) {
        ok = ok && !o.contains(QStringLiteral("clearance"));
        return std::nullopt;
    }
    const QString cpath = JsonReader::field(path, QStringLiteral("clearance"));
    r.warnUnknownKeys(*c, cpath, kClearanceKeys);
    const auto who = r.string(*c, cpath, QStringLiteral("clinician"), Need::Required, HistoryLimits::kMaxNameLength);
    const auto dateText = r.string(*c, cpath, QStringLiteral("date"), Need::Required, 20);
    const QDate date = dateText ? QDate::fromString(*dateText, Qt::ISODate) : QDate();
    if (dateText && !date.isValid())
        r.error(JsonReader::field(cpath, QStringLiteral("date")), HistoryFormat::tr("\"%1\" is not a date").arg(*dateText),
                HistoryFormat::tr("a date such as 2025-01-06"));
    if (!who || !date.isValid()) {
        ok = false;
        return std::nullopt;
    }
    return ClinicianClearance{*who, date};
}

std::optional<ScreeningRecord> readScreening(JsonReader& r, const QJsonValue& v, const QString& path)
{
    const auto o = r.asObject(v, path);
    if (!o)
        return std::nullopt;
    r.warnUnknownKeys(*o, path, kScreeningKeys);
    const auto time = readTime(r, *o, path, QStringLiteral("time"));
    const auto kindText = r.string(*o, path, QStringLiteral("kind"), Need::Required, 40);
    const auto kind = kindText ? screeningKindFromString(*kindText) : std::nullopt;
    if (kindText && !kind)
        r.error(JsonReader::field(path, QStringLiteral("kind")), HistoryFormat::tr("\"%1\" is not a kind of safety check").arg(*kindText),
                HistoryFormat::tr("\"check\" or \"repeated-stops-acknowledged\""));
    if (!time || !kind)
        return std::nullopt;
    if (*kind == ScreeningKind::RepeatedStopsAcknowledged)
        return ScreeningRecord::acknowledgement(*time);

    bool ok = true;
    ScreeningRecord s;
    s.time = *time;
    s.kind = *kind;
    if (const auto answers = r.object(*o, path, QStringLiteral("answers"))) {
        const QString apath = JsonReader::field(path, QStringLiteral("answers"));
        if (answers->size() > HistoryLimits::kMaxAnswers) {
            r.error(apath, HistoryFormat::tr("has %1 answers").arg(answers->size()),
                    HistoryFormat::tr("at most %1").arg(HistoryLimits::kMaxAnswers));
            ok = false;
        }
        for (auto it = answers->begin(); ok && it != answers->end(); ++it) {
            if (it.key().isEmpty() || it.key().size() > HistoryLimits::kMaxIdLength) {
                r.error(apath, HistoryFormat::tr("\"%1\" is not a sign id").arg(it.key().left(HistoryLimits::kMaxIdLength)),
                        HistoryFormat::tr("an id of 1 to %1 characters").arg(HistoryLimits::kMaxIdLength));
                ok = false;
            } else if (const auto yes = r.boolean(*answers, apath, it.key())) {
                s.answers[it.key()] = *yes;
            } else {
                ok = false;
            }
        }
    } else {
        ok = false;
    }
    const auto confirmed = r.boolean(*o, path, QStringLiteral("confirmedCleared"));
    s.clearance = readClearance(r, *o, path, ok);
    const auto verdictText = r.string(*o, path, QStringLiteral("verdict"), Need::Required, 40);
    const auto verdict = verdictText ? checkVerdictFromString(*verdictText) : std::nullopt;
    if (verdictText && !verdict)
        r.error(JsonReader::field(path, QStringLiteral("verdict")), HistoryFormat::tr("\"%1\" is not a verdict").arg(*verdictText),
                HistoryFormat::tr("\"clear\", \"consult-cleared\", \"consult-not-cleared\", \"urgent\", "
                                  "\"clinician-first\" or \"clinician-cleared\""));
    if (!ok || !confirmed || !verdict)
        return std::nullopt;
    s.confirmedCleared = *confirmed;
    s.verdict = *verdict;
    return s;
}
} // namespace

QByteArray HistoryFormat::toJson(const std::vector<SessionRecord>& sessions, const std::vector<ScreeningRecord>& screenings)
{
    QJsonArray list;
    for (const SessionRecord& s : sessions) {
        QJsonArray exercises;
        for (const ExerciseRecord& e : s.exercises)
            exercises.append(exerciseToJson(e));
        QJsonObject o{{QStringLiteral("start"), timeToJson(s.start)},
                      {QStringLiteral("end"), timeToJson(s.end)},
                      {QStringLiteral("routine"), s.routineTitle},
                      {QStringLiteral("outcome"), toString(s.outcome)},
                      {QStringLiteral("exercises"), exercises}};
        if (s.outcome == SessionOutcome::SafetyStop && !s.stopReason.isEmpty())
            o.insert(QStringLiteral("stopReason"), s.stopReason);
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), HistoryLimits::kFormatVersion},
                     {QStringLiteral("sessions"), list}};
    if (!screenings.empty()) {
        QJsonArray checks;
        for (const ScreeningRecord& s : screenings)
            checks.append(screeningToJson(s));
        root.insert(QStringLiteral("screenings"), checks);
    }
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
    if (const auto screenings = r.array(*root, {}, QStringLiteral("screenings"), Need::Optional, HistoryLimits::kMaxScreenings)) {
        for (qsizetype i = 0; i < screenings->size(); ++i) {
            if (auto s = readScreening(r, screenings->at(i), JsonReader::index(QStringLiteral("screenings"), i)))
                out.screenings.push_back(std::move(*s));
            else
                ++out.droppedScreenings;
        }
    } else if (root->contains(QStringLiteral("screenings"))) {
        // Not an array, or over the cap: the checks are lost, so the file is kept aside like a damaged session.
        ++out.droppedScreenings;
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
