// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The techniques a routine can use: the built-in ones from the content library, then the routine's own
// custom techniques (with the validator's verdict on each). Activating one (double-click or Enter) asks
// for it to be added to the routine.

#include <QWidget>

class QListWidget;
class QVBoxLayout;

namespace rollwise {

class RoutineDocument;

class TechniqueLibrary : public QWidget {
    Q_OBJECT

public:
    explicit TechniqueLibrary(RoutineDocument& doc, QWidget* parent = nullptr);

    QString currentTechniqueId() const;
    bool selectTechnique(const QString& id);
    QListWidget* list() const { return m_list; }
    // Where the window puts its buttons (add, new, edit, delete custom technique).
    QVBoxLayout* buttonArea() const { return m_buttons; }

signals:
    void currentTechniqueChanged(const QString& id);
    void techniqueActivated(const QString& id);

private:
    void rebuild();
    void addHeader(const QString& text);
    void showProblems();

    RoutineDocument& m_doc;
    QListWidget* m_list = nullptr;
    QVBoxLayout* m_buttons = nullptr;
    QString m_current;
};

} // namespace rollwise
