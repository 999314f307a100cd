// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session history on disk: history.json in a directory the caller chooses (the app passes
// QStandardPaths::AppDataLocation; core never picks a user's folder itself). Every write replaces the file
// atomically. A damaged or unreadable file is never silently lost: load() first keeps its exact bytes as
// "history.damaged-<UTC time>.json" next to it by moving it there (a new name each time, never overwriting an
// earlier backup), writes back whatever could be read, and says so: the next start finds a clean file, so a
// damaged file is set aside once, not copied on every start. If it can be neither moved nor copied aside, the
// store refuses to save rather than overwrite it. A history written by a newer Rollwise is not damage: it is
// refused with a clear message and left exactly as it is, and nothing is saved over it.

#include "core/diagnostic.h"
#include "core/history/history_format.h"
#include "core/history/session_record.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace rollwise {

struct HistoryLoad {
    Diagnostics diagnostics; // what was wrong with the file, plus where its backup went
    QString backupPath;      // where the damaged file was moved; empty when none was needed
    std::optional<int> newerVersion; // the file is a later version's history: left untouched, saving blocked
    bool recovered() const { return !backupPath.isEmpty(); }
};

class HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(QString directory, QString fileName = QStringLiteral("history.json"));

    QString directory() const { return m_directory; }
    QString filePath() const;

    // Reads the file. Missing: an empty history, no diagnostics. Damaged, unreadable, too large or of another
    // format or an older unknown version: set aside (see above), the readable sessions kept and written back
    // (none if the file as a whole is damaged), and the diagnostics name the file, what is wrong and the
    // backup. Newer version: left untouched, no sessions, saving refused (canSave() is false).
    HistoryLoad load();

    const std::vector<SessionRecord>& sessions() const { return m_sessions; }
    // Adds a session and saves. Returns an empty string on success, otherwise a message for the user. Over
    // the session cap the session is refused; if only the write fails it stays in memory and is written with
    // the next successful save.
    QString append(SessionRecord session);
    // The safety checks and acknowledgements, oldest first.
    const std::vector<ScreeningRecord>& screenings() const { return m_screenings; }
    // Adds a safety check (or an acknowledgement) and saves; same contract as append().
    QString appendScreening(ScreeningRecord screening);
    // Replaces a session (e.g. with tenderness ratings added) and saves.
    QString replace(size_t index, SessionRecord session);
    QString save();
    // False after a damaged file could not be backed up: saving would destroy it.
    bool canSave() const { return m_blockedReason.isEmpty(); }

private:
    QString setAside(const QByteArray* bytes, Diagnostics& d);
    void refuseNewerVersion(int version, Diagnostics& d);
    QString write(const QByteArray& bytes);
    QString tooLarge(qsizetype bytes) const;
    QString uniqueBackupPath() const;

    QString m_directory;
    QString m_fileName;
    std::vector<SessionRecord> m_sessions;
    std::vector<ScreeningRecord> m_screenings;
    QString m_blockedReason;
};

} // namespace rollwise
