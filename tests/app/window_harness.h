// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window as the widget tests drive it: on a manual clock, with a recording audio sink, throwaway
// settings and a throwaway data folder for the history. Wall-clock time is `wallStart` plus the manual clock,
// in Berlin. Suites put what the window reads while it is built (audio settings, a clear safety check via
// seedClearScreening()) in place first, then call open().

#include "audio/audio_sink.h"
#include "app/window/main_window.h"
#include "app/session/session_controller.h"
#include "core/clock.h"
#include "core/content_library.h"
#include "core/history/history_store.h"
#include "core/history/screening_record.h"
#include "core/routine.h"
#include "core/session_engine.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace rollwise::test {

// A safety check answered "no" to every sign at `at`: what a person who may roll has on record.
inline ScreeningRecord clearScreening(const QDateTime& at)
{
    const Screening& s = ContentLibrary::builtIn().screening();
    ScreeningAnswers answers;
    for (const ScreeningSign& sign : s.signs())
        answers[sign.id] = false;
    return ScreeningRecord::check(at, assess(s, answers, false, {}, at.date()), answers, false, {});
}

// Writes a clear check into the history in `dataDirectory` before a window opens on it.
inline void seedClearScreening(const QString& dataDirectory, const QDateTime& at = QDateTime::currentDateTimeUtc())
{
    HistoryStore store(dataDirectory);
    store.load();
    store.appendScreening(clearScreening(at));
}

struct WindowHarness {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ManualClock clock;
    RecordingAudioSink audio;
    QDateTime wallStart{QDate(2025, 3, 10), QTime(8, 0), QTimeZone::utc()};
    QTimeZone zone{QByteArrayLiteral("Europe/Berlin")};
    Routine routine = Routine::defaultRoutine(ContentLibrary::builtIn());
    std::unique_ptr<MainWindow> window;

    QString dataDirectory() const { return dir.filePath(QStringLiteral("data")); }
    QDateTime now() const { return wallStart.addMSecs(clock.now().count()); }
    // A clear check an hour before the wall clock's start: the window may start a session at once.
    void seedClearScreening() { test::seedClearScreening(dataDirectory(), wallStart.addSecs(-3600)); }
    void open()
    {
        const ContentLibrary& content = ContentLibrary::builtIn();
        window = std::make_unique<MainWindow>(content, routine, QString(),
                                              MainWindowServices{&clock, &audio, &settings, dataDirectory()});
        window->setWallClock([this] { return now(); }, zone);
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
