// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the routine loader and everything a loaded routine goes through (docs/hardening.md).
// RoutineReader::readBytes must never crash, whatever the bytes; when a routine loads it must also validate
// clean, expand into a session plan, run to completion on a manual clock, and survive a write → read round
// trip unchanged. Any broken promise is a crash (__builtin_trap) so libFuzzer keeps the input.
//
// The same function is replayed without libFuzzer by fuzz_replay (replay_main.cpp) over tests/fuzz/corpus
// and tests/fuzz/crashes in the normal ctest suite.

#include "core/content_library.h"
#include "core/cue.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "core/session_plan.h"
#include "core/timeline.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

[[noreturn]] void violated(const char* what, int line)
{
    std::fprintf(stderr, "routine_fuzzer: invariant violated at routine_fuzzer.cpp:%d: %s\n", line, what);
    std::fflush(stderr);
    __builtin_trap();
}

#define FUZZ_REQUIRE(cond)              \
    do {                                \
        if (!(cond))                    \
            violated(#cond, __LINE__);  \
    } while (false)

using namespace rollwise;

// Every diagnostic names the file (and says what is wrong): the loader's promise to a clinician.
void checkDiagnostics(const Diagnostics& d, const QString& fileName)
{
    for (const Diagnostic& item : d.items()) {
        FUZZ_REQUIRE(item.file == fileName);
        FUZZ_REQUIRE(!item.message.isEmpty());
    }
}

bool sameRoutine(const Routine& a, const Routine& b)
{
    if (a.title != b.title || a.patient != b.patient || a.clinician != b.clinician || a.notes != b.notes
        || a.created != b.created || a.exercises.size() != b.exercises.size()
        || a.customTechniques.size() != b.customTechniques.size())
        return false;
    for (size_t i = 0; i < a.exercises.size(); ++i)
        if (!(a.exercises[i] == b.exercises[i]))
            return false;
    for (size_t i = 0; i < a.customTechniques.size(); ++i) {
        const Technique& x = a.customTechniques[i];
        const Technique& y = b.customTechniques[i];
        if (x.id != y.id || x.name != y.name || x.steps != y.steps || x.perSide != y.perSide
            || x.primaryTargets != y.primaryTargets || x.paths.size() != y.paths.size())
            return false;
        for (size_t p = 0; p < x.paths.size(); ++p)
            if (x.paths[p].points != y.paths[p].points || x.paths[p].widthCm != y.paths[p].widthCm
                || x.paths[p].view != y.paths[p].view || x.paths[p].side != y.paths[p].side)
                return false;
    }
    return true;
}

void checkSession(const Routine& routine, const ContentLibrary& content)
{
    const SessionPlan plan = SessionPlan::build(routine, content);
    FUZZ_REQUIRE(plan.exercises().size() == routine.exercises.size());
    FUZZ_REQUIRE(!plan.segments().empty() && plan.segments().back().phase == Phase::Complete);
    for (const Segment& s : plan.segments())
        FUZZ_REQUIRE(s.phase == Phase::Complete || s.duration > Ms{0});

    const std::vector<CueEvent> events = simulateSession(plan);
    FUZZ_REQUIRE(!events.empty());
    FUZZ_REQUIRE(events.front().offset == Ms{0});
    FUZZ_REQUIRE(events.back().type == CueType::SessionComplete);
    FUZZ_REQUIRE(events.back().offset == plan.totalDuration());
    for (size_t i = 1; i < events.size(); ++i)
        FUZZ_REQUIRE(events[i].offset >= events[i - 1].offset);
}

} // namespace

// Whether the last input loaded as a routine: fuzz_replay checks it against the seeds' ok-/err- names.
bool rollwiseFuzzLastInputLoaded = false;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ContentLibrary& content = ContentLibrary::builtIn();
    const RoutineReader reader(content);
    const QString fileName = QStringLiteral("fuzz.json");
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const RoutineLoad load = reader.readBytes(bytes, fileName);
    rollwiseFuzzLastInputLoaded = load.routine.has_value();
    checkDiagnostics(load.diagnostics, fileName);
    FUZZ_REQUIRE(!load.unreadable);
    // A routine, or at least one error saying why not; never both, never neither.
    FUZZ_REQUIRE(load.routine.has_value() != load.diagnostics.hasErrors());
    if (!load.routine)
        return 0;
    const Routine& routine = *load.routine;

    // The editor's in-memory validation applies the file's rules: a routine that loaded is valid there too.
    const Diagnostics again = reader.validate(routine, fileName);
    checkDiagnostics(again, fileName);
    if (again.hasErrors())
        std::fprintf(stderr, "routine_fuzzer: the loaded routine does not validate:\n%s\n", qPrintable(again.toText()));
    FUZZ_REQUIRE(!again.hasErrors());

    checkSession(routine, content);

    // What the app saves must load again, as the same routine, and saving that gives the same bytes.
    const QByteArray written = RoutineWriter::toBytes(routine);
    const RoutineLoad reloaded = reader.readBytes(written, fileName);
    if (!reloaded.routine)
        std::fprintf(stderr, "routine_fuzzer: the written routine does not load:\n%s\n",
                     qPrintable(reloaded.diagnostics.toText()));
    FUZZ_REQUIRE(reloaded.routine.has_value());
    FUZZ_REQUIRE(sameRoutine(routine, *reloaded.routine));
    FUZZ_REQUIRE(RoutineWriter::toBytes(*reloaded.routine) == written);
    return 0;
}
