// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the validator says about the routine, one line each (errors first), or a tick when there is
// nothing to fix. Activating a line asks the window to show the field it is about.

#include "app/editor/diagnostic_paths.h"

#include <QListWidget>

namespace rollwise {

class RoutineDocument;

class DiagnosticsPanel : public QListWidget {
    Q_OBJECT

public:
    explicit DiagnosticsPanel(RoutineDocument& doc, QWidget* parent = nullptr);

signals:
    void targetActivated(const rollwise::DiagnosticTarget& target);

private:
    void refresh();

    RoutineDocument& m_doc;
};

} // namespace rollwise
