// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session_column.h"

#include "app/session/cautions_box.h"
#include "app/session/session_panel.h"

#include <QEvent>
#include <QLayout>

#include <algorithm>

namespace rollwise {

namespace {
constexpr int kGap = 6;
}

SessionColumn::SessionColumn(QWidget* pose, SessionPanel* panel, CautionsBox* cautions, QWidget* parent)
    : QWidget(parent), m_pose(pose), m_panel(panel), m_cautions(cautions)
{
    setObjectName(QStringLiteral("sessionColumn"));
    for (QWidget* w : {m_pose, static_cast<QWidget*>(m_panel), static_cast<QWidget*>(m_cautions)})
        w->setParent(this);
    // Queued: several changes in one event (a cue, then the refresh) are fitted once, with the final words.
    connect(m_panel, &SessionPanel::contentChanged, this, &SessionColumn::relayout, Qt::QueuedConnection);
    m_cautions->installEventFilter(this);
}

void SessionColumn::setPoseShown(bool shown)
{
    if (m_poseShown == shown)
        return;
    m_poseShown = shown;
    relayout();
}

QSize SessionColumn::minimumSizeHint() const
{
    return {320, kPoseMinHeight + 300};
}

void SessionColumn::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool SessionColumn::eventFilter(QObject* watched, QEvent* event)
{
    // The cautions come and go with presentation mode and change with the technique.
    if (watched == m_cautions && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent
                                  || event->type() == QEvent::LayoutRequest))
        relayout();
    return QWidget::eventFilter(watched, event);
}

void SessionColumn::relayout()
{
    const int w = width();
    int top = 0;
    int bottom = height();
    if (m_cautions->isVisibleTo(this)) {
        // Large enough to read while presenting, small enough to leave the countdown its room on a small screen.
        m_cautions->setTextPixels(int(m_panel->floors().stepPx * 0.8));
        const int h = m_cautions->layout() ? m_cautions->layout()->totalHeightForWidth(w) : m_cautions->sizeHint().height();
        m_cautions->setGeometry(0, bottom - h, w, h);
        bottom -= h + kGap;
    }
    bool pose = m_poseShown;
    int panelHeight = m_panel->fitTo(w, std::max(0, bottom - top - (pose ? kPoseMinHeight + kGap : 0)));
    if (pose && panelHeight > bottom - top - kPoseMinHeight - kGap) {
        // The words come first: on a small screen the pose gives up its room rather than clip an instruction.
        pose = false;
        panelHeight = m_panel->fitTo(w, bottom - top);
    }
    panelHeight = std::min(panelHeight, bottom - top);
    m_pose->setVisible(pose);
    if (pose) {
        const int poseHeight = std::max(0, bottom - top - panelHeight - kGap);
        m_pose->setGeometry(0, top, w, poseHeight);
        top += poseHeight + kGap;
    }
    // The panel takes what is left: its own stretch keeps the next-up line at the bottom.
    m_panel->setGeometry(0, top, w, std::max(panelHeight, bottom - top));
}

} // namespace rollwise
