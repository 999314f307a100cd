// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The routine every "an unsafe routine is never …" test starts from: the built-in routine plus a custom technique
// whose roller path runs straight down the lumbar spine. It bypasses the reader (which would refuse it), as a
// bug or a hand-built routine could, so each consumer has to refuse it on its own.

#include "core/content_library.h"
#include "core/routine.h"
#include "core/technique.h"

namespace rollwise::test {

inline Routine routineRollingTheLumbarSpine(const ContentLibrary& content)
{
    Routine r = Routine::defaultRoutine(content);
    Technique bad;
    bad.id = QStringLiteral("low-back");
    bad.name = QStringLiteral("Low back");
    bad.primaryTargets = QStringList{QStringLiteral("thoracic-extensors")};
    bad.steps = QStringList{QStringLiteral("Roll the lower back.")};
    bad.paths.push_back({View::Posterior, Side::Centre, {{0, 125}, {0, 105}}, 6.0, 0});
    r.customTechniques.push_back(bad);
    Exercise e;
    e.techniqueId = bad.id;
    e.rollSeconds = 30;
    r.exercises.push_back(e);
    return r;
}

} // namespace rollwise::test
