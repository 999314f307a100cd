// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/voice/voice_toast.h"

#include <QAccessible>
#include <QFont>

namespace rollwise {

VoiceToast::VoiceToast(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("voiceToast"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    setFont(f);
    setStyleSheet(QStringLiteral("QLabel#voiceToast { background: #0e5f67; color: white; border-radius: 8px; padding: 10px 18px; }"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void VoiceToast::showMessage(const QString& text)
{
    setText(text);
    setAccessibleName(text);
    place();
    show();
    raise();
    m_hide.start(kShownMs);
    // A screen reader speaks a changed name of a visible label; the alert makes it say it now.
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void VoiceToast::place()
{
    if (!parentWidget())
        return;
    const int w = std::min(parentWidget()->width() - 40, 720);
    setFixedWidth(std::max(200, w));
    adjustSize();
    move((parentWidget()->width() - width()) / 2, 24);
}

} // namespace rollwise
