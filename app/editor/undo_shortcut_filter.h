// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text boxes grab Ctrl+Z for their own, private undo. In the editor every keystroke is already a
// document edit, so Undo/Redo must reach the document's stack instead: this filter lets those two
// shortcuts through to the window's actions.

#include <QObject>

namespace rollwise {

class UndoShortcutFilter : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Installs one shared filter on `widget` (a line edit, text edit or spin box).
    static void install(QObject* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace rollwise
