// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The body diagram the roller path is drawn on (an AnatomyView, so it looks exactly like the player's):
// click to add a point, drag a point to move it, right-click or Delete to remove it; arrow keys move the
// selected point, Page Up/Down select another, Insert adds one. The canvas only draws and reports edits;
// PathEditor decides whether they are safe.

#include "app/anatomy/anatomy_view.h"
#include "core/geometry.h"


#include <vector>

namespace rollwise {

class PathCanvas : public AnatomyView {
    Q_OBJECT

public:
    PathCanvas(const ContentLibrary& content, const BodyArt& art, QWidget* parent = nullptr);

    // The path being edited, its roller width and whether it can be edited at all.
    void setEditablePath(const std::vector<Point>& points, double widthCm, bool editable);
    // Other paths of the technique (and mirror images), drawn faintly for context.
    void setContextPaths(const std::vector<RollerPath>& paths) { m_context = paths; update(); }
    // Zones the candidate touches: the path is drawn red, the zones outlined and named on the diagram.
    void setRefusedZones(const std::vector<const ContraindicatedZone*>& zones);
    // Shows a view, zoomed on a technique's targets and paths (the whole back when there is none).
    void setView(View v, const Technique* zoomOn = nullptr);

    const std::vector<Point>& points() const { return m_points; }
    int selectedPoint() const { return m_selected; }
    // Body frame (cm, y up) ↔ widget pixels, through the painter's own transform.
    Point toBody(QPointF widgetPos) const;
    QPointF toWidget(Point bodyPoint) const;

signals:
    // The user changed the points; `finished` is false while a drag is still under way.
    void pointsEdited(const std::vector<rollwise::Point>& points, bool finished);

protected:
    void paintEvent(QPaintEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    bool event(QEvent* e) override;

private:
    int pointAt(QPointF widgetPos) const;
    void removeSelected();
    void paintPath(QPainter& p, const std::vector<Point>& points, double widthCm, const QColor& colour, bool handles) const;

    AnatomyPainter* m_anatomy; // the view's own painter, usable from const members
    std::vector<Point> m_points;
    std::vector<RollerPath> m_context;
    std::vector<const ContraindicatedZone*> m_refused;
    double m_width = 6.0;
    bool m_editable = false;
    int m_selected = -1;
    bool m_dragging = false;
};

} // namespace rollwise
