// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes routine files in the documented, versioned format; writes are atomic (QSaveFile), so a crash
// or a full disk never leaves a half-written routine in place of a good one.

#include "core/routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rollwise {

class RoutineWriter {
    Q_DECLARE_TR_FUNCTIONS(RoutineWriter)

public:
    static QJsonObject toJson(const Routine& routine);
    static QJsonObject techniqueToJson(const Technique& technique);
    static QByteArray toBytes(const Routine& routine);
    // Returns an empty string on success, otherwise a message naming the file and the problem.
    static QString save(const Routine& routine, const QString& path);
};

} // namespace rollwise
