#pragma once
// The home window: the routine's exercises, the selected technique's steps, and session controls
// wired to the engine. It only presents core state; all decisions live in core.

#include "core/routine.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace rollwise {

class ContentLibrary;
class SessionController;
struct CueEvent;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // problems: diagnostics from loading the requested routine, shown in a banner (empty: none).
    MainWindow(const ContentLibrary& content, Routine routine, QString problems = {},
               SessionController* controller = nullptr, QWidget* parent = nullptr);

    const Routine& routine() const { return m_routine; }
    SessionController* controller() const { return m_controller; }
    void setRoutine(Routine routine);

private slots:
    void openRoutine();
    void exportRoutine();
    void showExercise(int row);
    void refresh();
    void onCue(const rollwise::CueEvent& e);

private:
    void buildMenus();
    void showProblems(const QString& text);

    const ContentLibrary& m_content;
    Routine m_routine;
    SessionController* m_controller;
    QLabel* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace rollwise
