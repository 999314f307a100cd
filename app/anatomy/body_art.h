// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SVG drawings behind the anatomy view: three body views and one pose per technique. Element ids
// follow one scheme that maps onto core ids (docs/svg-ids.md):
//   region-<regionId>   a muscle region            zone-<zoneId>   a contraindicated zone
//   pose-<poseId>       a pose drawing's root        pose-target     the muscle under the roller in a pose
//   roller, roller-travel  the roller and the line its centre travels along in a pose
// Highlighting rewrites fills in the SVG text, so highlighted diagrams stay vector (for printing).

#include "core/body.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSvgRenderer;
class QThread;

namespace rollwise {

// What is drawn: one of the anatomy views, or the pose of a technique.
struct Display {
    enum class Kind { Anatomy, Pose };
    Kind kind = Kind::Anatomy;
    View view = View::Posterior;
    QString pose;

    static Display anatomy(View v) { return {Kind::Anatomy, v, {}}; }
    static Display posed(const QString& p) { return {Kind::Pose, View::Posterior, p}; }
    QString fileName() const; // "posterior.svg", "pose-prone-hip.svg"
    QString key() const;
    friend bool operator==(const Display& a, const Display& b) { return a.key() == b.key(); }
};

struct SvgDocument {
    QByteArray bytes;
    QRectF viewBox;
    QSet<QString> ids;
    std::map<QString, QPainterPath> shapes; // simple-shape elements (polygon, rect, circle, line, polyline)
    std::optional<QLineF> rollerTravel;
    double rollerRadius = 0.0;
};

class BodyArt {
public:
    // Loads from the compiled-in resources (":/rollwise/svg/…") unless another folder is given.
    explicit BodyArt(QString directory = QStringLiteral(":/rollwise/svg"));
    ~BodyArt();

    // nullptr when the drawing is missing or unreadable (logged once).
    const SvgDocument* document(const Display& d) const;
    // A renderer for the drawing with the given element fills replaced; the roller element is left out
    // when hideRoller is set (the view draws its own, moving roller); with a `visible` rectangle (user units)
    // the shapes wholly outside it are left out too (cullSvg). Cached per variant.
    QSvgRenderer* renderer(const Display& d, const QHash<QString, QColor>& fills, bool hideRoller,
                           const QRectF& visible = {}) const;

    QString directory() const { return m_directory; }
    // Caches are per thread: a worker parses into its own BodyArt, gives its renderers to the owner's thread,
    // and the owner adopts what it does not have yet (AnatomyPainter::prepare).
    void moveRenderersToThread(QThread* thread) const;
    void adopt(BodyArt&& other) const;

    static QSet<QString> elementIds(const QByteArray& svg);
    static QByteArray rewrite(const QByteArray& svg, const QHash<QString, QColor>& fills, bool hideRoller);

private:
    QString m_directory;
    mutable std::map<QString, std::unique_ptr<SvgDocument>> m_documents;
    mutable std::map<QString, std::unique_ptr<QSvgRenderer>> m_renderers;
};

} // namespace rollwise
