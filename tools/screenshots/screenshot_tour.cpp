// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates the pictures in docs/: the player window in every phase of a session (on a manual clock),
// the safety screens, a snapshot of each technique and the pages of the printed sheet. The app draws them
// itself, so they always show what the code does.
//   build/tools/screenshots/screenshot_tour docs
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "app/anatomy/body_art.h"
#include "app/learn/learn_view.h"
#include "app/window/main_window.h"
#include "app/session/presentation_mode.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "app/sheet/sheet_renderer.h"
#include "app/anatomy/snapshot.h"
#include "core/content_library.h"
#include "core/session_engine.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {
void save(const QImage& img, const QString& path)
{
    if (!img.save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs");
    QDir().mkpath(out + QStringLiteral("/screenshots"));
    QDir().mkpath(out + QStringLiteral("/snapshots"));
    const ContentLibrary& content = ContentLibrary::builtIn();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ManualClock clock;
    RecordingAudioSink audio;
    MainWindow w(content, Routine::defaultRoutine(content), {}, MainWindowServices{&clock, &audio, &settings, dir.filePath(QStringLiteral("data"))});
    w.resize(1400, 860);
    w.show();
    QTest::qWait(50);
    auto shot = [&](const char* name) {
        for (int i = 0; i < 3; ++i) // a cue's dialog opens on the next turn, and the column fits it on the one after
            QApplication::processEvents();
        save(w.grab().toImage(), out + QStringLiteral("/screenshots/") + QString::fromLatin1(name));
    };
    auto at = [&](Ms t) {
        clock.set(t);
        w.controller()->poll();
    };
    shot("01-routine.png");

    w.startOrPause(); // first session: the red-flag check comes first
    auto* check = w.findChild<RedFlagCheck*>();
    if (check) {
        check->answerAll(false);
        check->answer(content.redFlags()[1].id, true);
    }
    if (check) {
        QApplication::processEvents();
        save(check->grab().toImage(), out + QStringLiteral("/screenshots/02-safety-check.png"));
        check->answerAll(false);
        check->reject(); // recorded all clear: the tour's session starts without asking again
    }
    w.startOrPause();
    at(2s);
    shot("03-get-ready.png");
    at(24s);
    shot("04-roll.png");
    w.controller()->tenderSpot();
    at(36s);
    shot("05-hold.png");
    at(100s); // the hold, its release and the rest of the roll are over: switching to the left side
    shot("06-switch-side.png");
    at(196s + 4s);
    shot("07-rest.png");
    while (w.controller()->engine()->isRunning())
        at(w.controller()->engine()->nextDue());
    shot("08-done.png");

    // Presentation mode: large type, controls hidden, zoomed on the target (what a patient sees on a projector).
    w.setRoutine(Routine::defaultRoutine(content));
    w.startOrPause();
    at(clock.now() + 12s);
    w.presentation()->setActive(true);
    w.presentation()->setZoomed(true);
    w.presentation()->hideIdleControls();
    QApplication::processEvents();
    w.resize(1400, 860);
    shot("10-presentation.png");
    w.presentation()->setActive(false);

    // The Learn window (F1) at the size it takes on this screen, on the lumbar reasons and on a muscle group.
    w.showLearn();
    if (auto* learn = w.findChild<LearnView*>()) {
        for (const auto& [id, name] : {std::pair{"lumbar-spine", "11-learn-lumbar.png"}, std::pair{"group-hip-flexors", "12-learn-hip-flexors.png"}}) {
            for (size_t i = 0; i < learn->topics().size(); ++i)
                if (learn->topics()[i].id == QLatin1String(id))
                    learn->topicList()->setCurrentRow(int(i));
            QTest::qWait(30);
            save(learn->grab().toImage(), out + QStringLiteral("/screenshots/") + QString::fromLatin1(name));
        }
        learn->close();
    }

    StopAdvice advice(content, 24); // at the size it takes itself: the session's large type, nothing cut off
    save(advice.grab().toImage(), out + QStringLiteral("/screenshots/09-safety-stop.png"));

    const BodyArt art;
    for (const Technique& t : content.techniques()) {
        SnapshotRequest body;
        body.techniqueId = t.id;
        body.size = QSize(600, 1000);
        body.atSeconds = 14;
        save(renderSnapshot(body, content, art).image, out + QStringLiteral("/snapshots/%1-body.png").arg(t.id));
        SnapshotRequest pose = body;
        pose.view = QStringLiteral("pose");
        pose.size = QSize(1000, 520);
        save(renderSnapshot(pose, content, art).image, out + QStringLiteral("/snapshots/%1-pose.png").arg(t.id));
    }
    const Routine routine = Routine::defaultRoutine(content);
    SheetOptions options = SheetOptions::fromRoutine(routine);
    options.patient = QStringLiteral("Jane Doe");
    options.clinician = QStringLiteral("Dr A. Lee, PT");
    const SheetRenderer sheet(content, art, routine, options);
    for (int p = 0; p < sheet.pageCount(); ++p)
        save(sheet.pageImage(p, 110), out + QStringLiteral("/screenshots/sheet-page-%1.png").arg(p + 1));
    options.layout = SheetLayout::Card;
    const SheetRenderer card(content, art, routine, options);
    save(card.pageImage(0, 110), out + QStringLiteral("/screenshots/sheet-card.png"));
    return 0;
}
