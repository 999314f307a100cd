// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A technique's two pictures on the printed sheet, side by side: its pose and its body view, each at least
// 6 cm wide. The labels ("DO NOT ROLL", the muscle worked) sit in a strip under the pictures, joined to what
// they name by leader lines, so no label covers the body (issue 15, item 1).

#include "core/technique.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <vector>

class QPainter;

namespace rollwise {

class BodyArt;
class ContentLibrary;
struct Display;

// A framed figure of `t` as the sheet draws it: both sides highlighted, the roller's travel, focused on the
// technique; `display` is its pose or one of its body views. With `labelsOutside` the picture carries no label
// (SheetFigures puts them beside it); the card's small pose keeps its label inside.
void paintSheetFigure(QPainter& p, const QRectF& area, const ContentLibrary& content, const BodyArt& art,
                      const Technique& t, const Display& display, bool labelsOutside = false);

class SheetFigures {
    Q_DECLARE_TR_FUNCTIONS(SheetFigures)

public:
    static constexpr double kMinPictureWidth = 6.0 * 72.0 / 2.54; // 6 cm, in points
    static constexpr double kPictureHeight = 104;
    static constexpr double kStripHeight = 17; // the labels' strip under the pictures

    SheetFigures(const ContentLibrary& content, const BodyArt& art, const Technique& technique);

    // The row's height: the pictures and the labels' strip.
    static double height() { return kPictureHeight + kStripHeight; }
    // Where the pose (first) and the body view (second) are drawn in the row `row`.
    static std::array<QRectF, 2> pictureRects(const QRectF& row);

    struct Label {
        QString text;
        QColor color;
        QPointF anchor; // on the picture: what the label names
        QRectF box;     // in the strip, outside the picture
        int picture = 0;
        bool warning = false; // "DO NOT ROLL": never shortened
    };
    // Every label of the row with where it points, in page coordinates; no two boxes overlap.
    std::vector<Label> labels(const QRectF& row) const;
    // The lumbar zone's bounds in each picture that draws it (tests check the red there).
    std::vector<QRectF> lumbarMarks(const QRectF& row) const;
    void paint(QPainter& p, const QRectF& row) const;

private:
    Display display(int picture) const;

    const ContentLibrary& m_content;
    const BodyArt& m_art;
    const Technique& m_technique;
};

} // namespace rollwise
