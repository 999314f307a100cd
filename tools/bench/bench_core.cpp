// SPDX-License-Identifier: GPL-3.0-or-later
// Core hot paths: loading and validating a routine file, and one engine tick.
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/session_engine.h"

#include <benchmark/benchmark.h>

#include <memory>

using namespace rollwise;

static void RoutineLoadValidate(benchmark::State& state)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    const QByteArray bytes = RoutineWriter::toBytes(Routine::defaultRoutine(content));
    RoutineReader reader(content);
    for (auto _ : state) {
        RoutineLoad l = reader.readBytes(bytes, QStringLiteral("bench.json"));
        benchmark::DoNotOptimize(l.routine);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(RoutineLoadValidate)->Unit(benchmark::kMicrosecond);

static void EngineTick(benchmark::State& state)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    ManualClock clock;
    const SessionPlan plan = SessionPlan::build(Routine::defaultRoutine(content), content);
    auto engine = std::make_unique<SessionEngine>(plan, clock);
    engine->start();
    for (auto _ : state) {
        clock.advance(Ms{16});
        engine->tick();
        if (!engine->isRunning()) {
            state.PauseTiming();
            engine = std::make_unique<SessionEngine>(plan, clock);
            engine->start();
            state.ResumeTiming();
        }
    }
}
BENCHMARK(EngineTick);
