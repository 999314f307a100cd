// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/history_csv.h"

#include "core/atomic_file.h"
#include "core/history/history_stats.h"

#include <QStringList>

#include <algorithm>

namespace rollwise {

namespace {
const QString kLineEnd = QStringLiteral("\r\n");

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString rating(std::optional<int> v)
{
    return v ? QString::number(*v) : QString();
}

QString defuseFormula(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString row(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + kLineEnd;
}
} // namespace

QString csvField(const QString& value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(value.begin(), value.end(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray historyToCsv(const std::vector<SessionRecord>& sessions, const QTimeZone& zone)
{
    // Column names are for programs, so they stay English and unchanging.
    QString out = row({QStringLiteral("session_start_utc"), QStringLiteral("session_end_utc"),
                       QStringLiteral("local_date"), QStringLiteral("routine"), QStringLiteral("outcome"),
                       QStringLiteral("counts_toward_target"),
                       QStringLiteral("exercise"), QStringLiteral("technique"), QStringLiteral("muscle_group"),
                       QStringLiteral("started"), QStringLiteral("completed"), QStringLiteral("tender_spots"),
                       QStringLiteral("tenderness_before"), QStringLiteral("tenderness_after")});
    for (const SessionRecord& s : sessions) {
        const QStringList session{s.start.toUTC().toString(Qt::ISODate), s.end.toUTC().toString(Qt::ISODate),
                                  localStartDate(s, zone).toString(Qt::ISODate), defuseFormula(s.routineTitle),
                                  toString(s.outcome), yesNo(s.countsTowardTarget())};
        if (s.exercises.empty()) {
            out += row(session + QStringList{QString(), QString(), QString(), QString(), QString(), QString(),
                                             QString(), QString()});
            continue;
        }
        int n = 1;
        for (const ExerciseRecord& e : s.exercises)
            out += row(session + QStringList{QString::number(n++), e.techniqueId, e.groupId, yesNo(e.started),
                                             yesNo(e.completed), QString::number(e.tenderSpots),
                                             rating(e.tendernessBefore), rating(e.tendernessAfter)});
    }
    return out.toUtf8();
}

QString exportHistoryCsv(const QString& path, const std::vector<SessionRecord>& sessions, const QTimeZone& zone)
{
    return writeFileAtomically(path, historyToCsv(sessions, zone));
}

} // namespace rollwise
