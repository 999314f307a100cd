// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor's "Open Recent" list, kept in QSettings: most recent first, at most kMax entries, files that
// no longer exist dropped whenever the list is read.

#include <QStringList>

class QSettings;

namespace rollwise {

class RecentFiles {
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QSettings& settings) : m_settings(settings) {}

    QStringList files() const;
    void add(const QString& path);
    void clear();

private:
    void store(const QStringList& files) const;

    QSettings& m_settings;
};

} // namespace rollwise
