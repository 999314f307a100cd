// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/flash_overlay.h"

#include <QEvent>
#include <QPainter>

namespace rollwise {

namespace {
QColor colorFor(CueType t)
{
    switch (t) {
    case CueType::SafetyStop: return QColor(0xd0, 0x1c, 0x1f);
    case CueType::HoldStart:
    case CueType::HoldComplete: return QColor(0x0e, 0x9a, 0xa7);
    case CueType::Countdown:
    case CueType::TimeLeft: return QColor(0xf5, 0xb0, 0x00);
    case CueType::SessionComplete: return QColor(0x2e, 0x9d, 0x48);
    default: return QColor(0x4b, 0x3a, 0x8f);
    }
}
} // namespace

FlashOverlay::FlashOverlay(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_fade.setStartValue(1.0);
    m_fade.setEndValue(0.0);
    m_fade.setDuration(700);
    connect(&m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_strength = v.toDouble();
        update();
    });
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void FlashOverlay::flash(const CueEvent& e)
{
    ++m_count;
    m_color = colorFor(e.type);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_fade.stop();
    m_fade.start();
}

void FlashOverlay::paintEvent(QPaintEvent*)
{
    if (m_strength <= 0.0)
        return;
    QPainter p(this);
    // A thick frame plus a light tint: visible at the edge of vision, never hiding the instructions.
    QColor frame = m_color;
    frame.setAlphaF(0.85 * m_strength);
    QColor tint = m_color;
    tint.setAlphaF(0.18 * m_strength);
    p.fillRect(rect(), tint);
    p.setPen(QPen(frame, 18));
    p.drawRect(rect().adjusted(9, 9, -9, -9));
}

bool FlashOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace rollwise
