// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The on-screen confirmation of a voice command ("Heard “take a break”: Pause"): at the top of the window for
// a few seconds, large enough to read from the floor, and announced to screen readers.

#include <QLabel>
#include <QTimer>

namespace rollwise {

class VoiceToast : public QLabel {
    Q_OBJECT

public:
    static constexpr int kShownMs = 2500;

    explicit VoiceToast(QWidget* parent);
    void showMessage(const QString& text);

private:
    void place();
    QTimer m_hide;
};

} // namespace rollwise
