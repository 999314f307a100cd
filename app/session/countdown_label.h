// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's big countdown. Digits have no descenders and no accents, so a normal label's line height
// wastes a third of its room at these sizes; this one is exactly as tall as the digits' ink (plus a little
// air), which on a laptop is the difference between a 72 px and a 50 px countdown.

#include <QLabel>

namespace rollwise {

class CountdownLabel : public QLabel {
    Q_OBJECT

public:
    explicit CountdownLabel(QWidget* parent = nullptr);

    // Ink height of the digits in the current font, in pixels.
    int inkHeight() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }
    int heightForWidth(int) const override { return sizeHint().height(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect inkRect() const;
};

} // namespace rollwise
