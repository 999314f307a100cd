// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints an anatomy view or a technique's pose: the body, the target muscles highlighted, every
// contraindicated zone marked (the lumbar spine always red, hatched and labelled "DO NOT ROLL"), and the
// roller where the session engine says it is. Paints to any QPainter, so the same code draws the screen
// (with cached static layers), printed sheets and PDFs (pure vector) and test images.

#include "app/anatomy/body_art.h"
#include "core/session_plan.h"
#include "core/technique.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <future>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace rollwise {

class ContentLibrary;

// Everything that changes while a session runs, taken from the engine.
struct AnatomyFrame {
    const Technique* technique = nullptr;
    Side side = Side::Centre;
    Phase phase = Phase::Idle;
    double rollSeconds = 0.0;     // rolling done on this side: where the roller is along its path
    double phaseSeconds = 1e9;    // time since the phase began (fades); large = settled
    double holdLengthSeconds = 0.0; // how long the current hold lasts (the prescribed time, not the time held)
    double holdRemaining = 0.0;   // seconds left in it
    bool paused = false;
    bool showTravel = false;      // draw where the roller travels as a dashed two-way arrow (printed sheets)
};

// The roller seen end on, as a circle in drawing coordinates.
struct RollerDisc {
    QPointF centre;
    double radius = 0.0;
};

struct HitInfo {
    QString id; // "zone-lumbar-spine", "region-glutes-right"
    QString title;
    QString text;
};

class AnatomyPainter {
    Q_DECLARE_TR_FUNCTIONS(AnatomyPainter)

public:
    AnatomyPainter(const ContentLibrary& content, const BodyArt& art);

    void setDisplay(const Display& d) { m_display = d; }
    const Display& display() const { return m_display; }
    void setDark(bool dark) { m_dark = dark; }
    void setMirrored(bool mirrored) { m_mirrored = mirrored; }
    // Printed sheets put the "DO NOT ROLL" label and the key beside the picture, with leader lines
    // (sheet_figures.h), so nothing is printed over the body; the screen keeps them in the picture.
    void setLabelsOutside(bool outside) { m_labelsOutside = outside; }
    bool mirrored() const { return m_mirrored; }
    // Show only this part of the drawing (drawing coordinates), e.g. zoomed on the target; empty: all of it.
    void setFocusRect(const QRectF& drawingRect) { m_focus = drawingRect; }
    QRectF focusRect() const { return m_focus; }
    // The part of an anatomy view that matters for a technique: its targets, its roller paths and the
    // lumbar zone, with a margin. Empty for poses (they are shown whole).
    QRectF focusFor(const Technique& t, Side side) const;

    // Screen: the body, highlights and zones come from an image cached on size, pixel ratio, display,
    // palette and highlights; only the roller and hold overlays are painted each frame.
    void paint(QPainter& p, const QRectF& target, qreal devicePixelRatio, const AnatomyFrame& f);
    // Starts building that cached static layer on a worker thread, so the next paint() of this size and frame
    // finds it ready instead of parsing and rasterising SVG itself (anatomy_painter_static_layer.cpp). For a view that learns
    // its size before its first paint: at start-up the two diagrams then render while Qt lays out and paints
    // the rest of the window. At most one layer is in preparation; paint() waits for it.
    void prepare(const QRectF& target, qreal devicePixelRatio, const AnatomyFrame& f);
    // The static layer itself (body, highlights, zones) at this size: what paint() caches.
    QImage renderStatic(QSizeF size, qreal devicePixelRatio, const AnatomyFrame& f) const;
    // Print and PDF: everything as vector drawing, nothing cached.
    void paintVector(QPainter& p, const QRectF& target, const AnatomyFrame& f) const;
    // The baseline the benchmark compares against: re-render every layer from the SVG every frame.
    void paintUncached(QPainter& p, const QRectF& target, const AnatomyFrame& f) const { paintVector(p, target, f); }

    QTransform drawingToTarget(const QRectF& target) const;
    // Roller centres in drawing coordinates (SVG units); empty when the roller is not on the body.
    std::vector<QPointF> rollerCentres(const AnatomyFrame& f) const;
    // The roller as drawn in body views, one per path in use (drawing coordinates): core's
    // RollerPath::footprintAt where the roller is now, the very rectangle the safety validator checks.
    std::vector<QPolygonF> rollerFootprints(const AnatomyFrame& f) const;
    // The roller drawn as a circle of the configured diameter: in a pose where its centre is on the travel, in
    // the lateral view lying on the body at its footprint (core's RollerPath::endOnRollerAt). Empty in the
    // front and back views, which see the roller lying across the body.
    std::vector<RollerDisc> rollerDiscs(const AnatomyFrame& f) const;
    // The line the roller's centre travels in a pose: the drawing's roller-travel line scaled about its start to
    // the technique's main path length (custom techniques borrow a built-in pose but keep their own length), so
    // the pose and the body views show the same distance at the same pace.
    std::optional<QLineF> poseTravel(const AnatomyFrame& f) const;
    // All a path's roller presses (core's RollerPath::sweptFootprint), in drawing coordinates.
    QPainterPath sweptFootprint(const RollerPath& path) const;
    const ContentLibrary& content() const { return m_content; }
    std::optional<HitInfo> hitTest(QPointF targetPoint, const QRectF& target) const;
    // Ids of the elements highlighted for a frame, with their colours (primary and secondary targets).
    QHash<QString, QColor> highlightFills(const AnatomyFrame& f) const;
    // The lumbar zone outline in drawing coordinates (from core geometry, or the pose drawing).
    std::optional<QPainterPath> lumbarOutline() const;

    // Where the "DO NOT ROLL" box and the legend are drawn in `target` when painting with `font` (target
    // coordinates; empty when there is none): the legend never covers the box or the lumbar zone.
    QRectF lumbarLabelRect(const QRectF& target, const QFont& font) const;
    QRectF legendRect(const QRectF& target, const QFont& font) const;

    // How often the cached static layer was rebuilt (size, display, palette or highlights changed).
    int cacheRebuilds() const { return m_rebuilds; }

    static QColor primaryColor();
    static QColor secondaryColor();
    static QColor lumbarColor();
    static QColor rollerColor();
    static QColor nerveColor();
    static constexpr double kFadeSeconds = 0.35;

private:
    void paintStatic(QPainter& p, const QRectF& target, const AnatomyFrame& f) const;
    void paintDynamic(QPainter& p, const QRectF& target, const AnatomyFrame& f) const;
    void paintZones(QPainter& p, const QTransform& t) const;
    struct LumbarLabel {
        QFont font;
        QString text;
        QRectF box;  // target coordinates
        QRectF zone; // the lumbar zone's bounds, target coordinates
        double cmPx = 1.0;
    };
    struct LegendEntry {
        QString text;
        QColor fill;
        QColor line;
        bool cross = false;
    };
    struct Legend {
        std::vector<LegendEntry> entries;
        QFont font;
        QRectF box;
        double line = 0, swatch = 0, textWidth = 0;
    };
    static constexpr double kLegendInset = 4;
    static constexpr double kLumbarWeight = 100; // how much worse hiding the lumbar zone is than a bony area
    static constexpr double kNerveWeight = 10;
    LumbarLabel lumbarLabel(const QTransform& t, const QPainterPath& outline, QFont font) const;
    Legend legend(const QRectF& target, const QFont& font) const;
    QRectF placeLegend(QSizeF size, const QRectF& target, const QFont& font) const;
    void paintLumbarLabel(QPainter& p, const QTransform& t, const QPainterPath& outline) const;
    void paintLegend(QPainter& p, const QRectF& target) const;
    void paintTravel(QPainter& p, const QTransform& t, const AnatomyFrame& f) const;
    QString cacheKey(const QRectF& target, qreal dpr, const AnatomyFrame& f) const;
    void takePrepared(const QString& key);

    struct Prepared {
        QString key;
        QImage image;
        std::unique_ptr<BodyArt> art; // the worker's parsed drawings, handed over to m_art
    };

    const ContentLibrary& m_content;
    const BodyArt& m_art;
    Display m_display;
    bool m_dark = false;
    bool m_mirrored = false;
    bool m_labelsOutside = false;
    QRectF m_focus;
    QImage m_cache;
    QString m_cacheKey;
    QImage m_previous; // the last static layer, faded out over a phase change
    int m_rebuilds = 0;
    // Last member, so destroyed first: a future from std::async waits for its worker, which uses m_content.
    std::future<Prepared> m_prepared;
};

QPointF toDrawing(Point p);                 // body frame (y up, cm) → drawing (SVG) coordinates
QPainterPath shapeToPath(const Shape& s); // body-frame shape → drawing (SVG) coordinates

} // namespace rollwise
