// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/anatomy/svg_filter.h"

#include <QSet>
#include <QStringList>
#include <QSvgRenderer>
#include <QTransform>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>
#include <utility>
#include <vector>

namespace rollwise {

namespace {
// The element being read, as it was written, with the given attributes. The name as written and the
// declarations copied as they are: asking the writer for the namespace URI would make it invent a prefix
// (<n1:svg …>) and, on a second edit, a document QSvgRenderer rejects.
void writeStart(QXmlStreamWriter& w, const QXmlStreamReader& r, const QXmlStreamAttributes& a)
{
    w.writeStartElement(r.qualifiedName().toString());
    for (const QXmlStreamNamespaceDeclaration& ns : r.namespaceDeclarations()) {
        if (ns.prefix().isEmpty())
            w.writeDefaultNamespace(ns.namespaceUri().toString());
        else
            w.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    }
    w.writeAttributes(a);
}
} // namespace

QByteArray filterSvg(const QByteArray& svg, const std::function<bool(const QXmlStreamReader&, QXmlStreamAttributes&)>& start,
                     const std::function<void(QXmlStreamWriter&)>& end)
{
    QByteArray out;
    QXmlStreamReader r(svg);
    QXmlStreamWriter w(&out);
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            QXmlStreamAttributes a = r.attributes();
            if (!start(r, a)) {
                r.skipCurrentElement();
                continue;
            }
            writeStart(w, r, a);
        } else if (token == QXmlStreamReader::EndElement) {
            w.writeEndElement();
            if (end)
                end(w);
        } else if (token != QXmlStreamReader::StartDocument && token != QXmlStreamReader::EndDocument) {
            w.writeCurrentToken(r);
        }
    }
    return r.hasError() ? QByteArray() : out;
}

namespace {

bool isDrawable(QStringView name)
{
    return name == u"path" || name == u"rect" || name == u"circle" || name == u"ellipse" || name == u"polygon"
           || name == u"polyline" || name == u"line";
}

bool isDefinition(QStringView name)
{
    return name == u"defs" || name == u"clipPath" || name == u"mask" || name == u"pattern" || name == u"marker"
           || name == u"symbol";
}

// Walks the drawing as both passes of cullSvg must: the n-th drawable shape outside definitions is the same
// element in the tagged copy and in the original.
class ShapeWalk {
public:
    // Returns the shape's index, or -1 for anything else; call leave() when a kept element closes.
    int enter(QStringView name)
    {
        const bool definition = isDefinition(name);
        m_open.push_back(definition);
        m_definitions += definition;
        return m_definitions == 0 && isDrawable(name) ? m_shapes++ : -1;
    }
    void leave()
    {
        m_definitions -= m_open.back();
        m_open.pop_back();
    }

private:
    std::vector<bool> m_open;
    int m_definitions = 0;
    int m_shapes = 0;
};

// A presentation attribute of an element, from its attribute or its style="…" declaration.
QString withoutDeclarations(const QString& style, QStringView prefix)
{
    QStringList kept;
    for (const QString& decl : style.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!decl.section(QLatin1Char(':'), 0, 0).trimmed().startsWith(prefix))
            kept << decl.trimmed();
    return kept.join(QLatin1Char(';'));
}

QString presentation(const QXmlStreamAttributes& a, const QString& name)
{
    for (const QString& decl : a.value(QStringLiteral("style")).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (decl.section(QLatin1Char(':'), 0, 0).trimmed() == name)
            return decl.section(QLatin1Char(':'), 1).trimmed();
    return a.value(name).toString();
}

} // namespace

QByteArray cullSvg(const QByteArray& svg, const QRectF& visible)
{
    // Pass 1: give every shape an id QSvgRenderer can measure it by. A shape whose id is not unique is kept,
    // since its bounds could be another element's.
    QStringList ids;
    QSet<QString> seen;
    QSet<int> ambiguous;
    ShapeWalk walk;
    const QByteArray tagged = filterSvg(
        svg,
        [&](const QXmlStreamReader& element, QXmlStreamAttributes& a) {
            if (walk.enter(element.name()) < 0)
                return true;
            QString id = a.value(QStringLiteral("id")).toString();
            if (id.isEmpty()) {
                id = QStringLiteral("rollwise-cull-%1").arg(ids.size());
                a.append(QStringLiteral("id"), id);
            }
            if (seen.contains(id))
                ambiguous.insert(int(ids.size()));
            seen.insert(id);
            ids << id;
            return true;
        },
        [&](QXmlStreamWriter&) { walk.leave(); });
    if (tagged.isEmpty() || ids.isEmpty())
        return svg;
    QSvgRenderer measure(tagged);
    if (!measure.isValid())
        return svg;
    std::vector<bool> keep(ids.size(), true);
    // A hair of slack: a shape that only touches the edge, or a stroke-less line of no height, stays.
    const double slack = 1e-3 * std::max(visible.width(), visible.height());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ambiguous.contains(int(i)))
            continue;
        const QRectF b = measure.transformForElement(ids[i]).mapRect(measure.boundsOnElement(ids[i]));
        if (!b.isNull() && !b.adjusted(-slack, -slack, slack, slack).intersects(visible))
            keep[i] = false;
    }
    // Pass 2: the original, without the shapes out of sight.
    ShapeWalk again;
    const QByteArray out = filterSvg(
        svg,
        [&](const QXmlStreamReader& element, QXmlStreamAttributes&) {
            const int index = again.enter(element.name());
            if (index < 0 || keep[index])
                return true;
            again.leave();
            return false;
        },
        [&](QXmlStreamWriter&) { again.leave(); });
    return out.isEmpty() ? svg : out;
}

QByteArray splitTranslucentStrokes(const QByteArray& svg)
{
    struct Open {
        QString stroke;      // in effect here, inherited or own
        double fillOpacity;  // in effect here
        bool definition;     // inside <defs>, a clip path, a mask…: left as it is
        std::optional<std::pair<QString, QXmlStreamAttributes>> twin; // the stroke to draw after this shape
    };
    std::vector<Open> open;
    const QByteArray out = filterSvg(
        svg,
        [&](const QXmlStreamReader& r, QXmlStreamAttributes& a) {
            Open here{open.empty() ? QString() : open.back().stroke, open.empty() ? 1.0 : open.back().fillOpacity,
                      (!open.empty() && open.back().definition) || isDefinition(r.name()), {}};
            if (const QString s = presentation(a, QStringLiteral("stroke")); !s.isEmpty())
                here.stroke = s;
            if (const QString f = presentation(a, QStringLiteral("fill-opacity")); !f.isEmpty())
                here.fillOpacity = f.toDouble();
            const QString fill = presentation(a, QStringLiteral("fill"));
            const bool stroked = !here.stroke.isEmpty() && here.stroke != u"none";
            if (!here.definition && isDrawable(r.name()) && stroked && here.fillOpacity < 1.0 && fill != u"none") {
                QXmlStreamAttributes strokeOnly, fillOnly;
                for (const QXmlStreamAttribute& at : a) {
                    const bool strokeAttr = at.name().startsWith(u"stroke");
                    if (at.name() == u"style") {
                        fillOnly.append(QStringLiteral("style"), withoutDeclarations(at.value().toString(), u"stroke"));
                        strokeOnly.append(QStringLiteral("style"), withoutDeclarations(at.value().toString(), u"fill"));
                    } else if (strokeAttr)
                        strokeOnly.append(at);
                    else if (at.name() == u"fill" || at.name() == u"fill-opacity")
                        fillOnly.append(at);
                    else if (at.name() == u"id")
                        fillOnly.append(at);
                    else {
                        fillOnly.append(at);
                        strokeOnly.append(at);
                    }
                }
                if (!strokeOnly.hasAttribute(QStringLiteral("stroke")))
                    strokeOnly.append(QStringLiteral("stroke"), here.stroke);
                strokeOnly.append(QStringLiteral("fill"), QStringLiteral("none"));
                fillOnly.append(QStringLiteral("stroke"), QStringLiteral("none"));
                a = fillOnly;
                here.twin = std::pair{r.qualifiedName().toString(), strokeOnly};
            }
            open.push_back(std::move(here));
            return true;
        },
        [&](QXmlStreamWriter& w) {
            if (open.back().twin) {
                w.writeEmptyElement(open.back().twin->first);
                w.writeAttributes(open.back().twin->second);
            }
            open.pop_back();
        });
    return out.isEmpty() ? svg : out;
}

} // namespace rollwise
