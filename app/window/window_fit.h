// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every dialog and window of Rollwise opens inside the screen's available area (a 1366×768 laptop included),
// at the size its content asks for: sizeHint(), or a comfortable `preferred` size for windows whose content
// would take any room (the editor, the Learn view), never smaller than the content's minimum unless the screen
// is. Placed over its parent window, moved back inside the screen where it would leave it.

#include <QSize>

class QWidget;

namespace rollwise {

// Room left for the window manager's frame and title bar: a dialog as tall as the screen would still lose
// its buttons under the panel. A fraction of the available area.
constexpr double kScreenUse = 0.92;

void fitToScreen(QWidget* window, QSize preferred = {});

} // namespace rollwise
