// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The progress page: ProgressPainter's drawing with a row of controls above it (which muscle groups the
// trend shows, how many weeks, "Export CSV…"). It reads a HistoryStore and redraws on refresh(); the
// SessionHistory facade calls that whenever a session is recorded.

#include "app/history/progress_painter.h"

#include <QDate>
#include <QImage>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QPrinter;

namespace rollwise {

class SafetyStopList;

class ContentLibrary;
class HistoryStore;

class ProgressView : public QWidget {
    Q_OBJECT

public:
    ProgressView(const HistoryStore& store, const ContentLibrary& content, QWidget* parent = nullptr);

    // Fixed "today" and time zone for tests and screenshots; an invalid date means the real today.
    void setToday(const QDate& today);
    void setTimeZone(const QTimeZone& zone);
    void setWeeks(int weeks);
    int weeks() const { return m_weeksShown; }

    const ProgressPainter& painter() const { return m_painter; }
    QPushButton* exportButton() const { return m_export; }
    QComboBox* groupFilter() const { return m_groups; }
    QWidget* canvas() const { return m_canvas; }
    QString statusText() const;

    QSize sizeHint() const override;

public slots:
    void refresh();
    // Writes the CSV to `path` (atomically). Returns an empty string on success, else the error shown.
    QString exportCsvTo(const QString& path);
    // Asks where with a file dialog, then exports.
    void exportCsv();
    // Print (Ctrl+P, or the Print button): a preview of the charts on one landscape page.
    void print();

public:
    // The charts as printed: the screen's drawing at its default size, three times as fine, on a light palette.
    QImage printableCharts() const;

signals:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* e) override;

private:
    QDate effectiveToday() const;
    void rebuildGroupFilter();

    const HistoryStore& m_store;
    const ContentLibrary& m_content;
    ProgressPainter m_painter;
    QDate m_today;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_weeksShown = 12;
    QWidget* m_canvas = nullptr;
    QComboBox* m_groups = nullptr;
    QComboBox* m_range = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_outcomes = nullptr;
    SafetyStopList* m_stops = nullptr;
};

} // namespace rollwise
