// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A custom technique's roller paths as the editor draws them and as the routine holds them. Files store
// right-side and centre paths only; in memory (after reading) each right path outside the lateral view
// also has its mirror image for the left side. The editor keeps documents in the in-memory form, so the
// safety check covers both sides and a saved routine reopens as an equal one.

#include "core/content_library.h"
#include "core/technique.h"

#include <QStringList>

#include <vector>

namespace rollwise {

// The paths a file stores: everything but the mirrored left copies.
std::vector<RollerPath> storedPaths(const std::vector<RollerPath>& paths);
// Stored paths → in-memory paths: the same mirroring (and source indices) as the reader.
std::vector<RollerPath> withMirroredPaths(const std::vector<RollerPath>& stored);
// At least two points and 1 cm long: shorter paths are incomplete drawings, not yet worth checking.
bool isCompletePath(const RollerPath& p);

struct PathVerdict {
    QStringList zoneNames; // contraindicated zones the roller footprint comes too close to
    QStringList otherProblems; // off the body, or not over the technique's targets
    std::vector<const ContraindicatedZone*> zones; // the same zones, to outline them
    double clearanceCm = 0; // gap to the nearest zone in the path's view, when safe
    QString nearestZone;
};
// The safety validator's verdict on `paths` (in-memory form; incomplete ones are checked too, so a first
// point placed on the spine is refused at once).
PathVerdict checkPaths(const Technique& base, const std::vector<RollerPath>& paths, const ContentLibrary& content);

} // namespace rollwise
