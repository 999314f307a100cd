// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/anatomy/anatomy_painter.h"

#include "core/content_library.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
constexpr double kHatchSpacingCm = 1.4;
constexpr double kHatchWidthCm = 0.35;

double fadeIn(const AnatomyFrame& f)
{
    return std::clamp(f.phaseSeconds / AnatomyPainter::kFadeSeconds, 0.0, 1.0);
}
} // namespace

QPointF toDrawing(Point p)
{
    return {p.x, -p.y}; // body frame (y up, cm) → SVG user units (y down)
}

QPainterPath shapeToPath(const Shape& s)
{
    QPainterPath path;
    if (s.points.empty())
        return path;
    if (s.points.size() == 1) {
        path.addEllipse(toDrawing(s.points.front()), s.radius, s.radius);
        return path;
    }
    path.moveTo(toDrawing(s.points.front()));
    for (size_t i = 1; i < s.points.size(); ++i)
        path.lineTo(toDrawing(s.points[i]));
    if (s.closed)
        path.closeSubpath();
    if (s.radius > 0) {
        QPainterPathStroker stroker;
        stroker.setWidth(2 * s.radius);
        stroker.setCapStyle(Qt::RoundCap);
        stroker.setJoinStyle(Qt::RoundJoin);
        QPainterPath inflated = stroker.createStroke(path);
        if (s.closed)
            inflated = inflated.united(path);
        return inflated.simplified();
    }
    return path;
}

AnatomyPainter::AnatomyPainter(const ContentLibrary& content, const BodyArt& art) : m_content(content), m_art(art) {}

QColor AnatomyPainter::primaryColor()
{
    return QColor(0x0e, 0x9a, 0xa7, 215); // teal: far from the lumbar red for every kind of colour vision
}

QColor AnatomyPainter::secondaryColor()
{
    return QColor(0x6c, 0xc6, 0xcf, 150);
}

QColor AnatomyPainter::lumbarColor()
{
    return QColor(0xd0, 0x1c, 0x1f);
}

QColor AnatomyPainter::nerveColor()
{
    return QColor(0xd9, 0x8e, 0x04); // amber: apart from the lumbar red by hue, and by its cross-hatch for anyone
}

QColor AnatomyPainter::rollerColor()
{
    return QColor(0x4b, 0x3a, 0x8f);
}

QTransform AnatomyPainter::drawingToTarget(const QRectF& target) const
{
    const SvgDocument* doc = m_art.document(m_display);
    const QRectF vb = !m_focus.isEmpty() ? m_focus : doc ? doc->viewBox : QRectF(0, 0, 1, 1);
    const double s = std::min(target.width() / vb.width(), target.height() / vb.height());
    const double ox = target.x() + (target.width() - vb.width() * s) / 2;
    const double oy = target.y() + (target.height() - vb.height() * s) / 2;
    QTransform t;
    if (m_mirrored) {
        t.translate(ox + vb.width() * s, oy);
        t.scale(-s, s);
    } else {
        t.translate(ox, oy);
        t.scale(s, s);
    }
    t.translate(-vb.x(), -vb.y());
    return t;
}

QHash<QString, QColor> AnatomyPainter::highlightFills(const AnatomyFrame& f) const
{
    QHash<QString, QColor> fills;
    if (!f.technique)
        return fills;
    if (m_display.kind == Display::Kind::Pose) {
        fills.insert(QStringLiteral("pose-target"), primaryColor());
        return fills;
    }
    for (const QString& id : m_content.regionIds(f.technique->secondaryTargets, f.side))
        fills.insert(QStringLiteral("region-") + id, secondaryColor());
    for (const QString& id : m_content.regionIds(f.technique->primaryTargets, f.side))
        fills.insert(QStringLiteral("region-") + id, primaryColor());
    return fills;
}

std::optional<QPainterPath> AnatomyPainter::lumbarOutline() const
{
    if (m_display.kind == Display::Kind::Pose) {
        const SvgDocument* doc = m_art.document(m_display);
        if (!doc)
            return std::nullopt;
        const auto it = doc->shapes.find(QStringLiteral("zone-lumbar-spine"));
        return it == doc->shapes.end() ? std::nullopt : std::optional<QPainterPath>(it->second);
    }
    const ContraindicatedZone* lumbar = m_content.zone(QStringLiteral("lumbar-spine"));
    if (!lumbar || !lumbar->shapes.count(m_display.view))
        return std::nullopt;
    return shapeToPath(lumbar->shapes.at(m_display.view));
}

void AnatomyPainter::paintZones(QPainter& p, const QTransform& t) const
{
    p.save();
    p.setTransform(t, true);
    if (m_display.kind == Display::Kind::Anatomy) {
        const double pxPerCm = std::max(1e-6, std::hypot(t.m11(), t.m12()));
        // Bony areas: a quiet dashed outline, enough to notice, not enough to compete with the targets. Opaque
        // (the brown of 75% over skin): a PDF keeps an opaque dashed pen as one dashed line, a translucent one
        // as a filled outline of every dash.
        QPen dashed(QColor(143, 115, 91), 0.22, Qt::DashLine);
        dashed.setCosmetic(false);
        for (const ContraindicatedZone& z : m_content.zones()) {
            if (z.id == u"lumbar-spine" || !z.shapes.count(m_display.view))
                continue;
            const QPainterPath zone = shapeToPath(z.shapes.at(m_display.view));
            if (z.kind != ZoneKind::Neurovascular) {
                p.setPen(dashed);
                p.setBrush(QColor(120, 90, 60, 40));
                p.drawPath(zone);
                continue;
            }
            // Nerves and vessels: amber, cross-hatched and outlined, unlike both the bony areas and the spine.
            QColor fill = nerveColor();
            fill.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawPath(zone);
            p.save();
            p.setClipPath(zone, p.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
            p.setPen(QPen(nerveColor().darker(150), std::max(kHatchWidthCm * 0.8, 1.2 / pxPerCm)));
            const double spacing = std::max(kHatchSpacingCm, 5.0 / pxPerCm);
            const QRectF b = zone.boundingRect();
            for (double x = b.left() - b.height(); x < b.right(); x += spacing) {
                p.drawLine(QPointF(x, b.bottom()), QPointF(x + b.height(), b.top()));
                p.drawLine(QPointF(x, b.top()), QPointF(x + b.height(), b.bottom()));
            }
            p.restore();
            p.setPen(QPen(nerveColor().darker(130), 0.3));
            p.setBrush(Qt::NoBrush);
            p.drawPath(zone);
        }
    }
    if (const auto outline = lumbarOutline()) {
        // Red fill, diagonal hatch and a label: recognisable without colour vision.
        QColor fill = lumbarColor();
        fill.setAlpha(150);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(*outline);
        p.save();
        p.setClipPath(*outline, p.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
        // Stripes keep a legible size on small renders: at least 1.6 px wide and 5 px apart.
        const double pxPerCm = std::max(1e-6, std::hypot(t.m11(), t.m12()));
        QPen hatch(lumbarColor().darker(140), std::max(kHatchWidthCm, 1.6 / pxPerCm));
        p.setPen(hatch);
        const double spacing = std::max(kHatchSpacingCm, 5.0 / pxPerCm);
        const QRectF b = outline->boundingRect();
        for (double x = b.left() - b.height(); x < b.right(); x += spacing)
            p.drawLine(QPointF(x, b.bottom()), QPointF(x + b.height(), b.top()));
        p.restore();
        p.setPen(QPen(lumbarColor(), 0.3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(*outline);
        p.restore();
        if (!m_labelsOutside)
            paintLumbarLabel(p, t, *outline);
        return;
    }
    p.restore();
}

AnatomyPainter::Legend AnatomyPainter::legend(const QRectF& target, const QFont& base) const
{
    Legend legend;
    if (m_display.kind != Display::Kind::Anatomy)
        return legend;
    bool spine = false, nerves = false, bony = false;
    for (const ContraindicatedZone& z : m_content.zones()) {
        if (!z.shapes.count(m_display.view))
            continue;
        spine = spine || z.id == u"lumbar-spine";
        nerves = nerves || z.kind == ZoneKind::Neurovascular;
        bony = bony || (z.kind != ZoneKind::Neurovascular && z.id != u"lumbar-spine");
    }
    std::vector<LegendEntry>& entries = legend.entries;
    if (spine)
        entries.push_back({tr("Lumbar spine: never roll"), lumbarColor(), lumbarColor().darker(140), false});
    if (nerves)
        entries.push_back({tr("Nerves and vessels: keep clear"), nerveColor(), nerveColor().darker(150), true});
    if (bony)
        entries.push_back({tr("Bony areas: roll beside them"), QColor(120, 90, 60, 60), QColor(110, 84, 60), false});
    if (entries.empty())
        return legend;
    QFont& font = legend.font;
    font = base;
    font.setPixelSize(std::clamp(int(target.height() / 48), 7, 13));
    const QFontMetricsF fm(font);
    const double line = fm.height() * 1.25;
    const double swatch = fm.height() * 0.9;
    double width = 0;
    for (const LegendEntry& e : entries)
        width = std::max(width, fm.horizontalAdvance(e.text));
    legend.line = line;
    legend.swatch = swatch;
    legend.textWidth = width;
    legend.box = placeLegend(QSizeF(width + swatch + fm.height() * 1.2, line * entries.size() + 4), target, base);
    return legend;
}

QRectF AnatomyPainter::legendRect(const QRectF& target, const QFont& font) const
{
    return legend(target, font).box;
}

void AnatomyPainter::paintLegend(QPainter& p, const QRectF& target) const
{
    const Legend l = legend(target, p.font());
    if (l.entries.empty())
        return;
    const QRectF& box = l.box;
    const std::vector<LegendEntry>& entries = l.entries;
    const QFont& font = l.font;
    const double line = l.line;
    const double swatch = l.swatch;
    const double width = l.textWidth;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(173, 173, 173), 0.8)); // opaque, for the reason the bony areas' pen is
    p.setBrush(m_dark ? QColor(25, 25, 25, 225) : QColor(255, 255, 255, 225)); // a dark palette keeps a dark legend
    p.drawRoundedRect(box, 3, 3);
    p.setFont(font);
    for (size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry& e = entries[i];
        const QRectF sw(box.left() + 4, box.top() + 2 + i * line + (line - swatch) / 2, swatch, swatch);
        QColor fill = e.fill;
        fill.setAlpha(std::min(fill.alpha(), 160));
        p.setPen(QPen(e.line, 1.0, e.fill.alpha() < 100 ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(fill);
        p.drawRect(sw);
        p.save();
        p.setClipRect(sw);
        p.setPen(QPen(e.line, 1.0));
        for (double x = sw.left() - sw.height(); x < sw.right(); x += 4) {
            p.drawLine(QPointF(x, sw.bottom()), QPointF(x + sw.height(), sw.top()));
            if (e.cross)
                p.drawLine(QPointF(x, sw.top()), QPointF(x + sw.height(), sw.bottom()));
        }
        p.restore();
        p.setPen(m_dark ? QColor(230, 230, 230) : QColor(40, 40, 40));
        p.drawText(QRectF(sw.right() + 4, box.top() + 2 + i * line, width + 4, line), Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    p.restore();
}

AnatomyPainter::LumbarLabel AnatomyPainter::lumbarLabel(const QTransform& t, const QPainterPath& outline, QFont font) const
{
    // Text is laid out in target coordinates so it never mirrors; the box sits on the zone itself in body
    // views, above it in poses (where the zone is a thin band).
    const QRectF zone = t.mapRect(outline.boundingRect());
    const double cmPx = std::abs(t.m11()) > 0 ? std::hypot(t.m11(), t.m12()) : 1.0;
    font.setBold(true);
    font.setPixelSize(std::max(7, int(std::round(cmPx * 2.0))));
    LumbarLabel l{font, tr("DO NOT\nROLL"), {}, zone, cmPx};
    const QFontMetricsF fm(font);
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignCenter, l.text);
    l.box = QRectF(0, 0, textRect.width() + cmPx * 0.8, textRect.height() + cmPx * 0.4);
    if (m_display.kind == Display::Kind::Anatomy)
        l.box.moveCenter(zone.center());
    else
        l.box.moveCenter(QPointF(zone.center().x(), zone.top() - l.box.height() / 2 - cmPx * 2.0));
    return l;
}

void AnatomyPainter::paintLumbarLabel(QPainter& p, const QTransform& t, const QPainterPath& outline) const
{
    const LumbarLabel l = lumbarLabel(t, outline, p.font());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (m_display.kind == Display::Kind::Pose) {
        p.setPen(QPen(lumbarColor(), std::max(1.0, l.cmPx * 0.25)));
        p.drawLine(QPointF(l.box.center().x(), l.box.bottom()), l.zone.center());
    }
    p.setPen(QPen(lumbarColor(), std::max(1.0, l.cmPx * 0.25)));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(l.box, l.cmPx * 0.5, l.cmPx * 0.5);
    p.setFont(l.font);
    p.setPen(lumbarColor().darker(115));
    p.drawText(l.box, Qt::AlignCenter, l.text);
    p.restore();
}

QRectF AnatomyPainter::lumbarLabelRect(const QRectF& target, const QFont& font) const
{
    const auto outline = lumbarOutline();
    return outline ? lumbarLabel(drawingToTarget(target), *outline, font).box : QRectF();
}

QRectF AnatomyPainter::placeLegend(QSizeF size, const QRectF& target, const QFont& font) const
{
    // The corner where the legend hides least of what must be seen, weighted: the lumbar zone and its DO NOT
    // ROLL box above all, then the nerve-and-vessel zones, then the bony areas. The first corner that hides
    // nothing wins, so a roomy view keeps its legend top left.
    const QTransform t = drawingToTarget(target);
    std::vector<std::pair<QRectF, double>> keepClear;
    if (const auto outline = lumbarOutline()) {
        const LumbarLabel l = lumbarLabel(t, *outline, font);
        keepClear.emplace_back(l.zone.united(l.box), kLumbarWeight);
    }
    if (m_display.kind == Display::Kind::Anatomy) {
        for (const ContraindicatedZone& z : m_content.zones())
            if (z.id != u"lumbar-spine" && z.shapes.count(m_display.view))
                keepClear.emplace_back(t.mapRect(shapeToPath(z.shapes.at(m_display.view)).boundingRect()),
                                       z.kind == ZoneKind::Neurovascular ? kNerveWeight : 1.0);
    }
    const QRectF inner = target.adjusted(kLegendInset, kLegendInset, -kLegendInset, -kLegendInset);
    QRectF best;
    double bestCost = 1e300;
    for (const QPointF& corner : {inner.topLeft(), QPointF(inner.right() - size.width(), inner.top()),
                                  QPointF(inner.left(), inner.bottom() - size.height()),
                                  QPointF(inner.right() - size.width(), inner.bottom() - size.height())}) {
        const QRectF box(corner, size);
        double cost = 0;
        for (const auto& [rect, weight] : keepClear) {
            const QRectF overlap = box.intersected(rect);
            if (overlap.isValid())
                cost += weight * overlap.width() * overlap.height();
        }
        if (cost < bestCost) {
            best = box;
            bestCost = cost;
        }
        if (cost <= 0)
            break;
    }
    return best;
}

QRectF AnatomyPainter::focusFor(const Technique& t, Side side) const
{
    if (m_display.kind == Display::Kind::Pose)
        return {};
    QRectF r;
    auto add = [&r](const QRectF& b) { r = r.isNull() ? b : r.united(b); };
    for (const QString& id : m_content.regionIds(t.primaryTargets + t.secondaryTargets, side))
        if (const BodyRegion* region = m_content.region(id))
            if (const RegionShape* s = region->shapeIn(m_display.view))
                add(shapeToPath(s->shape).boundingRect());
    for (const RollerPath* p : t.pathsFor(m_display.view, side))
        for (const Shape& s : p->sweptFootprint(m_content.dosage().rollerDiameterCm))
            add(shapeToPath(s).boundingRect());
    if (const auto lumbar = lumbarOutline())
        add(lumbar->boundingRect());
    return r.isNull() ? QRectF() : r.adjusted(-6, -6, 6, 6);
}

void AnatomyPainter::paintStatic(QPainter& p, const QRectF& target, const AnatomyFrame& f) const
{
    const QTransform t = drawingToTarget(target);
    p.save();
    p.setClipRect(target, p.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    // Only what the clip lets through is drawn: on paper the hidden rest would still fill the file.
    const QRectF visible = t.inverted().mapRect(p.clipBoundingRect());
    if (QSvgRenderer* r = m_art.renderer(m_display, highlightFills(f), true, visible)) {
        p.save();
        p.setTransform(t, true);
        r->render(&p, r->viewBoxF());
        p.restore();
    }
    paintZones(p, t);
    if (!m_labelsOutside)
        paintLegend(p, target);
    p.restore();
}

QString AnatomyPainter::cacheKey(const QRectF& target, qreal dpr, const AnatomyFrame& f) const
{
    QStringList parts{m_display.key(), QString::number(target.width()), QString::number(target.height()),
                      QStringLiteral("%1,%2,%3,%4").arg(m_focus.x()).arg(m_focus.y()).arg(m_focus.width()).arg(m_focus.height()),
                      QString::number(dpr), m_dark ? QStringLiteral("dark") : QStringLiteral("light"),
                      m_mirrored ? QStringLiteral("mirror") : QString(),
                      m_labelsOutside ? QStringLiteral("outside") : QString()};
    const auto fills = highlightFills(f);
    QStringList ids = fills.keys();
    ids.sort();
    return parts.join(QLatin1Char('|')) + QLatin1Char('|') + ids.join(QLatin1Char(','));
}

void AnatomyPainter::paint(QPainter& p, const QRectF& target, qreal dpr, const AnatomyFrame& f)
{
    const QString key = cacheKey(target, dpr, f);
    takePrepared(key);
    if (key != m_cacheKey) {
        m_previous = m_cache;
        m_cache = renderStatic(target.size(), dpr, f);
        m_cacheKey = key;
        ++m_rebuilds;
    }
    if (!m_previous.isNull() && m_previous.size() == m_cache.size() && f.phaseSeconds < kFadeSeconds) {
        // Cross-fade from the previous technique's diagram.
        p.drawImage(target.topLeft(), m_cache);
        p.save();
        p.setOpacity(1.0 - fadeIn(f));
        p.drawImage(target.topLeft(), m_previous);
        p.restore();
    } else {
        p.drawImage(target.topLeft(), m_cache);
    }
    paintDynamic(p, target, f);
}

void AnatomyPainter::paintVector(QPainter& p, const QRectF& target, const AnatomyFrame& f) const
{
    paintStatic(p, target, f);
    paintDynamic(p, target, f);
}

std::optional<HitInfo> AnatomyPainter::hitTest(QPointF targetPoint, const QRectF& target) const
{
    bool invertible = false;
    const QPointF d = drawingToTarget(target).inverted(&invertible).map(targetPoint);
    if (!invertible)
        return std::nullopt;
    const ContraindicatedZone* lumbar = m_content.zone(QStringLiteral("lumbar-spine"));
    auto explain = [](const ContraindicatedZone& z) {
        QString text = (z.summaryIsOwnGuidance ? tr("Rollwise's own guidance, not from the article: ") : QString()) + z.summary;
        for (const Reason& r : z.reasons)
            text += QStringLiteral("\n\n") + (r.ownGuidance ? tr("Rollwise's own guidance, not from the article: ") : QString())
                    + r.title + QStringLiteral(": ") + r.text;
        return text;
    };
    auto lumbarInfo = [&]() {
        return HitInfo{QStringLiteral("zone-lumbar-spine"), tr("%1: never rolled").arg(lumbar->name), explain(*lumbar)};
    };
    if (const auto outline = lumbarOutline(); outline && lumbar && outline->contains(d))
        return lumbarInfo();
    if (m_display.kind == Display::Kind::Pose)
        return std::nullopt;
    const Shape probe{{Point{d.x(), -d.y()}}, 0.0, false};
    for (const ContraindicatedZone& z : m_content.zones())
        if (z.shapes.count(m_display.view) && clearance(z.shapes.at(m_display.view), probe) <= 0)
            return HitInfo{QStringLiteral("zone-") + z.id, z.name, explain(z)};
    for (const BodyRegion& r : m_content.regions()) {
        const RegionShape* s = r.shapeIn(m_display.view);
        if (s && polygonContains(s->shape.points, probe.points.front())) {
            const MuscleGroup* g = m_content.muscleGroup(r.groupId);
            const QString side = r.side == Side::Right ? tr(" (right)") : r.side == Side::Left ? tr(" (left)") : QString();
            return HitInfo{QStringLiteral("region-") + r.id, r.name + side, g ? g->why : QString()};
        }
    }
    return std::nullopt;
}

} // namespace rollwise
