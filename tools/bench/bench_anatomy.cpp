// SPDX-License-Identifier: GPL-3.0-or-later
// Frame paint cost of the anatomy view at 1920x1080: the cached painter (static layers in a pixmap, only
// the roller and overlays per frame) against the naive baseline (re-render every layer from SVG).
#include "app/anatomy/anatomy_painter.h"
#include "app/sheet/sheet_renderer.h"
#include "core/content_library.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

using namespace rollwise;

namespace {
AnatomyFrame rollingFrame(double seconds)
{
    AnatomyFrame f;
    f.technique = ContentLibrary::builtIn().technique(QStringLiteral("glutes"));
    f.side = Side::Right;
    f.phase = Phase::Roll;
    f.rollSeconds = seconds;
    return f;
}

template <bool Cached>
void frame(benchmark::State& state)
{
    static const BodyArt art;
    AnatomyPainter painter(ContentLibrary::builtIn(), art);
    painter.setDisplay(state.range(0) ? Display::posed(QStringLiteral("seated-figure-four"))
                                      : Display::anatomy(View::Posterior));
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, 1920, 1080);
    double t = 0;
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if constexpr (Cached)
            painter.paint(p, target, 1.0, rollingFrame(t));
        else
            painter.paintUncached(p, target, rollingFrame(t));
        t += 1.0 / 30;
    }
    state.SetLabel(state.range(0) ? "pose" : "posterior");
}
} // namespace

BENCHMARK_TEMPLATE(frame, true)->Name("AnatomyFrame/cached")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(frame, false)->Name("AnatomyFrame/naive_full_svg")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Printed sheet of the built-in routine, exported to PDF bytes (layout + vector painting + PDF writing).
static void SheetExportPdf(benchmark::State& state)
{
    static const BodyArt art;
    const ContentLibrary& content = ContentLibrary::builtIn();
    const Routine routine = Routine::defaultRoutine(content);
    qint64 bytes = 0;
    for (auto _ : state) {
        const SheetRenderer sheet(content, art, routine, SheetOptions::fromRoutine(routine));
        bytes = sheet.pdf().size();
    }
    state.counters["pdf_bytes"] = double(bytes);
}
BENCHMARK(SheetExportPdf)->Unit(benchmark::kMillisecond);
