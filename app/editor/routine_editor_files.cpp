// SPDX-License-Identifier: GPL-3.0-or-later
// The routine editor's commands that go beyond one edit: files (new, open, save, recent files and the
// unsaved-changes question) and custom techniques (their details come from a dialog).
#include "app/editor/routine_editor.h"

#include "app/editor/path_editor.h"
#include "app/editor/recent_files.h"
#include "app/editor/routine_document.h"
#include "app/editor/technique_library.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>

namespace rollwise {

void RoutineEditor::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->show();
}

void RoutineEditor::hideBanner()
{
    m_banner->clear();
    m_banner->hide();
}

bool RoutineEditor::maybeDiscard()
{
    if (!m_doc->isModified())
        return true;
    switch (m_prompts.unsavedChanges(this, m_doc->displayName())) {
    case EditorPrompts::Unsaved::Save: return save();
    case EditorPrompts::Unsaved::Discard: return true;
    case EditorPrompts::Unsaved::Cancel: return false;
    }
    return false;
}

bool RoutineEditor::newRoutine()
{
    if (!maybeDiscard())
        return false;
    m_doc->reset(RoutineDocument::blankRoutine());
    hideBanner();
    return true;
}

bool RoutineEditor::editRoutine(const Routine& routine, const QString& filePath)
{
    if (!maybeDiscard())
        return false;
    m_doc->reset(routine, filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath());
    hideBanner();
    return true;
}

bool RoutineEditor::openFile(const QString& path)
{
    return maybeDiscard() && loadFile(path);
}

void RoutineEditor::openWithDialog()
{
    if (!maybeDiscard())
        return;
    const QStringList recent = m_recent->files();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.front()).absolutePath();
    if (const QString path = m_prompts.openFileName(this, dir); !path.isEmpty())
        loadFile(path);
}

bool RoutineEditor::loadFile(const QString& path)
{
    Diagnostics problems;
    if (!m_doc->open(path, &problems)) {
        // The routine on screen stays as it was; the banner says what is wrong with the file and where.
        showBanner(tr("Could not open %1:\n%2").arg(QFileInfo(path).fileName(), problems.toText()));
        rebuildRecentMenu();
        return false;
    }
    hideBanner();
    m_recent->add(path);
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_doc->filePath())), 5000);
    return true;
}

bool RoutineEditor::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveTo(m_doc->filePath());
}

bool RoutineEditor::saveAs()
{
    // Say why before asking where: an unsafe routine is not going to be written anywhere.
    if (const QString blocker = m_doc->saveBlocker(); !blocker.isEmpty()) {
        showBanner(blocker);
        return false;
    }
    QString suggested = m_doc->filePath();
    if (suggested.isEmpty()) {
        static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"));
        const QString name = m_doc->routine().title.trimmed().replace(unsafe, QString()).left(60);
        const QStringList recent = m_recent->files();
        const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.front()).absolutePath();
        suggested = QDir(dir).filePath((name.isEmpty() ? tr("routine") : name) + QStringLiteral(".json"));
    }
    const QString path = m_prompts.saveFileName(this, suggested);
    return !path.isEmpty() && saveTo(path);
}

bool RoutineEditor::saveTo(const QString& path)
{
    if (const QString error = m_doc->saveAs(path); !error.isEmpty()) {
        showBanner(error);
        return false;
    }
    hideBanner();
    m_recent->add(m_doc->filePath());
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_doc->filePath())), 5000);
    emit routineSaved(m_doc->routine(), m_doc->filePath());
    return true;
}

QStringList RoutineEditor::recentFiles() const
{
    return m_recent->files();
}

void RoutineEditor::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent routines"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Routines"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_recent->clear();
        rebuildRecentMenu();
    });
}

void RoutineEditor::closeEvent(QCloseEvent* e)
{
    if (maybeDiscard())
        e->accept();
    else
        e->ignore();
}

void RoutineEditor::addSelectedTechnique()
{
    const QString id = m_library->currentTechniqueId();
    if (id.isEmpty())
        return;
    const int current = currentExercise();
    const int row = m_doc->addTechnique(id, current >= 0 ? current + 1 : -1);
    if (row >= 0)
        selectExercise(row);
}

void RoutineEditor::newCustomTechnique()
{
    Technique start;
    start.perSide = true;
    const auto t = m_prompts.editTechnique(this, *m_doc, start, -1);
    if (!t)
        return;
    m_doc->addCustomTechnique(*t);
    // Next step: draw where the roller goes.
    m_library->selectTechnique(t->id);
    m_tabs->setCurrentWidget(m_pathEditor);
}

void RoutineEditor::editCustomTechnique()
{
    const int index = m_doc->customTechniqueIndex(m_library->currentTechniqueId());
    if (index < 0)
        return;
    const Technique& current = m_doc->routine().customTechniques[size_t(index)];
    if (const auto t = m_prompts.editTechnique(this, *m_doc, current, index))
        m_doc->setCustomTechnique(index, *t, tr("Edit technique %1").arg(t->name));
}

void RoutineEditor::deleteCustomTechnique()
{
    const int index = m_doc->customTechniqueIndex(m_library->currentTechniqueId());
    if (const QString error = m_doc->removeCustomTechnique(index); !error.isEmpty())
        showBanner(error);
    else
        hideBanner();
}

} // namespace rollwise
