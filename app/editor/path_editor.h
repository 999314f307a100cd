// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws and edits a custom technique's roller paths on the body. Every change of the drawing is checked
// at once with the core SafetyValidator: a path whose roller band touches a contraindicated zone is drawn
// red, the zone is named, and the change is refused (the document keeps its last safe paths). A safe,
// complete path is applied to the document as an undoable edit.

#include "app/editor/roller_paths.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace rollwise {

class BodyArt;
class PathCanvas;
class RoutineDocument;

class PathEditor : public QWidget {
    Q_OBJECT

public:
    PathEditor(RoutineDocument& doc, const BodyArt& art, QWidget* parent = nullptr);

    // Shows a technique's paths: editable for a custom technique of the routine, read-only for a built-in.
    void setTechnique(const QString& id);
    QString techniqueId() const { return m_id; }
    PathCanvas* canvas() const { return m_canvas; }
    QDoubleSpinBox* widthBox() const { return m_width; }
    QString statusText() const;
    // The zones the drawing on screen touches; non-empty means it was refused.
    const QStringList& refusedZones() const { return m_verdict.zoneNames; }

private:
    void build();
    void reload();        // from the document
    void showCurrent();   // candidate → controls and canvas
    void candidateChanged(bool finished, int mergeKey = 0);
    void selectPath(int index);
    void addPath();
    void removePath();
    const Technique* technique() const;
    int customIndex() const;

    RoutineDocument& m_doc;
    QString m_id;
    Technique m_highlight;            // a copy: the frame keeps a pointer to it
    std::vector<RollerPath> m_paths;  // the candidate, stored form (right and centre paths only)
    int m_current = 0;
    PathVerdict m_verdict;
    bool m_applying = false;
    QString m_focusKey; // technique and view the canvas is zoomed for
    PathCanvas* m_canvas = nullptr;
    QComboBox* m_pathBox = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_side = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QPushButton* m_addPath = nullptr;
    QPushButton* m_removePath = nullptr;
    QPushButton* m_deletePoint = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace rollwise
