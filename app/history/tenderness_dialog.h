// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asked after a completed or stopped session: how tender was each muscle group worked, before and after,
// from 0 (not at all) to 10. Every value starts "not rated" and the whole dialog can be skipped: a rating
// the user did not give is never invented.

#include "core/history/session_record.h"

#include <QDialog>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

class QSpinBox;

namespace rollwise {

class ContentLibrary;

struct TendernessRating {
    QString groupId;
    std::optional<int> before;
    std::optional<int> after;
};

class TendernessDialog : public QDialog {
    Q_OBJECT

public:
    // groupIds: the muscle groups worked, in routine order (SessionRecord::workedGroups()).
    TendernessDialog(const QStringList& groupIds, const ContentLibrary& content, QWidget* parent = nullptr);

    // One entry per group, in order; unrated values are empty.
    std::vector<TendernessRating> ratings() const;
    // Writes the ratings into the record's exercises (SessionRecord::setTenderness).
    void applyTo(SessionRecord& record) const;

    QSpinBox* beforeBox(const QString& groupId) const;
    QSpinBox* afterBox(const QString& groupId) const;
    void setRating(const QString& groupId, std::optional<int> before, std::optional<int> after);

private:
    struct Row {
        QString groupId;
        QSpinBox* before = nullptr;
        QSpinBox* after = nullptr;
    };
    const Row* row(const QString& groupId) const;

    std::vector<Row> m_rows;
};

} // namespace rollwise
