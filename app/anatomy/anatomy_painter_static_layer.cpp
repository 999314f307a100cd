// SPDX-License-Identifier: GPL-3.0-or-later
// The static layer of an anatomy view (body drawing, highlighted targets, contraindicated zones), rendered
// now or ahead of time on a worker thread.
//
// Why a worker: parsing the SVG, rewriting its fills and rasterising it is the largest piece of work before
// Rollwise's first frame (docs/install.md, start-up). A view knows its size as soon as Qt lays the window out,
// some milliseconds before it is painted; preparing the layer then lets that work overlap with Qt laying out
// and painting the rest of the window, on the second core.
//
// Thread safety: the worker shares nothing mutable with the GUI thread. It gets copies of the painter's
// settings and of the frame's technique, parses into a BodyArt of its own, and paints into a QImage (QPainter
// on a QImage is allowed on any thread). The ContentLibrary it reads is immutable. Its parsed drawings and
// renderers are handed to the GUI thread's BodyArt when paint() collects the result.

#include "app/anatomy/anatomy_painter.h"

#include <QPainter>
#include <QThread>

#include <spdlog/spdlog.h>

#include <system_error>

namespace rollwise {

QImage AnatomyPainter::renderStatic(QSizeF size, qreal dpr, const AnatomyFrame& f) const
{
    QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paintStatic(p, QRectF(QPointF(0, 0), size), f);
    return image;
}

void AnatomyPainter::prepare(const QRectF& target, qreal dpr, const AnatomyFrame& f)
{
    if (m_prepared.valid() || target.isEmpty())
        return;
    const QString key = cacheKey(target, dpr, f);
    if (key == m_cacheKey)
        return;
    std::optional<Technique> technique;
    if (f.technique)
        technique = *f.technique;
    auto job = [&content = m_content, directory = m_art.directory(), display = m_display, dark = m_dark,
                mirrored = m_mirrored, focus = m_focus, size = target.size(), dpr, frame = f,
                technique = std::move(technique), key, home = QThread::currentThread()]() mutable {
        Prepared out{key, {}, std::make_unique<BodyArt>(directory)};
        frame.technique = technique ? &*technique : nullptr;
        AnatomyPainter painter(content, *out.art);
        painter.setDisplay(display);
        painter.setDark(dark);
        painter.setMirrored(mirrored);
        painter.setFocusRect(focus);
        out.image = painter.renderStatic(size, dpr, frame);
        out.art->moveRenderersToThread(home); // QObject affinity can only be given away by its own thread
        return out;
    };
    try {
        m_prepared = std::async(std::launch::async, std::move(job));
    } catch (const std::system_error& e) {
        // No thread to be had: paint() renders the layer itself, as it always could.
        spdlog::debug("static layer not prepared ahead: {}", e.what());
    }
}

void AnatomyPainter::takePrepared(const QString& key)
{
    if (!m_prepared.valid())
        return;
    Prepared ready;
    try {
        ready = m_prepared.get();
    } catch (const std::exception& e) {
        spdlog::warn("static layer prepared ahead failed, rendering it now: {}", e.what());
        return;
    }
    m_art.adopt(std::move(*ready.art));
    // Prepared for another size or frame (the view changed again meanwhile): paint() renders the right one.
    if (ready.key != key || key == m_cacheKey)
        return;
    m_previous = m_cache;
    m_cache = std::move(ready.image);
    m_cacheKey = key;
    ++m_rebuilds;
}

} // namespace rollwise
