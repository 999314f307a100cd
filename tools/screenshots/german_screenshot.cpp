// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: draws the player window in German, rolling the right glutes, to docs/screenshots/de-roll.png.
//   build/tools/screenshots/german_screenshot docs
// With moments in seconds after it (german_screenshot /tmp/shots 36 100 …) it draws the session at each of them
// instead, to de-<seconds>.png, for checking that the German texts of every phase fit.
#include "german.h"

#include "audio/audio_sink.h"
#include "app/window/main_window.h"
#include "app/window_harness.h"
#include "app/session/session_controller.h"
#include "core/clock.h"
#include "core/content_library.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace rollwise;
using namespace std::chrono_literals;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));
    if (!test::useGerman()) {
        std::fprintf(stderr, "german_screenshot: the German translation is not compiled in\n");
        return 1;
    }
    const QString out = (argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs")) + QStringLiteral("/screenshots");
    QDir().mkpath(out);
    const ContentLibrary& content = ContentLibrary::builtIn();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    test::seedClearScreening(dir.filePath(QStringLiteral("data")));
    ManualClock clock;
    RecordingAudioSink audio;
    MainWindow w(content, Routine::defaultRoutine(content), {},
                 MainWindowServices{&clock, &audio, &settings, dir.filePath(QStringLiteral("data"))});
    w.resize(1400, 860); // the size of docs/screenshots/04-roll.png
    w.show();
    QTest::qWait(50);
    w.startOrPause();
    QList<int> moments;
    for (int i = 2; i < argc; ++i)
        moments << QString::fromLocal8Bit(argv[i]).toInt();
    for (int seconds : moments.isEmpty() ? QList<int>{24} : moments) {
        clock.set(Ms(seconds * 1000));
        w.controller()->poll();
        QApplication::processEvents();
        const QString path = out + (moments.isEmpty() ? QStringLiteral("/de-roll.png") : QStringLiteral("/de-%1.png").arg(seconds));
        if (!w.grab().toImage().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
