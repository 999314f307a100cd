// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made sessions for the history tests: explicit UTC times and the default routine's exercises.

#include "core/content_library.h"
#include "core/history/session_record.h"
#include "core/history/session_recorder.h"
#include "core/routine.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <optional>

namespace rollwise::test {

inline QDateTime utc(int y, int m, int d, int h = 7, int min = 30)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// The default routine's five exercises, all done (or none, for a session stopped before rolling began).
inline SessionRecord session(const QDateTime& start, SessionOutcome outcome = SessionOutcome::Completed,
                             bool done = true)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    SessionRecord s;
    s.start = start;
    s.end = start.addSecs(14 * 60 + 4);
    s.routineTitle = Routine::defaultRoutine(content).title;
    s.outcome = outcome;
    s.exercises = SessionRecorder::exercisesOf(Routine::defaultRoutine(content), content);
    for (ExerciseRecord& e : s.exercises) {
        e.started = done;
        e.completed = done;
    }
    return s;
}

inline SessionRecord rated(SessionRecord s, const QString& group, std::optional<int> before, std::optional<int> after)
{
    s.setTenderness(group, before, after);
    return s;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace rollwise::test
