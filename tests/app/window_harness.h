#pragma once
// The main window as the widget tests drive it: on a manual clock, with a recording audio sink, throwaway
// settings and a throwaway data folder for the history. Suites put what the window reads while it is built
// (audio settings, the red-flag check) into `settings` first, then call open().

#include "app/audio/audio_sink.h"
#include "app/main_window.h"
#include "app/session_controller.h"
#include "core/clock.h"
#include "core/content_library.h"
#include "core/routine.h"
#include "core/session_engine.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rollwise::test {

struct WindowHarness {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ManualClock clock;
    RecordingAudioSink audio;
    std::unique_ptr<MainWindow> window;

    void open()
    {
        const ContentLibrary& content = ContentLibrary::builtIn();
        window = std::make_unique<MainWindow>(content, Routine::defaultRoutine(content), QString(),
                                              MainWindowServices{&clock, &audio, &settings, dir.filePath(QStringLiteral("data"))});
    }
    const SessionEngine& engine() const { return *window->controller()->engine(); }
    void key(Qt::Key k) { QTest::keyClick(window.get(), k); }
    // Moves the clock to `t` and lets the controller deliver what fell due.
    void at(Ms t)
    {
        clock.set(t);
        window->controller()->poll();
    }
};

} // namespace rollwise::test
