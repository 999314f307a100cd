// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/countdown_label.h"

#include <QFontMetrics>
#include <QPainter>

namespace rollwise {

namespace {
constexpr int kAir = 6; // above and below the ink
const QString kSample = QStringLiteral("00:00");
} // namespace

CountdownLabel::CountdownLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

QRect CountdownLabel::inkRect() const
{
    // Every digit and the colon: the height does not change from one second to the next.
    return QFontMetrics(font()).tightBoundingRect(QStringLiteral("0123456789:"));
}

int CountdownLabel::inkHeight() const
{
    return inkRect().height();
}

QSize CountdownLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::max(fm.horizontalAdvance(text()), fm.horizontalAdvance(kSample)), inkHeight() + 2 * kAir};
}

QSize CountdownLabel::minimumSizeHint() const
{
    return sizeHint();
}

void CountdownLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setFont(font());
    p.setPen(palette().color(foregroundRole()));
    const QRect ink = inkRect();
    // Baseline placed so the ink sits centred in the label.
    const int baseline = (height() - ink.height()) / 2 - ink.top();
    p.drawText(QPoint(0, baseline), text());
}

} // namespace rollwise
