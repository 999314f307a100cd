// SPDX-License-Identifier: GPL-3.0-or-later
// The routine editor's actions (with their shortcuts), menus, and when each action is available.
#include "app/editor/routine_editor.h"
#include "core/seconds.h"

#include "app/editor/recent_files.h"
#include "app/editor/routine_document.h"
#include "app/editor/technique_library.h"
#include "app/learn/learn_view.h"
#include "app/sheet/sheet_dialog.h"
#include "core/session_plan.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QUndoStack>

namespace rollwise {

QAction* RoutineEditor::makeAction(const char* name, const QString& text, const QKeySequence& key)
{
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

void RoutineEditor::buildActions()
{
    QStyle* s = style();
    makeAction("actionNew", tr("&New Routine"), QKeySequence::New)->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    makeAction("actionOpen", tr("&Open…"), QKeySequence::Open)->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    makeAction("actionSave", tr("&Save"), QKeySequence::Save)->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    makeAction("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs);
    // Not Ctrl+P: that is QKeySequence::Print, here as in every window.
    QAction* use = makeAction("actionUseInPlayer", tr("&Use in Player"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    use->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    use->setToolTip(tr("Show this routine in the player window (it must pass every safety check)."));
    QAction* print = makeAction("actionPrint", tr("&Print Routine Sheet…"));
    print->setShortcuts(QKeySequence::Print);
    print->setToolTip(tr("Print the take-home sheet of this routine (it must pass every safety check)."));
    makeAction("actionClose", tr("&Close Editor"), QKeySequence::Close);

    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));

    makeAction("actionAddExercise", tr("&Add to Routine"), QKeySequence(Qt::CTRL | Qt::Key_Return))
        ->setIcon(s->standardIcon(QStyle::SP_ArrowRight));
    // These keys mean something else in text boxes: they act only while the exercise list has focus.
    makeAction("actionRemoveExercise", tr("&Remove Exercise"), QKeySequence::Delete)
        ->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    makeAction("actionMoveUp", tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up))->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    makeAction("actionMoveDown", tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down))
        ->setIcon(s->standardIcon(QStyle::SP_ArrowDown));
    makeAction("actionNewCustomTechnique", tr("&New Custom Technique…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
        ->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    makeAction("actionEditCustomTechnique", tr("&Edit Custom Technique…"));
    makeAction("actionDeleteCustomTechnique", tr("&Delete Custom Technique"));

    auto on = [this](const char* name, auto slot) {
        connect(findChild<QAction*>(QString::fromLatin1(name)), &QAction::triggered, this, slot);
    };
    on("actionNew", [this] { newRoutine(); });
    on("actionOpen", [this] { openWithDialog(); });
    on("actionSave", [this] { save(); });
    on("actionSaveAs", [this] { saveAs(); });
    on("actionUseInPlayer", [this] {
        if (!m_doc->hasErrors())
            emit useRoutineRequested(m_doc->routine());
    });
    on("actionPrint", [this] {
        if (!m_doc->hasErrors())
            printRoutineSheet(m_content, *m_art, m_doc->routine(), this,
                              [this](QWidget* over) { LearnView::open(m_content, *m_art, over); }, m_settings);
    });
    on("actionClose", [this] { close(); });
    on("actionAddExercise", [this] { addSelectedTechnique(); });
    on("actionRemoveExercise", [this] { m_doc->removeExercise(currentExercise()); });
    on("actionMoveUp", [this] { m_doc->moveExercise(currentExercise(), currentExercise() - 1); });
    on("actionMoveDown", [this] { m_doc->moveExercise(currentExercise(), currentExercise() + 1); });
    on("actionNewCustomTechnique", [this] { newCustomTechnique(); });
    on("actionEditCustomTechnique", [this] { editCustomTechnique(); });
    on("actionDeleteCustomTechnique", [this] { deleteCustomTechnique(); });
}

void RoutineEditor::buildMenus()
{
    auto action = [this](const char* name) { return findChild<QAction*>(QString::fromLatin1(name)); };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("actionNew"));
    file->addAction(action("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &RoutineEditor::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(action("actionSave"));
    file->addAction(action("actionSaveAs"));
    file->addSeparator();
    file->addAction(action("actionUseInPlayer"));
    file->addAction(action("actionPrint"));
    file->addSeparator();
    file->addAction(action("actionClose"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* name : {"actionUndo", "actionRedo", "", "actionAddExercise", "actionRemoveExercise",
                             "actionMoveUp", "actionMoveDown"})
        *name ? (void)edit->addAction(action(name)) : (void)edit->addSeparator();
    QMenu* technique = menuBar()->addMenu(tr("&Technique"));
    for (const char* name : {"actionNewCustomTechnique", "actionEditCustomTechnique", "actionDeleteCustomTechnique"})
        technique->addAction(action(name));
}

void RoutineEditor::updateActions()
{
    auto enable = [this](const char* name, bool on) { findChild<QAction*>(QString::fromLatin1(name))->setEnabled(on); };
    const int row = currentExercise();
    const int count = int(m_doc->routine().exercises.size());
    const bool custom = m_doc->customTechniqueIndex(m_library->currentTechniqueId()) >= 0;
    enable("actionAddExercise", !m_library->currentTechniqueId().isEmpty());
    enable("actionRemoveExercise", row >= 0);
    enable("actionMoveUp", row > 0);
    enable("actionMoveDown", row >= 0 && row + 1 < count);
    enable("actionEditCustomTechnique", custom);
    enable("actionDeleteCustomTechnique", custom);
    enable("actionUseInPlayer", !m_doc->hasErrors());
    enable("actionPrint", !m_doc->hasErrors());
    if (m_doc->hasErrors()) {
        const int n = m_doc->diagnostics().errorCount();
        m_summary->setText(n == 1 ? tr("1 problem to fix before saving") : tr("%1 problems to fix before saving").arg(n));
    } else {
        const qint64 seconds = wholeSecondsDown(SessionPlan::build(m_doc->routine(), m_content).totalDuration().count());
        const QString exercises = count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(count);
        m_summary->setText(tr("Ready to save \u00b7 %1 \u00b7 about %2 min")
                               .arg(exercises)
                               .arg(std::max<qint64>(1, (seconds + 30) / 60)));
    }
}

} // namespace rollwise
