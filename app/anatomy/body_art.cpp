// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/anatomy/body_art.h"

#include "app/anatomy/svg_filter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <spdlog/spdlog.h>

#include <cmath>

namespace rollwise {

QString Display::fileName() const
{
    return kind == Kind::Pose ? QStringLiteral("pose-%1.svg").arg(pose) : toString(view) + QStringLiteral(".svg");
}

QString Display::key() const
{
    return kind == Kind::Pose ? QStringLiteral("pose:") + pose : QStringLiteral("view:") + toString(view);
}

namespace {

QList<double> numbers(QStringView text)
{
    QList<double> out;
    const auto parts = text.toString().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts)
        out << p.toDouble();
    return out;
}

double attr(const QXmlStreamAttributes& a, const char* name)
{
    return a.value(QString::fromLatin1(name)).toDouble();
}

// Outline of the simple SVG shapes whose geometry the app and tests need (zones, roller travel).
std::optional<QPainterPath> shapeOf(QStringView tag, const QXmlStreamAttributes& a)
{
    QPainterPath p;
    if (tag == u"rect") {
        p.addRect(attr(a, "x"), attr(a, "y"), attr(a, "width"), attr(a, "height"));
    } else if (tag == u"circle") {
        const double r = attr(a, "r");
        p.addEllipse(QPointF(attr(a, "cx"), attr(a, "cy")), r, r);
    } else if (tag == u"ellipse") {
        p.addEllipse(QPointF(attr(a, "cx"), attr(a, "cy")), attr(a, "rx"), attr(a, "ry"));
    } else if (tag == u"line") {
        p.moveTo(attr(a, "x1"), attr(a, "y1"));
        p.lineTo(attr(a, "x2"), attr(a, "y2"));
    } else if (tag == u"polygon" || tag == u"polyline") {
        const QList<double> v = numbers(a.value(QStringLiteral("points")));
        for (qsizetype i = 0; i + 1 < v.size(); i += 2)
            i == 0 ? p.moveTo(v[i], v[i + 1]) : p.lineTo(v[i], v[i + 1]);
        if (tag == u"polygon")
            p.closeSubpath();
    } else {
        return std::nullopt;
    }
    return p;
}

bool isShape(QStringView tag)
{
    return tag == u"path" || tag == u"rect" || tag == u"circle" || tag == u"ellipse" || tag == u"polygon"
           || tag == u"polyline";
}

QString withoutStyleFill(const QString& style)
{
    QStringList kept;
    for (const QString& decl : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = decl.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name != u"fill" && name != u"fill-opacity")
            kept << decl.trimmed();
    }
    return kept.join(QLatin1Char(';'));
}

} // namespace

BodyArt::BodyArt(QString directory) : m_directory(std::move(directory)) {}

BodyArt::~BodyArt() = default;

QSet<QString> BodyArt::elementIds(const QByteArray& svg)
{
    QSet<QString> ids;
    QXmlStreamReader r(svg);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.attributes().hasAttribute(QStringLiteral("id")))
            ids.insert(r.attributes().value(QStringLiteral("id")).toString());
    return ids;
}

const SvgDocument* BodyArt::document(const Display& d) const
{
    const QString key = d.key();
    if (auto it = m_documents.find(key); it != m_documents.end())
        return it->second.get();
    auto doc = std::make_unique<SvgDocument>();
    QFile f(m_directory + QLatin1Char('/') + d.fileName());
    if (!f.open(QIODevice::ReadOnly)) {
        spdlog::error("body art {} cannot be read: {}", f.fileName().toStdString(), f.errorString().toStdString());
        m_documents[key] = nullptr;
        return nullptr;
    }
    doc->bytes = f.readAll();
    QXmlStreamReader r(doc->bytes);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = r.attributes();
        if (r.name() == u"svg") {
            const QList<double> vb = numbers(a.value(QStringLiteral("viewBox")));
            if (vb.size() == 4)
                doc->viewBox = QRectF(vb[0], vb[1], vb[2], vb[3]);
        }
        const QString id = a.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        doc->ids.insert(id);
        if (const auto shape = shapeOf(r.name(), a))
            doc->shapes[id] = *shape;
        if (id == u"roller-travel" && r.name() == u"line")
            doc->rollerTravel = QLineF(attr(a, "x1"), attr(a, "y1"), attr(a, "x2"), attr(a, "y2"));
        if (id == u"roller" && r.name() == u"circle")
            doc->rollerRadius = attr(a, "r");
    }
    if (r.hasError() || doc->viewBox.isEmpty()) {
        spdlog::error("body art {} is not a usable SVG: {}", f.fileName().toStdString(),
                      r.hasError() ? r.errorString().toStdString() : std::string("no viewBox"));
        m_documents[key] = nullptr;
        return nullptr;
    }
    return (m_documents[key] = std::move(doc)).get();
}

QByteArray BodyArt::rewrite(const QByteArray& svg, const QHash<QString, QColor>& fills, bool hideRoller)
{
    // The fill in force for each open element: a highlighted group recolours everything inside it.
    std::vector<std::optional<QColor>> stack;
    return filterSvg(
        svg,
        [&](const QXmlStreamReader& element, QXmlStreamAttributes& a) {
            const QStringView name = element.name();
            const QString id = a.value(QStringLiteral("id")).toString();
            if (hideRoller && (id == u"roller" || id == u"roller-travel"))
                return false;
            std::optional<QColor> fill = stack.empty() ? std::nullopt : stack.back();
            if (fills.contains(id))
                fill = fills.value(id);
            stack.push_back(fill);
            if (fill && isShape(name) && a.value(QStringLiteral("fill")) != u"none") {
                QXmlStreamAttributes changed;
                for (const QXmlStreamAttribute& at : a) {
                    if (at.name() == u"fill" || at.name() == u"fill-opacity")
                        continue;
                    if (at.name() == u"style")
                        changed.append(at.namespaceUri().toString(), at.name().toString(),
                                       withoutStyleFill(at.value().toString()));
                    else
                        changed.append(at);
                }
                changed.append(QStringLiteral("fill"), fill->name(QColor::HexRgb));
                changed.append(QStringLiteral("fill-opacity"), QString::number(fill->alphaF(), 'f', 3));
                a = changed;
            }
            return true;
        },
        [&](QXmlStreamWriter&) { stack.pop_back(); });
}

QSvgRenderer* BodyArt::renderer(const Display& d, const QHash<QString, QColor>& fills, bool hideRoller,
                                const QRectF& visible) const
{
    const SvgDocument* doc = document(d);
    if (!doc)
        return nullptr;
    // Out-of-sight shapes are culled on a grid of 1/32 of the drawing, so that nearby views share a variant.
    QRectF shown;
    if (visible.isValid()) {
        const double cell = std::max(doc->viewBox.width(), doc->viewBox.height()) / 32;
        const double left = std::floor(visible.left() / cell) * cell, top = std::floor(visible.top() / cell) * cell;
        shown = QRectF(QPointF(left, top), QPointF(std::ceil(visible.right() / cell) * cell, std::ceil(visible.bottom() / cell) * cell));
        if (shown.contains(doc->viewBox))
            shown = QRectF();
    }
    QStringList parts{d.key(), hideRoller ? QStringLiteral("noroller") : QStringLiteral("roller")};
    if (!shown.isNull())
        parts << QStringLiteral("shown=%1,%2,%3,%4").arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height());
    QStringList keys = fills.keys();
    keys.sort();
    for (const QString& k : keys)
        parts << k + QLatin1Char('=') + fills.value(k).name(QColor::HexArgb);
    const QString key = parts.join(QLatin1Char('|'));
    if (auto it = m_renderers.find(key); it != m_renderers.end())
        return it->second.get();
    QByteArray bytes = (fills.isEmpty() && !hideRoller) ? doc->bytes : rewrite(doc->bytes, fills, hideRoller);
    if (!shown.isNull())
        bytes = cullSvg(bytes, shown);
    bytes = splitTranslucentStrokes(bytes);
    // Variants differ only by the highlighted regions and the part shown, so the cache stays small; pointers
    // stay valid.
    auto renderer = std::make_unique<QSvgRenderer>(bytes);
    return (m_renderers[key] = std::move(renderer)).get();
}

void BodyArt::moveRenderersToThread(QThread* thread) const
{
    for (const auto& entry : m_renderers)
        entry.second->moveToThread(thread);
}

void BodyArt::adopt(BodyArt&& other) const
{
    // insert() keeps what this cache already has: pointers handed out earlier stay valid.
    m_documents.insert(std::make_move_iterator(other.m_documents.begin()), std::make_move_iterator(other.m_documents.end()));
    m_renderers.insert(std::make_move_iterator(other.m_renderers.begin()), std::make_move_iterator(other.m_renderers.end()));
}

} // namespace rollwise
