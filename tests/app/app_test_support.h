// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI test suites share: the content and art every test draws with, and the colour classes they
// sample pixels for (the highlight teal, the lumbar red).

#include "app/anatomy/body_art.h"
#include "core/content_library.h"

#include <QColor>

namespace rollwise::test {

inline const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

inline const BodyArt& art()
{
    static const BodyArt a;
    return a;
}

inline bool isTeal(QColor c)
{
    return c.blue() > c.red() + 40 && c.green() > c.red() + 40;
}

inline bool isStrongRed(QColor c)
{
    return c.red() > 140 && c.red() > c.green() * 1.8 && c.red() > c.blue() * 1.8;
}

} // namespace rollwise::test
