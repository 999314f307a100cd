// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up for the editor tests: a RoutineEditor with throwaway settings and scripted answers to
// every question it asks (no modal dialogs), plus helpers that drive it through its real widgets.

#include "app/editor/editor_prompts.h"
#include "app/editor/routine_document.h"
#include "app/editor/routine_editor.h"
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace rollwise::test {

inline const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

inline QString exampleRoutinePath()
{
    return QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json");
}

inline QByteArray bytes(const Routine& r)
{
    return RoutineWriter::toBytes(r);
}

struct EditorFixture {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    // Scripted answers, and how often each question was asked.
    EditorPrompts::Unsaved unsavedAnswer = EditorPrompts::Unsaved::Cancel;
    int unsavedAsked = 0;
    QString saveAnswer;
    int saveAsked = 0;
    QString openAnswer;
    QString logoAnswer;
    std::optional<Technique> techniqueAnswer;
    std::unique_ptr<RoutineEditor> editor;

    EditorFixture()
    {
        RoutineEditorServices services;
        services.settings = &settings;
        services.prompts.unsavedChanges = [this](QWidget*, const QString&) {
            ++unsavedAsked;
            return unsavedAnswer;
        };
        services.prompts.saveFileName = [this](QWidget*, const QString&) {
            ++saveAsked;
            return saveAnswer;
        };
        services.prompts.openFileName = [this](QWidget*, const QString&) { return openAnswer; };
        services.prompts.logoFileName = [this](QWidget*, const QString&) { return logoAnswer; };
        services.prompts.editTechnique = [this](QWidget*, const RoutineDocument&, const Technique&, int) {
            return techniqueAnswer;
        };
        editor = std::make_unique<RoutineEditor>(content(), services);
        editor->resize(1400, 880);
        // Closing the editor in a test must not end the application.
        QApplication::setQuitOnLastWindowClosed(false);
        editor->show();
        QApplication::setActiveWindow(editor.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    }

    RoutineDocument& doc() const { return *editor->document(); }
    const Routine& routine() const { return editor->document()->routine(); }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    // The documented example routine, copied so that saving can never touch the repository's file.
    QString copyOfExample(const char* name) const
    {
        const QString to = path(name);
        QFile::remove(to);
        EXPECT_TRUE(QFile::copy(exampleRoutinePath(), to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }
    QAction* action(const char* name) const
    {
        auto* a = editor->findChild<QAction*>(QString::fromLatin1(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    }
    void trigger(const char* name) const
    {
        QAction* a = action(name);
        ASSERT_TRUE(a->isEnabled()) << name << " is disabled";
        a->trigger();
    }
    template <typename T>
    T* child(const char* name) const
    {
        auto* w = editor->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    // Types into a widget the way a user does: select everything, then type.
    void retype(QWidget* w, const QString& text) const
    {
        w->setFocus();
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
    }
};

// A custom technique as the dialog would return it, without a roller path yet.
inline Technique customTechnique(const QString& id = QStringLiteral("upper-glute-short"))
{
    Technique t;
    t.id = id;
    t.name = QStringLiteral("Upper glute, short strokes");
    t.groupId = QStringLiteral("glutes-piriformis");
    t.primaryTargets = {QStringLiteral("glutes")};
    t.perSide = true;
    t.steps = {QStringLiteral("Sit on the roller with your hands behind you."),
               QStringLiteral("Lean onto one glute and roll a few centimetres up and down.")};
    t.custom = true;
    return t;
}

} // namespace rollwise::test
