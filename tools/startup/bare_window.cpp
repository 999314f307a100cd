// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for tools/startup/measure.sh: a bare Qt Widgets program (a QMainWindow with a label) built in the
// same tree, with the same flags, as rollwise. It shows its window, and right after the first frame has been
// painted and flushed it prints "first-frame-ms N" (milliseconds since the process started) and quits.
//
// It uses the same protocol as rollwise's ROLLWISE_QUIT_AFTER_FIRST_FRAME hook (docs/install.md):
//  - the clock starts at ROLLWISE_STARTUP_T0_US (CLOCK_REALTIME, microseconds) when the launcher sets it just
//    before exec, so dynamic loading is counted; otherwise at the kernel's process start time (10 ms steps);
//  - the first frame is the end of the event-loop pass in which the window's first paint event was delivered
//    (all widgets painted, backing store flushed);
//  - the window has rollwise's size, 1280×820 bounded to 95 % of the screen, so both back the same pixels.

#include "app/cli/first_frame_probe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>




int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt Widgets window"));
    auto* label = new QLabel(QStringLiteral("Bare Qt Widgets window: the start-up baseline for Rollwise."));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    const QSize available = window.screen() ? window.screen()->availableGeometry().size() : QSize(1280, 820);
    window.resize(QSize(1280, 820).boundedTo(available * 0.95));
    new rollwise::FirstFrameProbe(&window);
    window.show();
    return app.exec();
}
