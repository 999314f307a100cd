// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The widget that shows an AnatomyPainter: repainted when the session engine's state changes (it has no
// timer of its own), with hover and click explanations of regions and zones.

#include "app/anatomy/anatomy_painter.h"

#include <QWidget>

namespace rollwise {

class ContentLibrary;
class SessionEngine;
struct Routine;

// The frame the engine's current state implies, for the given routine.
AnatomyFrame frameFromEngine(const SessionEngine& engine, const Routine& routine, const ContentLibrary& content);

class AnatomyView : public QWidget {
    Q_OBJECT

public:
    AnatomyView(const ContentLibrary& content, const BodyArt& art, QWidget* parent = nullptr);

    AnatomyPainter& anatomy() { return m_painter; }
    const AnatomyFrame& frame() const { return m_frame; }
    void setFrame(const AnatomyFrame& f);
    void setDisplay(const Display& d);
    void setMirrored(bool mirrored);
    QSize sizeHint() const override { return {420, 640}; }

signals:
    // A region or zone was clicked: its name and why it matters (for the lumbar spine, why it is never rolled).
    void explained(const rollwise::HitInfo& info);

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    AnatomyPainter m_painter;
    AnatomyFrame m_frame;
};

} // namespace rollwise
