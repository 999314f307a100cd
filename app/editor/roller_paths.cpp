// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/roller_paths.h"

#include "core/safety_validator.h"

#include <limits>

namespace rollwise {

std::vector<RollerPath> storedPaths(const std::vector<RollerPath>& paths)
{
    std::vector<RollerPath> out;
    for (const RollerPath& p : paths)
        if (p.side != Side::Left)
            out.push_back(p);
    return out;
}

std::vector<RollerPath> withMirroredPaths(const std::vector<RollerPath>& stored)
{
    std::vector<RollerPath> out;
    int index = 0;
    for (RollerPath p : stored) {
        if (p.side == Side::Left)
            continue;
        p.sourceIndex = index++;
        out.push_back(p);
        // Mirrors ContentLibrary::readTechnique: the lateral view shows one side only.
        if (p.side == Side::Right && p.view != View::Lateral)
            out.push_back(RollerPath{p.view, Side::Left, Shape{p.points, 0, false}.mirroredX().points, p.widthCm,
                                     p.sourceIndex});
    }
    return out;
}

bool isCompletePath(const RollerPath& p)
{
    return p.points.size() >= 2 && p.lengthCm() >= 1.0;
}

PathVerdict checkPaths(const Technique& base, const std::vector<RollerPath>& paths, const ContentLibrary& content)
{
    Technique candidate = base;
    candidate.paths.clear();
    for (const RollerPath& p : paths)
        if (!p.points.empty())
            candidate.paths.push_back(p);
    PathVerdict v;
    for (const SafetyViolation& s : SafetyValidator::check(candidate, content)) {
        if (s.kind != SafetyViolation::Kind::NearZone) {
            v.otherProblems << s.problem();
            continue;
        }
        if (!v.zoneNames.contains(s.zone->name)) {
            v.zoneNames << s.zone->name;
            v.zones.push_back(s.zone);
        }
    }
    v.clearanceCm = std::numeric_limits<double>::infinity();
    for (const RollerPath& p : candidate.paths)
        for (const ContraindicatedZone& z : content.zones()) {
            const double c = SafetyValidator::clearance(p, z, content);
            if (c < v.clearanceCm) {
                v.clearanceCm = c;
                v.nearestZone = z.name;
            }
        }
    return v;
}

} // namespace rollwise
