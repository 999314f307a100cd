// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/problem_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rollwise {

ProblemBanner::ProblemBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("problemBanner"));
    setAccessibleName(tr("Problems loading the routine"));
    setStyleSheet(QStringLiteral("#problemBanner{background:#fdecea;border:1px solid #f5c2c0;}"
                                 "#problemBanner QLabel{color:#611a15;}"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("problemText"));
    m_text->setWordWrap(true);
    // File contents (a technique id, a title) arrive in these lines: never markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissProblems"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss these warnings"));
    m_dismiss->setToolTip(tr("Hide these warnings"));
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    hide();
}

void ProblemBanner::setProblems(const QString& text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(!text.trimmed().isEmpty());
}

QString ProblemBanner::text() const
{
    return m_text->text();
}

} // namespace rollwise
