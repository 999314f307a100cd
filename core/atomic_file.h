// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Replace a file's contents all-or-nothing. Wraps QSaveFile with the one check it lacks: in Qt 6.4 a
// buffered QSaveFile reports success after a short write (disk full, file-size limit), committing a
// truncated file. Writing unbuffered and insisting on every byte closes that hole.

#include <QByteArray>
#include <QString>

namespace rollwise {

// Returns an empty string on success, otherwise "path: what went wrong"; the old file is untouched.
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace rollwise
