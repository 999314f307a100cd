// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/undo_shortcut_filter.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace rollwise {

void UndoShortcutFilter::install(QObject* widget)
{
    static UndoShortcutFilter* shared = new UndoShortcutFilter(QCoreApplication::instance());
    widget->installEventFilter(shared);
    // A spin box's keys go to its inner line edit.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
        if (auto* edit = spin->findChild<QLineEdit*>())
            edit->installEventFilter(shared);
}

bool UndoShortcutFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        // Leaving the event unaccepted lets the shortcut map deliver it to the window's Undo/Redo actions.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rollwise
