// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/history_store.h"

#include "core/atomic_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace rollwise {

HistoryStore::HistoryStore(QString directory, QString fileName)
    : m_directory(std::move(directory)), m_fileName(std::move(fileName))
{
}

QString HistoryStore::filePath() const
{
    return QDir(m_directory).filePath(m_fileName);
}

QString HistoryStore::uniqueBackupPath() const
{
    const QFileInfo info(filePath());
    const QString stem = QDir(m_directory).filePath(info.completeBaseName() + QStringLiteral(".damaged-")
                                                    + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    // Two recoveries in the same second (or a clock set back) must not overwrite an earlier backup.
    QString candidate = stem + suffix;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n) + suffix;
    return candidate;
}

QString HistoryStore::setAside(const QByteArray* bytes, Diagnostics& d)
{
    const QString path = filePath();
    const QString backup = uniqueBackupPath();
    // Moved, not copied: the damaged file must leave history.json, or every start would find it (and copy
    // it) again. The rename keeps its bytes exactly, readable or not, without a second copy on disk.
    if (QFile::rename(path, backup))
        return backup;
    QString why = tr("it could not be moved to %1").arg(backup);
    if (bytes) {
        // A folder that allows new files but not renaming this one: keep a copy, and the rewrite that follows
        // replaces the damaged original.
        why = writeFileAtomically(backup, *bytes);
        if (why.isEmpty())
            return backup;
    }
    const QString what = tr("could not be backed up (%1); it is left untouched and new sessions are not saved until "
                            "it is moved away")
                             .arg(why);
    d.error(path, {}, what);
    m_blockedReason = d.items().back().toString();
    spdlog::error("history: {}", m_blockedReason.toStdString());
    return {};
}

HistoryLoad HistoryStore::load()
{
    HistoryLoad out;
    Diagnostics& d = out.diagnostics;
    m_sessions.clear();
    m_screenings.clear();
    m_blockedReason.clear();
    const QString path = filePath();
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return out;

    QByteArray bytes;
    bool read = false;
    if (info.isDir()) {
        d.error(path, {}, tr("is a folder, not a history file"), tr("a JSON file"));
    } else if (info.size() > HistoryLimits::kMaxFileBytes) {
        d.error(path, {}, tr("file is %1 bytes").arg(info.size()),
                tr("a history file of at most %1 bytes").arg(HistoryLimits::kMaxFileBytes));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            d.error(path, {}, tr("cannot be read: %1").arg(file.errorString()));
        } else {
            // One byte past the cap: a file that grew after the size check is still refused.
            bytes = file.read(HistoryLimits::kMaxFileBytes + 1);
            if (file.error() != QFileDevice::NoError)
                d.error(path, {}, tr("cannot be read: %1").arg(file.errorString()));
            else
                read = true;
        }
    }

    int dropped = 0;
    bool rejected = !read;
    if (read) {
        HistoryParse parsed = HistoryFormat::parse(bytes, path);
        d.append(parsed.diagnostics);
        if (parsed.newerVersion) {
            refuseNewerVersion(*parsed.newerVersion, d);
            out.newerVersion = parsed.newerVersion;
            return out;
        }
        m_sessions = std::move(parsed.sessions);
        m_screenings = std::move(parsed.screenings);
        dropped = parsed.droppedSessions + parsed.droppedScreenings;
        rejected = parsed.fileRejected;
        if (!rejected && dropped == 0)
            return out; // at most warnings (unknown fields): nothing is lost by rewriting it
    }

    out.backupPath = setAside(read ? &bytes : nullptr, d);
    if (out.backupPath.isEmpty())
        return out;
    // The sessions that could be read go back under the usual name at once, so the next start finds a clean
    // file; if that write fails they stay in memory and the backup still holds them.
    if (!m_sessions.empty())
        if (const QString error = save(); !error.isEmpty())
            d.warning(path, {}, tr("the sessions that could be read were not written back yet: %1").arg(error));
    QString what;
    if (rejected)
        what = tr("the damaged file was kept as %1; new sessions start a fresh history").arg(out.backupPath);
    else if (dropped == 1)
        what = tr("1 damaged session was left out; the original file was kept as %1").arg(out.backupPath);
    else
        what = tr("%1 damaged sessions were left out; the original file was kept as %2").arg(dropped).arg(out.backupPath);
    d.warning(path, {}, what);
    spdlog::warn("history: {}\n{}", what.toStdString(), d.toText().toStdString());
    return out;
}

void HistoryStore::refuseNewerVersion(int version, Diagnostics& d)
{
    // Not damage: a later Rollwise wrote it (the same person on another computer, or after a downgrade). Moving
    // or rewriting it would lose what that version recorded, so it stays exactly as it is, and nothing is saved.
    m_sessions.clear();
    d.error(filePath(), {},
            tr("was written by a newer Rollwise (history version %1; this version reads version %2); it is left "
               "untouched, and sessions are not recorded until you update Rollwise")
                .arg(version)
                .arg(HistoryLimits::kFormatVersion));
    m_blockedReason = d.items().back().toString();
    spdlog::error("history: {}", m_blockedReason.toStdString());
}

QString HistoryStore::append(SessionRecord session)
{
    if (int(m_sessions.size()) >= HistoryLimits::kMaxSessions)
        return tr("%1: the history is full (%2 sessions); export it as CSV and move the file away to start a new "
                  "one")
            .arg(filePath())
            .arg(HistoryLimits::kMaxSessions);
    m_sessions.push_back(std::move(session));
    const QByteArray bytes = HistoryFormat::toJson(m_sessions, m_screenings);
    if (bytes.size() > HistoryLimits::kMaxFileBytes) {
        // Nothing later could save a history this large: refuse the session rather than keep one that can
        // never be written. A failed write (disk full) below keeps it in memory for the next attempt.
        m_sessions.pop_back();
        return tooLarge(bytes.size());
    }
    return write(bytes);
}

QString HistoryStore::appendScreening(ScreeningRecord screening)
{
    if (int(m_screenings.size()) >= HistoryLimits::kMaxScreenings)
        return tr("%1: the history is full (%2 safety checks); export it as CSV and move the file away to start a "
                  "new one")
            .arg(filePath())
            .arg(HistoryLimits::kMaxScreenings);
    m_screenings.push_back(std::move(screening));
    const QByteArray bytes = HistoryFormat::toJson(m_sessions, m_screenings);
    if (bytes.size() > HistoryLimits::kMaxFileBytes) {
        m_screenings.pop_back();
        return tooLarge(bytes.size());
    }
    return write(bytes);
}

QString HistoryStore::replace(size_t index, SessionRecord session)
{
    if (index >= m_sessions.size())
        return tr("%1: there is no session %2 to update").arg(filePath()).arg(index + 1);
    m_sessions[index] = std::move(session);
    return save();
}

QString HistoryStore::save()
{
    const QByteArray bytes = HistoryFormat::toJson(m_sessions, m_screenings);
    return bytes.size() > HistoryLimits::kMaxFileBytes ? tooLarge(bytes.size()) : write(bytes);
}

QString HistoryStore::tooLarge(qsizetype bytes) const
{
    return tr("%1: the history would be %2 bytes, over the limit of %3; export it as CSV and move the file away "
              "to start a new one")
        .arg(filePath())
        .arg(bytes)
        .arg(HistoryLimits::kMaxFileBytes);
}

QString HistoryStore::write(const QByteArray& bytes)
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    if (!QDir().mkpath(m_directory))
        return tr("%1: the folder cannot be created").arg(m_directory);
    const QString error = writeFileAtomically(filePath(), bytes);
    if (!error.isEmpty())
        spdlog::error("history: {}", error.toStdString());
    return error;
}

} // namespace rollwise
