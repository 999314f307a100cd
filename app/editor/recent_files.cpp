// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace rollwise {

namespace {
const QString kKey = QStringLiteral("editor/recentFiles");
} // namespace

QStringList RecentFiles::files() const
{
    const QStringList stored = m_settings.value(kKey).toStringList();
    QStringList existing;
    for (const QString& f : stored)
        if (QFileInfo(f).isFile() && !existing.contains(f))
            existing << f;
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files) const
{
    m_settings.setValue(kKey, files);
}

} // namespace rollwise
