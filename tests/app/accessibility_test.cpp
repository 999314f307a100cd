// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a user can reach has an accessible name (and the important ones a description), can be
// reached with the keyboard, and cues are announced to screen readers.
#include "app/anatomy/anatomy_view.h"
#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/window/main_window.h"
#include "app/window_harness.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "app/session/session_controls.h"
#include "app/session/session_panel.h"
#include "app/window/settings_dialog.h"
#include "app/sheet/sheet_dialog.h"
#include "core/content_library.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
bool interactive(QWidget* w)
{
    if (qobject_cast<QScrollBar*>(w))
        return false; // part of a scroll area, named by Qt
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QComboBox*>(w)
           || qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QAbstractItemView*>(w)
           || qobject_cast<QProgressBar*>(w) || qobject_cast<AnatomyView*>(w) || qobject_cast<QTextEdit*>(w);
}

// The names a screen reader would speak, for every interactive widget under `root` that lacks one.
// Interactive widgets without an accessible name, and how many were looked at: a check that found nothing to
// look at (the window not shown, the controls renamed) must fail rather than pass.
struct Unnamed {
    int inspected = 0;
    QStringList missing;
};

Unnamed unnamedIn(QWidget* root)
{
    Unnamed r;
    QStringList& missing = r.missing;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!interactive(w) || (w != root && !w->isVisibleTo(root)))
            continue;
        ++r.inspected;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            missing << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return r;
}

// Every interactive widget named, among at least `atLeast` of them.
std::string unnamed(QWidget* root, int atLeast = 1)
{
    const Unnamed r = unnamedIn(root);
    if (r.inspected < atLeast)
        return QStringLiteral("only %1 interactive widgets found, expected at least %2").arg(r.inspected).arg(atLeast).toStdString();
    return r.missing.join(QStringLiteral(", ")).toStdString();
}

struct Window {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ManualClock clock;
    RecordingAudioSink audio;
    MainWindow window{ContentLibrary::builtIn(), Routine::defaultRoutine(ContentLibrary::builtIn()), QString(),
                      MainWindowServices{&clock, &audio, &settings, dir.filePath(QStringLiteral("data"))}};
};
} // namespace

TEST(Accessibility, EveryControlOfTheMainWindowAndItsDialogsHasAName)
{
    Window w;
    w.window.show();
    EXPECT_EQ(unnamed(&w.window, 10), "");
    const ContentLibrary& content = ContentLibrary::builtIn();
    RedFlagCheck check(content);
    EXPECT_EQ(unnamed(&check), "");
    StopAdvice advice(content, 24);
    EXPECT_EQ(unnamed(&advice), "");
    SettingsDialog settings(AudioSettings{});
    EXPECT_EQ(unnamed(&settings), "");
    SheetDialog sheet(SheetOptions{}, QStringLiteral("Print"));
    EXPECT_EQ(unnamed(&sheet), "");
}

TEST(Accessibility, SessionButtonsDescribeThemselvesAndTakeKeyboardFocus)
{
    Window w;
    SessionControls* c = w.window.controls();
    for (QPushButton* b : {c->startPause(), c->tenderSpot(), c->released(), c->skip(), c->back(), c->stop(), c->safetyStop()}) {
        EXPECT_FALSE(b->accessibleDescription().isEmpty()) << b->objectName().toStdString();
        EXPECT_TRUE(b->focusPolicy() & Qt::TabFocus) << b->objectName().toStdString();
        EXPECT_FALSE(b->toolTip().isEmpty()) << b->objectName().toStdString();
    }
    EXPECT_FALSE(w.window.bodyView()->accessibleDescription().isEmpty());
}

TEST(Accessibility, CuesAreAnnouncedToScreenReaders)
{
    Window w;
    w.window.history()->recordScreening(test::clearScreening(QDateTime::currentDateTimeUtc()));
    w.window.show();
    QStringList alerts;
    QObject::connect(w.window.sessionPanel(), &SessionPanel::announced, [&](const QString& text) { alerts << text; });
    w.window.startOrPause();
    w.clock.set(Ms{5000});
    w.window.controller()->poll();
    EXPECT_EQ(alerts, (QStringList{QStringLiteral("Get ready: Glutes and piriformis, right side"), QStringLiteral("3"),
                                   QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("Roll slowly, 60 seconds")}));
    // The phase label carries the announcement as its accessible name: what a screen reader reads on the alert.
    auto* phase = w.window.findChild<QLabel*>(QStringLiteral("phaseLabel"));
    ASSERT_NE(phase, nullptr);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(phase)->text(QAccessible::Name), QStringLiteral("Roll slowly, 60 seconds"));
}
