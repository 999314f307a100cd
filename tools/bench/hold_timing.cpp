// SPDX-License-Identifier: GPL-3.0-or-later
// Real-clock check, not a unit test: runs tender-spot holds on the monotonic clock through the same
// SessionController the GUI uses and reports how late each cue reached the application.
//   build/tools/bench/hold_timing [holds=5] [holdSeconds=30]
#include "app/session/session_controller.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rollwise;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int holds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int holdSeconds = argc > 2 ? std::clamp(atoi(argv[2]), 5, 120) : 30;
    const ContentLibrary& content = ContentLibrary::builtIn();
    Routine routine = Routine::defaultRoutine(content);
    Exercise e = routine.exercises[3]; // thoracic spine: one side
    e.holdSeconds = holdSeconds;
    e.rollSeconds = 10;
    e.restSeconds = 0;
    e.transitionSeconds = 3;
    routine.exercises.assign(size_t(holds), e);

    SteadyClock clock;
    SessionController controller(&clock);
    controller.load(SessionPlan::build(routine, content));
    Ms start{0};
    std::vector<double> holdEnd;
    std::vector<double> all;
    QObject::connect(&controller, &SessionController::cue, [&](const CueEvent& c) {
        const double late = double((clock.now() - (start + c.offset)).count());
        all.push_back(late);
        if (c.type == CueType::StartRolling)
            QTimer::singleShot(0, &controller, &SessionController::tenderSpot);
        if (c.type == CueType::HoldComplete) {
            holdEnd.push_back(late);
            std::printf("hold %zu ended %.0f ms after its deadline\n", holdEnd.size(), late);
            QTimer::singleShot(0, &controller, [&] {
                controller.skip(); // release
                controller.skip(); // the rest of the roll
            });
        }
        if (c.type == CueType::SessionComplete)
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    start = clock.now();
    controller.start();
    app.exec();
    auto report = [](const char* what, std::vector<double> v) {
        if (v.empty())
            return;
        std::sort(v.begin(), v.end());
        double sum = 0;
        for (double x : v)
            sum += x;
        std::printf("%s: n=%zu mean %.2f ms, median %.0f ms, max %.0f ms\n", what, v.size(), sum / double(v.size()),
                    v[v.size() / 2], v.back());
    };
    report("hold-end lateness", holdEnd);
    report("all cues lateness", all);
    return 0;
}
