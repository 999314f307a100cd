// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What went wrong loading a routine or the history, above the window's content: worded for the person reading
// it (the file's base name, exercises counted from 1; Diagnostics::toReadableText) and dismissable, because a
// warning the clinician has read must not keep taking room from the session screen.

#include <QFrame>

class QLabel;
class QToolButton;

namespace rollwise {

class ProblemBanner : public QFrame {
    Q_OBJECT

public:
    explicit ProblemBanner(QWidget* parent = nullptr);

    // Shows the lines (plain text, one problem a line); empty text hides the banner.
    void setProblems(const QString& text);
    QString text() const;
    QToolButton* dismissButton() const { return m_dismiss; }

private:
    QLabel* m_text = nullptr;
    QToolButton* m_dismiss = nullptr;
};

} // namespace rollwise
