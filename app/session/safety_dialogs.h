// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The safety screens, all worded from the content library:
// - RedFlagCheck: the warning-sign check in three tiers (urgent signs, the article's consult signs,
//   clinician-first conditions), each sign answered yes or no. The verdict is core's assess(); the dialog
//   shows the advice each "yes" calls for and enables "Start session" only when the verdict allows one.
//   Answers arrive through toggled(), so the keyboard, a screen reader and accessibility actions all count.
// - RepeatedStopsNotice: "Talk to your clinician before rolling again", to acknowledge before a start.
// - StopAdvice: shown when the session is stopped for sharp pain, numbness or tingling, in the session's large
//   type (shrunk only as far as the screen needs).

#include "core/routine.h"
#include "core/safety/screening.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace rollwise {

class ContentLibrary;

class RedFlagCheck : public QDialog {
    Q_OBJECT

public:
    // clearance: the routine's clinician clearance (lifts the clinician-first tier); today: the local date.
    // reason: why the check is asked now, shown above the questions (empty: none).
    explicit RedFlagCheck(const ContentLibrary& content, std::optional<ClinicianClearance> clearance = {},
                          QDate today = QDate::currentDate(), const QString& reason = {}, QWidget* parent = nullptr);

    // Answers the sign with this id: true = "yes, I have this".
    void answer(const QString& signId, bool yes);
    void answerAll(bool yes);
    ScreeningAnswers answers() const;
    bool confirmedCleared() const;
    CheckAssessment assessment() const;
    // The session may start: every sign answered and the verdict allows a session.
    bool mayStart() const;

private:
    void refresh();

    const Screening& m_screening;
    std::optional<ClinicianClearance> m_clearance;
    QDate m_today;
    std::vector<std::pair<QString, QButtonGroup*>> m_groups;
    QLabel* m_urgent = nullptr;
    QLabel* m_consult = nullptr;
    QLabel* m_clinician = nullptr;
    QCheckBox* m_acknowledge = nullptr;
    QPushButton* m_start = nullptr;
};

class RepeatedStopsNotice : public QDialog {
    Q_OBJECT

public:
    explicit RepeatedStopsNotice(const ContentLibrary& content, int recentStops, QWidget* parent = nullptr);
    bool acknowledged() const;

private:
    QCheckBox* m_acknowledge = nullptr;
    QPushButton* m_continue = nullptr;
};

class StopAdvice : public QDialog {
    Q_OBJECT

public:
    // textPixels: the session's step size (SessionPanel::floors().stepPx), so the advice reads from the floor.
    explicit StopAdvice(const ContentLibrary& content, int textPixels, QWidget* parent = nullptr);
    int textPixels() const { return m_textPixels; }

private:
    void setTextPixels(int pixels);
    void fitType(int textPixels);

    QLabel* m_title = nullptr;
    QList<QLabel*> m_text;
    int m_textPixels = 0;
};

} // namespace rollwise
