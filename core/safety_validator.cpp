#include "core/safety_validator.h"

#include "core/content_library.h"

#include <limits>

namespace rollwise {

double SafetyValidator::clearance(const RollerPath& path, const ContraindicatedZone& zone)
{
    const auto it = zone.shapes.find(path.view);
    if (it == zone.shapes.end())
        return std::numeric_limits<double>::infinity();
    return rollwise::clearance(path.sweptArea(), it->second);
}

bool SafetyValidator::touches(const RollerPath& path, const ContraindicatedZone& zone)
{
    return clearance(path, zone) <= kTouchToleranceCm;
}

std::vector<SafetyViolation> SafetyValidator::check(const Technique& technique, const ContentLibrary& content)
{
    std::vector<SafetyViolation> out;
    for (const RollerPath& path : technique.paths)
        for (const ContraindicatedZone& zone : content.zones()) {
            const double c = clearance(path, zone);
            if (c <= kTouchToleranceCm)
                out.push_back({technique.id, &path, &zone, c});
        }
    return out;
}

} // namespace rollwise
