// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Puts the validator's verdict next to the control it is about: the control is outlined (red for an
// error, amber for a warning; the style sheet keys on the "validity" property) and a message line below
// it says what is wrong and what is expected, in words and an icon so it never relies on colour alone.

#include "core/diagnostic.h"

#include <QString>

#include <vector>

class QLabel;
class QWidget;

namespace rollwise {

class FieldFeedback {
public:
    FieldFeedback() = default;
    // Builds a container holding `control` with its message line below it (hidden while all is well).
    // The message label is named objectName + "Message" so tests and screen readers can find it.
    static FieldFeedback wrap(QWidget* control, const QString& objectName);

    QWidget* container() const { return m_container; }
    QWidget* control() const { return m_control; }
    QLabel* message() const { return m_message; }
    void show(const std::vector<Diagnostic>& diagnostics);

    // Style sheet rules for the "validity" and "messageSeverity" properties, for the editor window.
    static QString styleSheet();

private:
    QWidget* m_container = nullptr;
    QWidget* m_control = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace rollwise
