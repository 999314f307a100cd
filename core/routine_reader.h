// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads and validates routine files. Whatever the bytes, the result is a routine or a list of
// diagnostics that say which file, which field and what is wrong; nothing throws or crashes.

#include "core/diagnostic.h"
#include "core/routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rollwise {

class ContentLibrary;
class JsonReader;

struct RoutineLoad {
    std::optional<Routine> routine; // set only when there are no errors
    Diagnostics diagnostics;
    bool unreadable = false; // the file could not be opened or read at all
};

class RoutineReader {
    Q_DECLARE_TR_FUNCTIONS(RoutineReader)

public:
    explicit RoutineReader(const ContentLibrary& content) : m_content(content) {}
    // The day a clearance may not lie after (today unless a test says otherwise).
    void setToday(QDate today) { m_today = today; }

    RoutineLoad readFile(const QString& path) const;
    // fileName labels diagnostics, and its folder is where a relative clinic logo is looked for.
    RoutineLoad readBytes(const QByteArray& bytes, const QString& fileName) const;
    // Checks a routine built in memory (the editor) with the same rules as a file on disk.
    Diagnostics validate(const Routine& routine, const QString& fileName) const;
    // The clinic printed on the sheet, wherever it comes from (a routine file, Clinic Details in Settings):
    // texts that fit the sheet on one line each and a logo that can be read. One rule set for both.
    static void checkClinic(const Clinic& clinic, JsonReader& r);
    static Diagnostics checkClinic(const Clinic& clinic, const QString& source);

private:
    bool checkEncodingAndShape(const QByteArray& bytes, const QString& fileName, Diagnostics& d) const;
    std::optional<Exercise> readExercise(JsonReader& r, const QJsonObject& o, const QString& path,
                                         const Routine& routine) const;
    void checkExercise(const Exercise& e, const Routine& routine, const QString& path, JsonReader& r) const;
    void checkPassesTime(const Exercise& e, const Routine& routine, const QString& path, JsonReader& r) const;
    void checkSafety(const Routine& routine, const QString& fileName, Diagnostics& d) const;
    void checkCustomTechniques(const Routine& routine, JsonReader& r) const;
    // Lengths that fit the sheet, plain non-empty names, a clearance that is dated and not in the future.
    void checkTexts(const Routine& routine, JsonReader& r) const;
    void checkSessionLength(const Routine& routine, const QString& fileName, Diagnostics& d) const;
    // Sessions a week, sets, default hold and roll, next review and clinic; a relative logo is found in baseDir.
    void readPrescription(JsonReader& r, const QJsonObject& root, Routine& routine, const QString& baseDir) const;
    void checkPrescription(const Routine& routine, JsonReader& r) const;
    std::optional<ClinicianClearance> readClearance(JsonReader& r, const QJsonObject& root) const;
    void checkWrittenSize(const Routine& routine, const QString& fileName, Diagnostics& d) const;

    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    const ContentLibrary& m_content;
    QDate m_today;
};

} // namespace rollwise
