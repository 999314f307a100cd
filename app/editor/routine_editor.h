// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clinician's routine editor: the technique library on the left, the routine (its details, its
// exercises in order and the validator's findings) in the middle, and the selected exercise's settings or
// a custom technique's roller path on the right. A thin view over RoutineDocument, which holds the
// routine, the undo stack and the diagnostics.

#include "app/editor/editor_prompts.h"
#include "core/routine.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QSettings;
class QTabWidget;

namespace rollwise {

class BodyArt;
class ContentLibrary;
class DiagnosticsPanel;
struct DiagnosticTarget;
class ExerciseForm;
class ExerciseListModel;
class PathEditor;
class PrescriptionForm;
class RecentFiles;
class RoutineDocument;
class RoutineInfoForm;
class TechniqueLibrary;

struct RoutineEditorServices {
    QSettings* settings = nullptr; // recent files, the sheet's clinic; null: the user's settings
    EditorPrompts prompts;         // questions to the user; missing ones use the real dialogs
};

class RoutineEditor : public QMainWindow {
    Q_OBJECT

public:
    explicit RoutineEditor(const ContentLibrary& content, RoutineEditorServices services = {},
                           QWidget* parent = nullptr);
    ~RoutineEditor() override;

    RoutineDocument* document() const { return m_doc; }

    // Each asks about unsaved changes first and returns false when the user cancels (or, for files,
    // when the file cannot be read: the reason is shown in the window's banner).
    bool newRoutine();
    bool openFile(const QString& path);
    // Edit a routine that is not (or not only) a file, e.g. the one the player shows.
    bool editRoutine(const Routine& routine, const QString& filePath = {});
    // False when the routine does not pass the validator (the banner says why) or cannot be written.
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // True when the current routine may be thrown away: it is saved, or the user said so.
    bool maybeDiscard();
    QStringList recentFiles() const;

    int currentExercise() const;
    void selectExercise(int row);
    TechniqueLibrary* library() const { return m_library; }
    QListView* exerciseList() const { return m_exerciseList; }
    PathEditor* pathEditor() const { return m_pathEditor; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* diagnosticsList() const;
    QLabel* banner() const { return m_banner; }
    QMenu* recentMenu() const { return m_recentMenu; }

signals:
    // The routine was written to `path` (the main window may reload it).
    void routineSaved(const rollwise::Routine& routine, const QString& path);
    // "Use in Player": the edited routine, valid, whether saved or not.
    void useRoutineRequested(const rollwise::Routine& routine);

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    void buildActions();
    void buildLayout();
    void buildMenus();
    void updateActions();
    void updateTitle();
    void jumpTo(const DiagnosticTarget& target);
    void showBanner(const QString& text);
    void hideBanner();
    void rebuildRecentMenu();
    void addSelectedTechnique();
    void newCustomTechnique();
    void editCustomTechnique();
    void deleteCustomTechnique();
    void openWithDialog();
    bool loadFile(const QString& path);
    QAction* makeAction(const char* name, const QString& text, const QKeySequence& key = {});

    const ContentLibrary& m_content;
    std::unique_ptr<BodyArt> m_art;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings = nullptr; // recent files, the clinic for the sheet
    std::unique_ptr<RecentFiles> m_recent;
    EditorPrompts m_prompts;
    RoutineDocument* m_doc = nullptr;
    ExerciseListModel* m_model = nullptr;
    TechniqueLibrary* m_library = nullptr;
    RoutineInfoForm* m_info = nullptr;
    QListView* m_exerciseList = nullptr;
    DiagnosticsPanel* m_diagnostics = nullptr;
    ExerciseForm* m_form = nullptr;
    PathEditor* m_pathEditor = nullptr;
    PrescriptionForm* m_prescription = nullptr;
    QWidget* m_prescriptionTab = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace rollwise
