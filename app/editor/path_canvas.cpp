// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/path_canvas.h"

#include "core/safety_validator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace rollwise {

namespace {
constexpr double kHandleRadiusPx = 6.0;
constexpr double kGrabRadiusPx = 10.0;
// Knees to neck: every target muscle and every zone near them, large enough to draw precisely.
const QRectF kFocus(-38, -170, 76, 132);
const QSizeF kMinFocus(64, 72);

QColor safeColour()
{
    return QColor(0x2e, 0x7d, 0x32);
}

double roundTenth(double v)
{
    return std::round(v * 10.0) / 10.0;
}
} // namespace

PathCanvas::PathCanvas(const ContentLibrary& content, const BodyArt& art, QWidget* parent)
    : AnatomyView(content, art, parent), m_anatomy(&anatomy())
{
    setObjectName(QStringLiteral("pathCanvas"));
    setAccessibleName(tr("Roller path drawing"));
    setAccessibleDescription(tr("Click to add a point of the roller path. Arrow keys move the selected point, "
                                "Page Up and Page Down select another, Insert adds one, Delete removes it."));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setView(View::Posterior);
}

void PathCanvas::setView(View v, const Technique* zoomOn)
{
    setDisplay(Display::anatomy(v));
    anatomy().setFocusRect({});
    QRectF focus = zoomOn ? anatomy().focusFor(*zoomOn, Side::Centre) : QRectF();
    if (focus.isEmpty()) {
        focus = kFocus;
    } else {
        // Room around the targets to draw in, and never so close that a path is hard to place.
        const QPointF centre = focus.center();
        focus.setWidth(std::max(focus.width(), kMinFocus.width()));
        focus.setHeight(std::max(focus.height(), kMinFocus.height()));
        focus.moveCenter(centre);
    }
    anatomy().setFocusRect(focus);
    update();
}

void PathCanvas::setRefusedZones(const std::vector<const ContraindicatedZone*>& zones)
{
    m_refused = zones;
    update();
}

void PathCanvas::setEditablePath(const std::vector<Point>& points, double widthCm, bool editable)
{
    m_points = points;
    m_width = widthCm;
    m_editable = editable;
    if (m_selected >= int(m_points.size()))
        m_selected = int(m_points.size()) - 1;
    setCursor(editable ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

Point PathCanvas::toBody(QPointF widgetPos) const
{
    const QPointF d = m_anatomy->drawingToTarget(QRectF(rect())).inverted().map(widgetPos);
    return {roundTenth(d.x()), roundTenth(-d.y())}; // SVG (x, -y) is body (x, y); tenths of a cm are plenty
}

QPointF PathCanvas::toWidget(Point bodyPoint) const
{
    return m_anatomy->drawingToTarget(QRectF(rect())).map(QPointF(bodyPoint.x, -bodyPoint.y));
}

int PathCanvas::pointAt(QPointF widgetPos) const
{
    int best = -1;
    double bestDistance = kGrabRadiusPx;
    for (size_t i = 0; i < m_points.size(); ++i) {
        const double d = QLineF(toWidget(m_points[i]), widgetPos).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

void PathCanvas::paintPath(QPainter& p, const std::vector<Point>& points, double widthCm, const QColor& colour,
                           bool handles) const
{
    if (points.empty())
        return;
    const QTransform t = m_anatomy->drawingToTarget(QRectF(rect()));
    QColor band = colour;
    band.setAlpha(!handles ? 45 : m_refused.empty() ? 95 : 140);
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    // The footprint the safety validator checks (core's RollerPath::sweptFootprint), not a band of our own.
    const RollerPath path{m_anatomy->display().view, Side::Centre, points, widthCm, 0};
    p.drawPath(t.map(m_anatomy->sweptFootprint(path)));
    QPolygonF line;
    for (const Point& pt : points)
        line << toWidget(pt);
    p.setPen(QPen(colour.darker(handles ? 120 : 100), handles ? 2.0 : 1.2, handles ? Qt::SolidLine : Qt::DashLine,
                  Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    if (!handles)
        return;
    for (int i = 0; i < line.size(); ++i) {
        const bool selected = i == m_selected;
        p.setPen(QPen(selected ? QColor(Qt::black) : QColor(Qt::white), selected ? 2.5 : 1.5));
        p.setBrush(colour);
        const double r = selected ? kHandleRadiusPx + 2 : kHandleRadiusPx;
        p.drawEllipse(line.at(i), r, r);
    }
}

void PathCanvas::paintEvent(QPaintEvent* e)
{
    AnatomyView::paintEvent(e);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (const RollerPath& c : m_context)
        if (c.view == anatomy().display().view)
            paintPath(p, c.points, c.widthCm, AnatomyPainter::rollerColor(), false);
    const bool refused = !m_refused.empty();
    const QTransform t = m_anatomy->drawingToTarget(QRectF(rect()));
    QStringList names;
    for (const ContraindicatedZone* z : m_refused) {
        names << z->name;
        const auto shape = z->shapes.find(anatomy().display().view);
        if (shape == z->shapes.end())
            continue;
        const QColor edge = z->kind == ZoneKind::Neurovascular ? AnatomyPainter::nerveColor().darker(130)
                                                               : AnatomyPainter::lumbarColor();
        p.setPen(QPen(edge, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(t.map(shapeToPath(shape->second)));
    }
    paintPath(p, m_points, m_width, refused ? AnatomyPainter::lumbarColor() : safeColour(), true);
    if (!refused)
        return;
    // The verdict on the diagram itself, where the eye is: words, not colour alone.
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QString text = tr("\u2716 Refused: less than %1 cm from %2").arg(SafetyValidator::kMinZoneClearanceCm, 0, 'f', 0).arg(names.join(QStringLiteral(", ")));
    QRectF box = p.fontMetrics().boundingRect(rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::TextWordWrap, text);
    box.adjust(-10, -6, 10, 6);
    box.moveTop(10);
    p.setPen(QPen(AnatomyPainter::lumbarColor(), 2));
    p.setBrush(QColor(255, 255, 255, 240));
    p.drawRoundedRect(box, 6, 6);
    p.setPen(AnatomyPainter::lumbarColor().darker(120));
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void PathCanvas::mousePressEvent(QMouseEvent* e)
{
    setFocus(Qt::MouseFocusReason);
    if (!m_editable) {
        AnatomyView::mousePressEvent(e);
        return;
    }
    const int hit = pointAt(e->position());
    if (e->button() == Qt::RightButton) {
        if (hit >= 0) {
            m_selected = hit;
            removeSelected();
        }
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    if (hit >= 0) {
        m_selected = hit;
        m_dragging = true;
        update();
        return;
    }
    m_points.push_back(toBody(e->position()));
    m_selected = int(m_points.size()) - 1;
    update();
    emit pointsEdited(m_points, true);
}

void PathCanvas::mouseMoveEvent(QMouseEvent* e)
{
    if (!m_dragging || m_selected < 0) {
        AnatomyView::mouseMoveEvent(e);
        return;
    }
    m_points[size_t(m_selected)] = toBody(e->position());
    update();
    emit pointsEdited(m_points, false);
}

void PathCanvas::mouseReleaseEvent(QMouseEvent* e)
{
    if (!m_dragging) {
        AnatomyView::mouseReleaseEvent(e);
        return;
    }
    m_dragging = false;
    emit pointsEdited(m_points, true);
}

void PathCanvas::removeSelected()
{
    if (m_selected < 0 || m_selected >= int(m_points.size()))
        return;
    m_points.erase(m_points.begin() + m_selected);
    m_selected = std::min(m_selected, int(m_points.size()) - 1);
    update();
    emit pointsEdited(m_points, true);
}

bool PathCanvas::event(QEvent* e)
{
    // Delete belongs to the selected point while the canvas has focus, not to the window's actions.
    if (e->type() == QEvent::ShortcutOverride && m_editable) {
        auto* k = static_cast<QKeyEvent*>(e);
        if (k->key() == Qt::Key_Delete || k->key() == Qt::Key_Backspace || k->key() == Qt::Key_Insert) {
            e->accept();
            return true;
        }
    }
    return AnatomyView::event(e);
}

void PathCanvas::keyPressEvent(QKeyEvent* e)
{
    if (!m_editable) {
        AnatomyView::keyPressEvent(e);
        return;
    }
    const double step = e->modifiers() & Qt::ShiftModifier ? 2.0 : 0.5;
    const bool hasSelection = m_selected >= 0 && m_selected < int(m_points.size());
    auto nudge = [&](double dx, double dy) {
        if (!hasSelection)
            return;
        Point& pt = m_points[size_t(m_selected)];
        pt = {roundTenth(pt.x + dx), roundTenth(pt.y + dy)};
        update();
        emit pointsEdited(m_points, true);
    };
    switch (e->key()) {
    case Qt::Key_Left: nudge(-step, 0); break;
    case Qt::Key_Right: nudge(step, 0); break;
    case Qt::Key_Up: nudge(0, step); break;
    case Qt::Key_Down: nudge(0, -step); break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (!m_points.empty()) {
            const int n = int(m_points.size());
            m_selected = ((m_selected < 0 ? 0 : m_selected) + (e->key() == Qt::Key_PageDown ? 1 : n - 1)) % n;
            update();
        }
        break;
    case Qt::Key_Insert: {
        // A new point a few centimetres below the last one (or mid-back on an empty path), to move with the arrows.
        const Point last = m_points.empty() ? Point{10.0, 95.0} : m_points.back();
        m_points.push_back(m_points.empty() ? last : Point{last.x, roundTenth(last.y - 4.0)});
        m_selected = int(m_points.size()) - 1;
        update();
        emit pointsEdited(m_points, true);
        break;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace: removeSelected(); break;
    default: AnatomyView::keyPressEvent(e);
    }
}

} // namespace rollwise
