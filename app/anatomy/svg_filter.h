// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits of a drawing's SVG text, made before QSvgRenderer parses it, so that what is printed stays vector.

#include <QByteArray>
#include <QRectF>
#include <QStringView>
#include <QXmlStreamAttributes>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace rollwise {

// Copies the SVG element by element. `start` sees each element (its name, as read) and its attributes, may change
// the attributes, and returns false to leave the element out with everything inside it; `end` is called for each
// element kept, once it is closed, and may write what follows it. Unparsable input gives an empty result.
QByteArray filterSvg(const QByteArray& svg,
                     const std::function<bool(const QXmlStreamReader& element, QXmlStreamAttributes&)>& start,
                     const std::function<void(QXmlStreamWriter&)>& end = {});

// The SVG without the drawable shapes outside `visible` (in the drawing's user units).
//
// Why: a zoomed body diagram (a sheet's figure, a view's focus on one muscle) shows a fraction of the body, but
// QSvgRenderer paints every element and a vector device (QPdfWriter, the print preview) keeps every path its
// clip hides: on the built-in routine sheet that was most of the file. A shape is dropped only when its painted
// bounds (stroke included, every transform applied, as QSvgRenderer measures them) miss `visible`, so no pixel of
// what is shown changes. Shapes inside definitions (gradients, clip paths, masks, patterns, markers, symbols)
// are kept: something visible may refer to them. Unparsable input is returned unchanged.
QByteArray cullSvg(const QByteArray& svg, const QRectF& visible);

// The SVG with every stroked shape whose fill is translucent (fill-opacity below 1, its own or inherited) drawn
// as two: the shape filled without a stroke, then an id-less twin stroked without a fill.
//
// Why: QSvgRenderer paints a shape's fill and then its stroke, changing the painter's opacity and pen
// together; Qt 6.4's PDF engine decides whether it can stroke natively from the pen before it takes the
// opacity back to 1, so after a translucent fill it turns the stroke into a filled outline (on the sheet, about
// twice the bytes of a native stroke). With the fill and the stroke in separate shapes the stroke comes with
// full opacity. On screen the two paint exactly what the one did (fill, then stroke).
QByteArray splitTranslucentStrokes(const QByteArray& svg);

} // namespace rollwise
