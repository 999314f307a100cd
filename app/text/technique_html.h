// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rich-text description of one exercise (why, position, steps, cautions, dosage) built from the content
// library, for the main window's detail pane.

#include <QString>

namespace rollwise {

class ContentLibrary;
struct Exercise;
struct Routine;

QString exerciseHtml(const Routine& routine, size_t index, const ContentLibrary& content);

} // namespace rollwise
