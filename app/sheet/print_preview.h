// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Printing, the same way from every window: QKeySequence::Print (Ctrl+P) opens a print preview of what that
// window shows (the routine sheet in the player and the editor, the topic in the Learn window, the charts in
// the progress window), from which the user prints or cancels.

#include <QPageLayout>
#include <QString>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace rollwise {

// Adds a window-wide "Print…" action on QKeySequence::Print to `window` (for windows without a menu bar; put it
// in a menu too where there is one). Its object name is "actionPrint", which tests and the shortcut check use.
QAction* addPrintAction(QWidget* window, const std::function<void()>& print);

// Opens a modal print preview; `paint` draws the whole document on the printer it is given (every page).
void showPrintPreview(QWidget* parent, const QString& documentName, const QPageLayout& layout,
                      const std::function<void(QPrinter*)>& paint);

} // namespace rollwise
