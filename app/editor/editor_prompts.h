// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every question the editor asks the user, as replaceable functions: the program uses real dialogs,
// tests answer directly (no modal event loop to drive).

#include "core/technique.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rollwise {

class RoutineDocument;

struct EditorPrompts {
    enum class Unsaved { Save, Discard, Cancel };

    // "Save the changes to <name>?" before the routine is closed, replaced or a new one started.
    std::function<Unsaved(QWidget* parent, const QString& documentName)> unsavedChanges;
    // A routine file to open (empty: cancelled).
    std::function<QString(QWidget* parent, const QString& directory)> openFileName;
    // Where to save (empty: cancelled).
    std::function<QString(QWidget* parent, const QString& suggestedPath)> saveFileName;
    // The clinic's logo, a PNG or SVG file (empty: cancelled).
    std::function<QString(QWidget* parent, const QString& directory)> logoFileName;
    // The details of a custom technique (index -1: a new one); nullopt when cancelled.
    std::function<std::optional<Technique>(QWidget* parent, const RoutineDocument& doc, const Technique& start,
                                           int index)>
        editTechnique;

    // This set with every missing answer provided by the real dialog.
    EditorPrompts withDefaults() const;
};

} // namespace rollwise
