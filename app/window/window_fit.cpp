// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/window_fit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace rollwise {

void fitToScreen(QWidget* window, QSize preferred)
{
    QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QScreen* screen = anchor ? anchor->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize room = available.size() * kScreenUse;
    QSize want = preferred.isValid() ? preferred : window->sizeHint();
    want = want.expandedTo(window->minimumSizeHint()).boundedTo(room);
    window->resize(want);
    QRect placed(QPoint(), want);
    placed.moveCenter(anchor && anchor->isVisible() ? anchor->geometry().center() : available.center());
    const QPoint margin((available.width() - room.width()) / 2, (available.height() - room.height()) / 2);
    placed.moveLeft(std::clamp(placed.left(), available.left() + margin.x(),
                               std::max(available.left() + margin.x(), available.right() - margin.x() - want.width())));
    placed.moveTop(std::clamp(placed.top(), available.top() + margin.y(),
                              std::max(available.top() + margin.y(), available.bottom() - margin.y() - want.height())));
    window->move(placed.topLeft());
}

} // namespace rollwise
