// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The routine's exercises as a list model for a QListView: number, technique and dosage per row, an icon
// and tooltip when the validator has something to say about the row. Drag-and-drop reordering arrives
// as moveRows() (QListView's InternalMove), which becomes an undoable move on the document.

#include <QAbstractListModel>

namespace rollwise {

class RoutineDocument;

class ExerciseListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit ExerciseListModel(RoutineDocument& doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    // destinationChild is the row the item goes in front of, before the move (QAbstractItemModel's rule).
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

private:
    void refreshAll();

    RoutineDocument& m_doc;
};

} // namespace rollwise
