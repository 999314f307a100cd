#include "core/safety_validator.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QStringList>

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

std::vector<SafetyViolation> SafetyValidator::check(const Routine& routine, const ContentLibrary& content)
{
    std::vector<SafetyViolation> out;
    QStringList seen;
    for (const Exercise& e : routine.exercises) {
        const Technique* t = routine.technique(e.techniqueId, content);
        if (!t || seen.contains(t->id))
            continue;
        seen << t->id;
        for (const SafetyViolation& v : check(*t, content))
            out.push_back(v);
    }
    return out;
}

QString SafetyValidator::describe(const std::vector<SafetyViolation>& violations)
{
    QStringList lines;
    for (const SafetyViolation& v : violations)
        lines << QCoreApplication::translate("SafetyValidator", "Technique \"%1\" (%2 side, %3 view) touches %4")
                     .arg(v.techniqueId, toString(v.path->side), toString(v.path->view), v.zone->name);
    return lines.join(QLatin1Char('\n'));
}

} // namespace rollwise
