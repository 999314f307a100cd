// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/editor_prompts.h"

#include "app/editor/custom_technique_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextDocument>

namespace rollwise {

namespace {
struct Prompts {
    Q_DECLARE_TR_FUNCTIONS(EditorPrompts)
};

QString routineFilter()
{
    return Prompts::tr("Rollwise routines (*.json);;All files (*)");
}
} // namespace

EditorPrompts EditorPrompts::withDefaults() const
{
    EditorPrompts p = *this;
    if (!p.unsavedChanges)
        p.unsavedChanges = [](QWidget* parent, const QString& name) {
            const auto answer = QMessageBox::warning(
                parent, Prompts::tr("Unsaved changes"),
                Qt::convertFromPlainText(Prompts::tr("Save the changes to \u201c%1\u201d before closing it?").arg(name)),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            return answer == QMessageBox::Save      ? Unsaved::Save
                   : answer == QMessageBox::Discard ? Unsaved::Discard
                                                    : Unsaved::Cancel;
        };
    if (!p.openFileName)
        p.openFileName = [](QWidget* parent, const QString& dir) {
            return QFileDialog::getOpenFileName(parent, Prompts::tr("Open Routine"), dir, routineFilter());
        };
    if (!p.saveFileName)
        p.saveFileName = [](QWidget* parent, const QString& suggested) {
            QString path = QFileDialog::getSaveFileName(parent, Prompts::tr("Save Routine As"), suggested, routineFilter());
            if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".json");
            return path;
        };
    if (!p.logoFileName)
        p.logoFileName = [](QWidget* parent, const QString& dir) {
            return QFileDialog::getOpenFileName(parent, Prompts::tr("Choose the Clinic's Logo"), dir,
                                                Prompts::tr("Logos (*.png *.svg);;All files (*)"));
        };
    if (!p.editTechnique)
        p.editTechnique = [](QWidget* parent, const RoutineDocument& doc, const Technique& start,
                             int index) -> std::optional<Technique> {
            CustomTechniqueDialog dialog(doc, start, index, parent);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.technique();
        };
    return p;
}

} // namespace rollwise
