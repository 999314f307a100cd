// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_figures.h"

#include "app/anatomy/anatomy_painter.h"
#include "app/anatomy/body_art.h"
#include "app/sheet/sheet_blocks.h"
#include "core/content_library.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <memory>

namespace rollwise {

namespace {
constexpr double kPictureGap = 8;
constexpr double kInset = 3;        // the picture inside its frame
constexpr int kLabelPoints = 9;
constexpr double kLabelPadding = 3;
constexpr double kLabelGap = 8;

// The painter every picture of the sheet is drawn with: both sides highlighted, focused on the technique.
std::unique_ptr<AnatomyPainter> figurePainter(const ContentLibrary& content, const BodyArt& art, const Technique& t,
                                              const Display& display, bool labelsOutside)
{
    auto painter = std::make_unique<AnatomyPainter>(content, art);
    painter->setDisplay(display);
    painter->setFocusRect(painter->focusFor(t, Side::Centre));
    painter->setLabelsOutside(labelsOutside);
    return painter;
}

QPointF clampInto(const QRectF& r, QPointF p)
{
    return {std::clamp(p.x(), r.left() + 2, r.right() - 2), std::clamp(p.y(), r.top() + 2, r.bottom() - 2)};
}
} // namespace

void paintSheetFigure(QPainter& p, const QRectF& area, const ContentLibrary& content, const BodyArt& art,
                      const Technique& t, const Display& display, bool labelsOutside)
{
    AnatomyFrame f;
    f.technique = &t;
    f.side = Side::Centre; // both sides highlighted: the sheet covers the whole exercise
    f.phase = Phase::Roll;
    f.rollSeconds = 0;
    f.showTravel = true;
    const auto painter = figurePainter(content, art, t, display, labelsOutside);
    p.save();
    p.setPen(QPen(QColor(180, 180, 180), 0.8));
    p.setBrush(Qt::white);
    p.drawRect(area);
    painter->paintVector(p, area.adjusted(kInset, kInset, -kInset, -kInset), f);
    p.restore();
}

SheetFigures::SheetFigures(const ContentLibrary& content, const BodyArt& art, const Technique& technique)
    : m_content(content), m_art(art), m_technique(technique)
{
}

std::array<QRectF, 2> SheetFigures::pictureRects(const QRectF& row)
{
    // The pose drawings are wide (240 × 102), the body views' crops nearer square: the body view gets 40%.
    const double body = std::max(kMinPictureWidth, (row.width() - kPictureGap) * 0.4);
    const double pose = std::max(kMinPictureWidth, row.width() - kPictureGap - body);
    return {QRectF(row.left(), row.top(), pose, kPictureHeight),
            QRectF(row.left() + pose + kPictureGap, row.top(), body, kPictureHeight)};
}

Display SheetFigures::display(int picture) const
{
    if (picture == 0)
        return Display::posed(m_content.poseFor(m_technique));
    return Display::anatomy(m_technique.views().empty() ? View::Posterior : m_technique.views().front());
}

std::vector<SheetFigures::Label> SheetFigures::labels(const QRectF& row) const
{
    std::vector<Label> out;
    const auto pictures = pictureRects(row);
    QFont font = sheetFont(kLabelPoints, true);
    const QFontMetricsF fm(font);
    const MuscleGroup* group = m_content.muscleGroup(m_technique.groupId);
    for (int i = 0; i < 2; ++i) {
        const QRectF inner = pictures[i].adjusted(kInset, kInset, -kInset, -kInset);
        const Display d = display(i);
        const auto painter = figurePainter(m_content, m_art, m_technique, d, true);
        const QTransform toPage = painter->drawingToTarget(inner);
        if (group) {
            std::optional<QPointF> target;
            if (d.kind == Display::Kind::Pose) {
                if (QSvgRenderer* r = m_art.renderer(d, {}, true); r && r->elementExists(QStringLiteral("pose-target")))
                    target = r->transformForElement(QStringLiteral("pose-target"))
                                 .mapRect(r->boundsOnElement(QStringLiteral("pose-target")))
                                 .center();
            } else {
                for (const QString& id : m_content.regionIds(m_technique.primaryTargets, Side::Centre))
                    if (const BodyRegion* region = m_content.region(id); region && !target)
                        if (const RegionShape* s = region->shapeIn(d.view))
                            target = toDrawing(s->anchor);
            }
            if (target)
                out.push_back({group->name, AnatomyPainter::primaryColor().darker(160), clampInto(inner, toPage.map(*target)), {}, i, false});
        }
        if (const auto lumbar = painter->lumbarOutline())
            out.push_back({tr("DO NOT ROLL"), AnatomyPainter::lumbarColor(),
                            clampInto(inner, toPage.map(*lumbar).boundingRect().center()), {}, i, true});
    }
    // The row's labels side by side in one strip: a muscle's name is cut to before its parenthesis, then
    // shortened, when they would not all fit; "DO NOT ROLL" never is.
    auto widthOf = [&fm](const QString& text) { return fm.horizontalAdvance(text) + 2 * kLabelPadding; };
    auto total = [&] {
        double w = 0;
        for (const Label& l : out)
            w += widthOf(l.text) + kLabelGap;
        return w;
    };
    for (Label& l : out)
        if (total() > row.width() && !l.warning && l.text.contains(QStringLiteral(" (")))
            l.text = l.text.section(QStringLiteral(" ("), 0, 0);
    if (const double over = total() - row.width(); over > 0) {
        const int names = int(std::count_if(out.begin(), out.end(), [](const Label& l) { return !l.warning; }));
        for (Label& l : out)
            if (!l.warning)
                l.text = fm.elidedText(l.text, Qt::ElideRight, widthOf(l.text) - 2 * kLabelPadding - over / std::max(1, names));
    }
    // Each box under what it names, then pushed apart left to right and back, inside the row.
    for (Label& l : out) {
        const double w = widthOf(l.text);
        l.box = QRectF(l.anchor.x() - w / 2, pictures[0].bottom() + 4, w, kStripHeight - 5);
    }
    std::stable_sort(out.begin(), out.end(), [](const Label& a, const Label& b) { return a.anchor.x() < b.anchor.x(); });
    double left = row.left();
    for (Label& l : out) {
        l.box.moveLeft(std::max(l.box.left(), left));
        left = l.box.right() + kLabelGap;
    }
    double right = row.right();
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        it->box.moveRight(std::min(it->box.right(), right));
        right = it->box.left() - kLabelGap;
    }
    return out;
}

std::vector<QRectF> SheetFigures::lumbarMarks(const QRectF& row) const
{
    std::vector<QRectF> out;
    const auto pictures = pictureRects(row);
    for (int i = 0; i < 2; ++i) {
        const auto painter = figurePainter(m_content, m_art, m_technique, display(i), true);
        const QRectF inner = pictures[i].adjusted(kInset, kInset, -kInset, -kInset);
        if (const auto outline = painter->lumbarOutline())
            out.push_back(painter->drawingToTarget(inner).map(*outline).boundingRect().intersected(pictures[i]));
    }
    return out;
}

void SheetFigures::paint(QPainter& p, const QRectF& row) const
{
    const auto pictures = pictureRects(row);
    for (int i = 0; i < 2; ++i)
        paintSheetFigure(p, pictures[i], m_content, m_art, m_technique, display(i), true);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(sheetFont(kLabelPoints, true));
    for (const Label& l : labels(row)) {
        // The leader runs from the box up to a dot on what the label names.
        p.setPen(QPen(l.color, 0.9));
        p.drawLine(QPointF(l.box.center().x(), l.box.top()), l.anchor);
        p.setBrush(l.color);
        p.drawEllipse(l.anchor, 1.6, 1.6);
        p.setBrush(Qt::white);
        p.drawRoundedRect(l.box, 2, 2);
        p.setPen(l.color);
        p.drawText(l.box, Qt::AlignCenter, l.text);
    }
    p.restore();
}

} // namespace rollwise
