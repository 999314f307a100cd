// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomic_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rollwise {

namespace {
struct AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return AtomicFile::tr("%1: cannot be written: %2").arg(path, file.errorString());
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString why = file.error() != QFileDevice::NoError ? file.errorString()
                                                                     : AtomicFile::tr("the disk may be full");
            file.cancelWriting();
            return AtomicFile::tr("%1: cannot be written: %2").arg(path, why);
        }
        done += n;
    }
    if (!file.commit())
        return AtomicFile::tr("%1: cannot be saved: %2").arg(path, file.errorString());
    return {};
}

} // namespace rollwise
