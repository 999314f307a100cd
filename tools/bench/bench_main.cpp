// SPDX-License-Identifier: GPL-3.0-or-later
// One benchmark binary for the figures the project reports (docs/benchmarks.md). Ratios against a
// baseline measured in the same run matter, not absolute times.
//   build/tools/bench/bench [--benchmark_filter=…]
#include <QGuiApplication>

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
