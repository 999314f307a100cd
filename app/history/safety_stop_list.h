// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The safety stops of the history, newest first, each with its date and time, the routine and technique, the
// reason and the advice the person was given, so a person (or their clinician) sees that a stop happened and
// what it meant. Hidden when there are none: a list of nothing is noise.

#include "core/history/history_stats.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;

namespace rollwise {

class ContentLibrary;

class SafetyStopList : public QWidget {
    Q_OBJECT

public:
    SafetyStopList(const ContentLibrary& content, QWidget* parent = nullptr);

    void setStops(const std::vector<SafetyStopEntry>& stops, const QTimeZone& zone);
    // One line per stop, as shown (and as screen readers read them).
    QStringList lines() const;

    // The words for one stop.
    static QString describe(const SafetyStopEntry& stop, const ContentLibrary& content, const QTimeZone& zone);

private:
    const ContentLibrary& m_content;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace rollwise
