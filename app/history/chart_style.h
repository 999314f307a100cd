// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours, fonts and markers shared by the progress charts. Series colours are the Okabe-Ito palette, which
// stays distinguishable under every common colour-vision deficiency; every series also has its own marker
// shape, so nothing depends on colour alone (and the charts survive greyscale printing).

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPointF>

class QPainter;

namespace rollwise {

enum class MarkerShape { Circle, Square, TriangleUp, Diamond, TriangleDown, Cross };

struct ChartStyle {
    QColor background;  // behind everything
    QColor panel;       // chart and tile backgrounds
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QFont font;         // body text; headings are derived from it

    // Bars that meet the weekly target, bars below it, and the target band.
    static QColor barMet() { return QColor(0x00, 0x72, 0xb2); }   // Okabe-Ito blue
    static QColor barBelow() { return QColor(0x8c, 0xb4, 0xd2); } // the same hue, much lighter
    static QColor band() { return QColor(0x00, 0x9e, 0x73); }     // Okabe-Ito bluish green

    // The colour and marker for the n-th muscle group (stable: n is its index in content.json).
    static QColor seriesColor(int n);
    static MarkerShape seriesMarker(int n);

    QFont headingFont() const;
    QFont smallFont() const;
    QFont figureFont() const; // the big numbers on the summary tiles

    // Light or dark, from the widget's palette.
    static ChartStyle fromPalette(const QPalette& palette, const QFont& font);
};

// A marker centred on `at`, `size` pixels across; hollow markers are outlined in `color` on the panel colour.
void drawMarker(QPainter& p, QPointF at, MarkerShape shape, const QColor& color, double size, bool filled,
                const QColor& hollowFill);

} // namespace rollwise
