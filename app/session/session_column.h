// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The right-hand column of the player: the pose on the roller above the session's words, and the technique's
// cautions below them while presenting. The words come first: the panel is fitted to the room left after the
// cautions and the pose's smallest useful size, and the pose takes whatever the words do not need. Nothing in
// it scrolls; on the Done screen, where the pose has nothing to show, the words get the whole column.

#include <QWidget>

namespace rollwise {

class CautionsBox;
class SessionPanel;

class SessionColumn : public QWidget {
    Q_OBJECT

public:
    SessionColumn(QWidget* pose, SessionPanel* panel, CautionsBox* cautions, QWidget* parent = nullptr);

    // Smallest pose height kept while a session runs; below it the drawing stops being legible.
    static constexpr int kPoseMinHeight = 100;
    // Whether the pose is shown (not on the Done screen).
    void setPoseShown(bool shown);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override { return {640, 600}; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void relayout();

    QWidget* m_pose;
    SessionPanel* m_panel;
    CautionsBox* m_cautions;
    bool m_poseShown = true;
};

} // namespace rollwise
