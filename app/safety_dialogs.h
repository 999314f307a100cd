#pragma once
// The safety screens, all worded from the content library:
// - RedFlagCheck: before the first session (and from the menu) the seed's warning signs, each answered
//   yes or no; any "yes" shows the consult-a-professional advice and blocks the session unless the user
//   explicitly acknowledges it.
// - StopAdvice: shown when the session is stopped for sharp pain, numbness or tingling.

#include <QDialog>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;

namespace rollwise {

class ContentLibrary;

class RedFlagCheck : public QDialog {
    Q_OBJECT

public:
    explicit RedFlagCheck(const ContentLibrary& content, QWidget* parent = nullptr);

    // Answers by red-flag index: true = "yes, I have this".
    void answer(int index, bool yes);
    bool anyYes() const;
    bool allAnswered() const;
    // The session may start: every answer is no, or the user acknowledged the advice.
    bool mayStart() const;

private:
    void refresh();

    std::vector<QButtonGroup*> m_groups;
    QLabel* m_advice = nullptr;
    QCheckBox* m_acknowledge = nullptr;
    QPushButton* m_start = nullptr;
};

class StopAdvice : public QDialog {
    Q_OBJECT

public:
    explicit StopAdvice(const ContentLibrary& content, QWidget* parent = nullptr);
};

} // namespace rollwise
