// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/exercise_list_model.h"

#include "app/editor/diagnostic_paths.h"
#include "app/editor/routine_document.h"
#include "app/text/labels.h"
#include "core/content_library.h"

#include <QApplication>
#include <QStyle>

namespace rollwise {

ExerciseListModel::ExerciseListModel(RoutineDocument& doc, QObject* parent) : QAbstractListModel(parent), m_doc(doc)
{
    connect(&doc, &RoutineDocument::exerciseAboutToBeInserted, this, [this](int i) { beginInsertRows({}, i, i); });
    connect(&doc, &RoutineDocument::exerciseInserted, this, [this] {
        endInsertRows();
        refreshAll(); // the numbers of the rows below changed
    });
    connect(&doc, &RoutineDocument::exerciseAboutToBeRemoved, this, [this](int i) { beginRemoveRows({}, i, i); });
    connect(&doc, &RoutineDocument::exerciseRemoved, this, [this] {
        endRemoveRows();
        refreshAll();
    });
    connect(&doc, &RoutineDocument::exerciseAboutToBeMoved, this, [this](int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(&doc, &RoutineDocument::exerciseMoved, this, [this] {
        endMoveRows();
        refreshAll();
    });
    connect(&doc, &RoutineDocument::exerciseChanged, this, [this](int i) {
        emit dataChanged(index(i), index(i));
    });
    connect(&doc, &RoutineDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(&doc, &RoutineDocument::documentReset, this, [this] { endResetModel(); });
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &ExerciseListModel::refreshAll);
}

void ExerciseListModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_doc.routine().exercises.size());
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Routine& routine = m_doc.routine();
    const Exercise& e = routine.exercises[size_t(index.row())];
    const Technique* t = routine.technique(e.techniqueId, m_doc.content());
    const QString name = t ? t->name : e.techniqueId;
    const auto diagnostics = m_doc.diagnosticsAt(RoutineDocument::exercisePath(index.row()));
    const bool error = std::any_of(diagnostics.begin(), diagnostics.end(),
                                   [](const Diagnostic& d) { return d.severity == Severity::Error; });
    switch (role) {
    case Qt::DisplayRole: {
        QString title = tr("%1. %2").arg(QString::number(index.row() + 1), name);
        if (t && t->custom)
            title += tr("  (custom)");
        return title + QLatin1Char('\n') + dosageSummary(routine, size_t(index.row()), m_doc.content());
    }
    case Qt::AccessibleTextRole:
        return tr("Exercise %1: %2, %3").arg(QString::number(index.row() + 1), name,
                                            dosageSummary(routine, size_t(index.row()), m_doc.content()));
    case Qt::DecorationRole:
        if (diagnostics.empty())
            return {};
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Diagnostic& d : diagnostics)
            lines << diagnosticMessage(d);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

Qt::ItemFlags ExerciseListModel::flags(const QModelIndex& index) const
{
    // Items can be dragged, and dropped between (never onto) other items.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool ExerciseListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    m_doc.moveExercise(sourceRow, to);
    return true;
}

} // namespace rollwise
