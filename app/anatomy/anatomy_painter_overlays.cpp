// SPDX-License-Identifier: GPL-3.0-or-later
// The moving parts of the anatomy view, painted every frame over the cached static layer: the roller where
// the session engine puts it, the hold's pulsing ring and countdown arc, and (on printed sheets) arrows
// showing where the roller travels.
#include "app/anatomy/anatomy_painter.h"

#include "core/content_library.h"
#include "core/roller_motion.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
bool showsRoller(Phase p)
{
    return p == Phase::Prepare || p == Phase::SwitchSide || p == Phase::Roll || p == Phase::Hold
           || p == Phase::Release;
}

double fadeIn(const AnatomyFrame& f)
{
    return std::clamp(f.phaseSeconds / AnatomyPainter::kFadeSeconds, 0.0, 1.0);
}
} // namespace

std::vector<QPointF> AnatomyPainter::rollerCentres(const AnatomyFrame& f) const
{
    std::vector<QPointF> out;
    if (!f.technique || !showsRoller(f.phase))
        return out;
    const double pace = m_content.dosage().paceCmPerSecond;
    if (m_display.kind == Display::Kind::Pose) {
        if (const auto travel = poseTravel(f)) {
            const RollerMotion motion(travel->length(), pace);
            const double s = motion.positionCm(f.rollSeconds);
            out.push_back(travel->length() > 0 ? travel->pointAt(s / travel->length()) : travel->p1());
        }
        return out;
    }
    for (const RollerPath* path : f.technique->pathsFor(m_display.view, f.side)) {
        const RollerMotion motion(path->lengthCm(), pace);
        out.push_back(toDrawing(pointAlong(path->points, motion.positionCm(f.rollSeconds))));
    }
    return out;
}

std::optional<QLineF> AnatomyPainter::poseTravel(const AnatomyFrame& f) const
{
    const SvgDocument* doc = m_display.kind == Display::Kind::Pose ? m_art.document(m_display) : nullptr;
    if (!doc || !doc->rollerTravel || !f.technique)
        return std::nullopt;
    QLineF travel = *doc->rollerTravel;
    // The drawing gives where the roller starts and which way it goes; the technique gives how far.
    if (const RollerPath* path = f.technique->mainPath(); path && travel.length() > 0)
        travel.setLength(path->lengthCm());
    return travel;
}

std::vector<RollerDisc> AnatomyPainter::rollerDiscs(const AnatomyFrame& f) const
{
    std::vector<RollerDisc> out;
    const double diameter = m_content.dosage().rollerDiameterCm;
    if (m_display.kind == Display::Kind::Pose) {
        for (const QPointF& c : rollerCentres(f))
            out.push_back({c, diameter / 2});
        return out;
    }
    if (!f.technique || !showsRoller(f.phase) || m_display.view != View::Lateral)
        return out;
    const double pace = m_content.dosage().paceCmPerSecond;
    for (const RollerPath* path : f.technique->pathsFor(m_display.view, f.side)) {
        const double s = RollerMotion(path->lengthCm(), pace).positionCm(f.rollSeconds);
        const Shape disc = path->endOnRollerAt(s, diameter, m_content.bodyOutline(m_display.view));
        out.push_back({toDrawing(disc.points.front()), disc.radius});
    }
    return out;
}

std::vector<QPolygonF> AnatomyPainter::rollerFootprints(const AnatomyFrame& f) const
{
    std::vector<QPolygonF> out;
    if (!f.technique || !showsRoller(f.phase) || m_display.kind == Display::Kind::Pose)
        return out;
    const double pace = m_content.dosage().paceCmPerSecond;
    for (const RollerPath* path : f.technique->pathsFor(m_display.view, f.side)) {
        const double s = RollerMotion(path->lengthCm(), pace).positionCm(f.rollSeconds);
        QPolygonF poly;
        for (const Point& pt : path->footprintAt(s, m_content.dosage().rollerDiameterCm).points)
            poly << toDrawing(pt);
        out.push_back(poly);
    }
    return out;
}

QPainterPath AnatomyPainter::sweptFootprint(const RollerPath& path) const
{
    QPainterPath out;
    out.setFillRule(Qt::WindingFill);
    for (const Shape& s : path.sweptFootprint(m_content.dosage().rollerDiameterCm))
        out.addPath(shapeToPath(s));
    return out.simplified();
}

void AnatomyPainter::paintTravel(QPainter& p, const QTransform& t, const AnatomyFrame& f) const
{
    if (m_display.kind == Display::Kind::Anatomy) {
        // Everything the roller presses on the way, as the safety validator measured it.
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        QColor band = rollerColor();
        band.setAlpha(50);
        p.setPen(QPen(rollerColor(), 0.8, Qt::DotLine));
        p.setBrush(band);
        for (const RollerPath* path : f.technique->pathsFor(m_display.view, f.side))
            p.drawPath(t.map(sweptFootprint(*path)));
        p.restore();
    }
    std::vector<QPolygonF> lines;
    if (m_display.kind == Display::Kind::Pose) {
        if (const auto travel = poseTravel(f))
            lines.push_back(QPolygonF({travel->p1(), travel->p2()}));
    } else {
        for (const RollerPath* path : f.technique->pathsFor(m_display.view, f.side)) {
            QPolygonF poly;
            for (const Point& pt : path->points)
                poly << toDrawing(pt);
            lines.push_back(poly);
        }
    }
    const double cmPx = std::hypot(t.m11(), t.m12());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const QPolygonF& poly : lines) {
        const QPolygonF mapped = t.map(poly);
        p.setPen(QPen(Qt::white, std::max(1.5, cmPx * 0.9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(mapped);
        p.setPen(QPen(rollerColor(), std::max(1.0, cmPx * 0.45), Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(mapped);
        // Arrow heads at both ends: the roller goes back and forth.
        p.setPen(Qt::NoPen);
        p.setBrush(rollerColor());
        for (const auto& [tip, from] : {std::pair{mapped.first(), mapped.at(1)}, std::pair{mapped.last(), mapped.at(mapped.size() - 2)}}) {
            const QLineF back(tip, from);
            if (back.length() <= 0)
                continue;
            const QLineF unit = back.unitVector();
            const QPointF d = (unit.p2() - unit.p1()) * cmPx * 1.6;
            const QPointF n(-d.y() * 0.6, d.x() * 0.6);
            p.drawPolygon(QPolygonF({tip, tip + d + n, tip + d - n}));
        }
    }
    p.restore();
}

void AnatomyPainter::paintDynamic(QPainter& p, const QRectF& target, const AnatomyFrame& f) const
{
    if (f.technique && f.showTravel)
        paintTravel(p, drawingToTarget(target), f);
    const std::vector<QPointF> centres = rollerCentres(f);
    if (centres.empty())
        return;
    const QTransform t = drawingToTarget(target);
    const double cmPx = std::hypot(t.m11(), t.m12());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Before rolling starts the roller waits, faint, where it is to be placed.
    const bool waiting = f.phase == Phase::Prepare || f.phase == Phase::SwitchSide;
    p.setOpacity((waiting ? 0.45 : 1.0) * fadeIn(f));
    // Seen end on (poses, the lateral view) the roller's near end is the disc of its diameter that core places
    // (and checks). In a pose its length recedes up and to the right into the picture, so it reads as a
    // cylinder, not a ball; in the lateral view, where it lies on the body, the disc alone is drawn.
    for (const RollerDisc& disc : rollerDiscs(f)) {
        const QPointF c = t.map(disc.centre);
        const double r = disc.radius * cmPx;
        if (m_display.kind == Display::Kind::Pose) {
            const QPointF depth(r * 0.75, -r * 0.6);
            const QPointF across = QPointF(0.6, 0.75) * (r / std::hypot(0.6, 0.75)); // across the receding length
            QLinearGradient side(c + across, c - across);
            side.setColorAt(0, rollerColor().darker(125));
            side.setColorAt(0.6, rollerColor().lighter(135));
            side.setColorAt(1, rollerColor());
            p.setPen(QPen(rollerColor().darker(150), std::max(0.6, cmPx * 0.15)));
            p.setBrush(side);
            p.drawEllipse(c + depth, r, r);
            p.drawPolygon(QPolygonF({c + across, c + depth + across, c + depth - across, c - across}));
        }
        QRadialGradient end(c - QPointF(r * 0.3, r * 0.3), r * 1.2);
        end.setColorAt(0, rollerColor().lighter(160));
        end.setColorAt(1, rollerColor());
        p.setPen(QPen(Qt::white, std::max(1.0, cmPx * 0.3)));
        p.setBrush(end);
        p.drawEllipse(c, r, r);
        p.setPen(QPen(rollerColor().darker(140), std::max(0.6, cmPx * 0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r * 0.3, r * 0.3); // a foam roller's hollow core
    }
    // The roller's footprint from core, exactly the rectangle the safety validator checks at this moment: the
    // roller itself in the front and back views, its contact patch on the disc's rim in the lateral view.
    for (const QPolygonF& drawing : rollerFootprints(f)) {
        const QPolygonF footprint = t.map(drawing);
        QLinearGradient g(footprint.at(0), footprint.at(3));
        g.setColorAt(0, rollerColor().lighter(150));
        g.setColorAt(0.5, rollerColor());
        g.setColorAt(1, rollerColor().darker(130));
        // On the disc (lateral view) a white rim would cut the roller in two: the patch is outlined darker.
        const QColor rim = m_display.view == View::Lateral ? rollerColor().darker(150) : QColor(Qt::white);
        p.setPen(QPen(rim, std::max(1.0, cmPx * 0.25), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(g);
        p.drawPolygon(footprint);
    }
    if (f.phase == Phase::Hold || f.phase == Phase::Release) {
        // Hold: a pulsing ring on the tender spot and an arc that empties as the hold runs out.
        const QPointF c = t.map(centres.front());
        const double pulse = 1.0 + 0.12 * std::sin(2 * M_PI * f.phaseSeconds / 1.5);
        const double ring = 5.0 * cmPx * pulse;
        QColor ringColor = primaryColor();
        ringColor.setAlpha(f.phase == Phase::Release ? 90 : 200);
        p.setOpacity(1.0);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(ringColor, std::max(1.5, cmPx * 0.5)));
        p.drawEllipse(c, ring, ring);
        if (f.phase == Phase::Hold && f.holdLengthSeconds > 0) {
            const double frac = std::clamp(f.holdRemaining / f.holdLengthSeconds, 0.0, 1.0);
            const double r = 7.0 * cmPx;
            p.setPen(QPen(QColor(255, 255, 255, 220), std::max(3.0, cmPx * 1.1), Qt::SolidLine, Qt::FlatCap));
            p.drawEllipse(c, r, r);
            p.setPen(QPen(primaryColor().darker(120), std::max(3.0, cmPx * 0.9), Qt::SolidLine, Qt::FlatCap));
            p.drawArc(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 90 * 16, int(std::round(frac * 360 * 16)));
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(std::max(8, int(cmPx * 3.2)));
            p.setFont(font);
            const QRectF label(c.x() + r + cmPx, c.y() - cmPx * 2.5, cmPx * 12, cmPx * 5);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 220));
            p.drawRoundedRect(label.adjusted(-cmPx * 0.5, 0, -cmPx * 4, 0), cmPx, cmPx);
            p.setPen(primaryColor().darker(160));
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                       tr("%1 s").arg(int(std::ceil(std::max(0.0, f.holdRemaining)))));
        }
    }
    p.restore();
}

} // namespace rollwise
