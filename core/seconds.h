// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Milliseconds to whole seconds, the one home for it. What is shown as time still to come rounds up (a
// countdown shows 1 until the very end, never 0 while time remains); time already gone rounds down (a
// progress bar never claims a second not yet lived). A prescribed length is a whole number of seconds
// already, so either rule gives it back unchanged. A length computed from passes at the seed's pace is not: it
// is printed and prescribed as the nearest whole second (Routine::wholeRollSeconds).

#include <QtGlobal>

#include <algorithm>

namespace rollwise {

inline qint64 wholeSecondsUp(qint64 milliseconds)
{
    return (std::max<qint64>(0, milliseconds) + 999) / 1000;
}

inline qint64 wholeSecondsDown(qint64 milliseconds)
{
    return std::max<qint64>(0, milliseconds) / 1000;
}

inline qint64 nearestWholeSeconds(qint64 milliseconds)
{
    return (std::max<qint64>(0, milliseconds) + 500) / 1000;
}

} // namespace rollwise
