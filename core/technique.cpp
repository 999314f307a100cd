#include "core/technique.h"

#include <algorithm>

namespace rollwise {

const TechniqueVariant* Technique::variant(const QString& variantId) const
{
    for (const TechniqueVariant& v : variants)
        if (v.id == variantId)
            return &v;
    return nullptr;
}

bool Technique::perSideWith(const QString& variantId) const
{
    if (const TechniqueVariant* v = variant(variantId))
        return v->perSide;
    return perSide;
}

std::vector<const RollerPath*> Technique::pathsFor(View view, Side side) const
{
    std::vector<const RollerPath*> out;
    for (const RollerPath& p : paths)
        if (p.view == view && (side == Side::Centre || p.side == side || p.side == Side::Centre))
            out.push_back(&p);
    return out;
}

std::vector<View> Technique::views() const
{
    std::vector<View> out;
    for (const RollerPath& p : paths)
        if (std::find(out.begin(), out.end(), p.view) == out.end())
            out.push_back(p.view);
    return out;
}

QList<int> Technique::stepsForPhase(const QString& phase) const
{
    if (const auto it = phaseSteps.constFind(phase); it != phaseSteps.constEnd())
        return *it;
    QList<int> all;
    for (int i = 1; i <= steps.size(); ++i)
        all << i;
    return all;
}

} // namespace rollwise
