// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Process-wide logging: warnings and errors to stderr, everything from info up to a rotating file.
// The directory is passed in so core never decides where a user's files live.

#include <QString>

namespace rollwise {

// Returns the log file path, or an empty string when the file could not be opened (stderr still works).
QString initLogging(const QString& logDirectory);

} // namespace rollwise
