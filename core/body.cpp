// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/body.h"

namespace rollwise {

QString toString(View v)
{
    switch (v) {
    case View::Posterior: return QStringLiteral("posterior");
    case View::Anterior: return QStringLiteral("anterior");
    case View::Lateral: return QStringLiteral("lateral");
    }
    return {};
}

QString toString(Side s)
{
    switch (s) {
    case Side::Centre: return QStringLiteral("centre");
    case Side::Right: return QStringLiteral("right");
    case Side::Left: return QStringLiteral("left");
    }
    return {};
}

std::optional<View> viewFromString(const QString& s)
{
    for (View v : allViews())
        if (toString(v) == s)
            return v;
    return std::nullopt;
}

std::optional<Side> sideFromString(const QString& s)
{
    for (Side v : {Side::Centre, Side::Right, Side::Left})
        if (toString(v) == s)
            return v;
    return std::nullopt;
}

const std::vector<View>& allViews()
{
    static const std::vector<View> views{View::Posterior, View::Anterior, View::Lateral};
    return views;
}

QString sidedId(const QString& baseId, Side side)
{
    return side == Side::Centre ? baseId : baseId + QLatin1Char('-') + toString(side);
}

const RegionShape* BodyRegion::shapeIn(View v) const
{
    for (const RegionShape& s : shapes)
        if (s.view == v)
            return &s;
    return nullptr;
}

} // namespace rollwise
