// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/cautions_box.h"

#include "app/text/labels.h"
#include "core/technique.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace rollwise {

CautionsBox::CautionsBox(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cautionsBox"));
    setAccessibleName(tr("Cautions for this technique"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_title = new QLabel(tr("Cautions"), this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("cautionsText"));
    for (QLabel* l : {m_title, m_text}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText); // content and clinician text are words, never markup
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_basePoints = std::max(14.0, m_text->font().pointSizeF());
    setStyleSheet(QStringLiteral("QLabel{color:#5c3b00;} rollwise--CautionsBox{background:#fff4e5;}"));
    setAttribute(Qt::WA_StyledBackground);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(1); // in a tall sidebar the words stay at the top
    setTextScale(1.0);
    setTechnique(nullptr);
}

void CautionsBox::setTechnique(const Technique* technique)
{
    QStringList lines;
    if (technique)
        for (int i = 0; i < technique->cautions.size(); ++i)
            lines << QStringLiteral("• ")
                         + markedIfOwn(technique->cautions[i], technique->isOwnGuidance(QStringLiteral("cautions[%1]").arg(i)));
    m_text->setText(lines.isEmpty() ? tr("No cautions are listed for this technique.") : lines.join(QLatin1Char('\n')));
    m_text->setAccessibleName(m_text->text());
}

void CautionsBox::setTextScale(double scale)
{
    for (QLabel* l : {m_title, m_text}) {
        QFont f = l->font();
        f.setPointSizeF(m_basePoints * scale);
        l->setFont(f);
    }
}

void CautionsBox::setTextPixels(int pixels)
{
    for (QLabel* l : {m_title, m_text}) {
        QFont f = l->font();
        if (f.pixelSize() == pixels)
            continue;
        f.setPixelSize(std::max(12, pixels));
        l->setFont(f);
    }
}

QString CautionsBox::text() const
{
    return m_text->text();
}

} // namespace rollwise
