// SPDX-License-Identifier: GPL-3.0-or-later
// The static layer an anatomy view prepares on a worker thread (app/anatomy/anatomy_painter_static_layer.cpp) must be exactly the
// one it would have rendered itself, be used instead of a second rendering, and never be used for a size or
// frame it was not made for.
#include "app/anatomy/anatomy_painter.h"
#include "app/anatomy/body_art.h"
#include "app_test_support.h"
#include "core/content_library.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QThread>

#include <gtest/gtest.h>

using namespace rollwise;

using test::content;

namespace {
AnatomyFrame rollingRight(const char* technique)
{
    AnatomyFrame f;
    f.technique = content().technique(QString::fromLatin1(technique));
    f.side = Side::Right;
    f.phase = Phase::Roll;
    f.rollSeconds = 2;
    return f;
}

QImage paintOnce(AnatomyPainter& painter, QSize size, const AnatomyFrame& f, bool prepareFirst)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (prepareFirst)
        painter.prepare(target, 1.0, f);
    painter.paint(p, target, 1.0, f);
    return img;
}
} // namespace

TEST(StaticLayer, PreparedLayerIsTheOneItWouldHavePainted)
{
    for (const Display& display : {Display::anatomy(View::Posterior), Display::posed(QStringLiteral("prone-hip"))}) {
        SCOPED_TRACE(display.key().toStdString());
        const AnatomyFrame f = rollingRight(display.kind == Display::Kind::Pose ? "hip-flexors" : "glutes");
        ASSERT_NE(f.technique, nullptr);
        const BodyArt ownArt;
        AnatomyPainter direct(content(), ownArt);
        direct.setDisplay(display);
        const QImage expected = paintOnce(direct, QSize(420, 640), f, false);

        const BodyArt preparedArt;
        AnatomyPainter prepared(content(), preparedArt);
        prepared.setDisplay(display);
        const QImage got = paintOnce(prepared, QSize(420, 640), f, true);
        EXPECT_EQ(prepared.cacheRebuilds(), 1); // the worker's layer, not a second rendering
        EXPECT_TRUE(got == expected) << "prepared layer differs from the directly rendered one";

        // The worker's renderers now belong to this (the GUI) thread's cache.
        QSvgRenderer* r = preparedArt.renderer(display, prepared.highlightFills(f), true);
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(r->thread(), QThread::currentThread());
    }
}

TEST(StaticLayer, LayerPreparedForAnotherSizeOrFrameIsNotUsed)
{
    const BodyArt artA;
    AnatomyPainter direct(content(), artA);
    direct.setDisplay(Display::anatomy(View::Posterior));
    const AnatomyFrame glutes = rollingRight("glutes");
    const AnatomyFrame lats = rollingRight("lats");
    const QImage expected = paintOnce(direct, QSize(300, 500), lats, false);

    const BodyArt artB;
    AnatomyPainter painter(content(), artB);
    painter.setDisplay(Display::anatomy(View::Posterior));
    painter.prepare(QRectF(0, 0, 420, 640), 1.0, glutes); // another size and other highlights
    const QImage got = paintOnce(painter, QSize(300, 500), lats, false);
    EXPECT_TRUE(got == expected) << "a stale prepared layer was painted";
    EXPECT_EQ(painter.cacheRebuilds(), 1);

    // Nothing to prepare when the cache already holds that layer; a painter may die with a job in flight.
    painter.prepare(QRectF(0, 0, 300, 500), 1.0, lats);
    paintOnce(painter, QSize(300, 500), lats, false);
    EXPECT_EQ(painter.cacheRebuilds(), 1);
    AnatomyPainter abandoned(content(), artB);
    abandoned.prepare(QRectF(0, 0, 420, 640), 1.0, glutes);
}
