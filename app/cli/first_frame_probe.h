// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Start-up measurement (tools/startup/measure.sh, docs/install.md). With ROLLWISE_QUIT_AFTER_FIRST_FRAME=1 the
// window quits right after its first frame and prints "first-frame-ms N" on stdout. Header-only, so the bare
// Qt baseline (tools/startup) uses exactly the same clock and the same definition of "first frame"
// without linking any of Rollwise.
//  - the clock starts at ROLLWISE_STARTUP_T0_US (CLOCK_REALTIME, microseconds) when the launcher sets it just
//    before exec, so dynamic loading is counted; otherwise at the kernel's process start time (10 ms steps);
//  - the first frame is the end of the event-loop pass in which the window's first paint event was delivered
//    (all widgets painted, backing store flushed).

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include <time.h>
#include <unistd.h>

namespace rollwise {

// Milliseconds since this process started (see the header comment).
inline double msSinceProcessStart()
{
    using namespace std::chrono;
    if (const char* t0 = std::getenv("ROLLWISE_STARTUP_T0_US"); t0 && *t0) {
        const auto nowUs = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
        return static_cast<double>(nowUs - std::atoll(t0)) / 1000.0;
    }
    // Field 22 of /proc/self/stat: start time in clock ticks since boot (CLOCK_BOOTTIME).
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto afterComm = text.rfind(')');
    if (afterComm == std::string::npos)
        return -1.0;
    std::size_t pos = afterComm + 2; // field 3
    for (int field = 3; field < 22 && pos != std::string::npos; ++field)
        pos = text.find(' ', pos) + 1;
    const double startS = std::strtod(text.c_str() + pos, nullptr) / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9 - startS) * 1000.0;
}

// Quits the application at the end of the event-loop pass that delivered the window's first paint event.
class FirstFrameProbe : public QObject {
public:
    explicit FirstFrameProbe(QWidget* window) : QObject(window), m_window(window) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("first-frame-ms %.1f\n", msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget* m_window;
    bool m_seen = false;
};


} // namespace rollwise
