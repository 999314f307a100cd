// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Learn window: the article's teaching (learn_topics.h) as a keyboard-navigable list of topics, the topic's
// text beside it and the body diagram that text talks about beside that. Non-modal, so it can stay open next to
// the player; one per parent window.

#include "app/learn/learn_topics.h"

#include <QDialog>

#include <memory>
#include <vector>

class QAbstractButton;
class QLabel;
class QListWidget;
class QTextBrowser;
class QTextDocument;

namespace rollwise {

class AnatomyView;
class BodyArt;
class ContentLibrary;

class LearnView : public QDialog {
    Q_OBJECT

public:
    LearnView(const ContentLibrary& content, const BodyArt& art, QWidget* parent = nullptr);

    // Shows the Learn window of `parent`, creating it (deleted on close) or raising the one already open.
    // safetyStop: the player's stop button, whose key (F12) then works from this window too.
    static LearnView* open(const ContentLibrary& content, const BodyArt& art, QWidget* parent,
                           QAbstractButton* safetyStop = nullptr);

    const std::vector<LearnTopic>& topics() const { return m_topics; }
    int currentTopic() const;
    QListWidget* topicList() const { return m_list; }
    QTextBrowser* text() const { return m_text; }
    AnatomyView* diagram() const { return m_diagram; }

    // What Print (Ctrl+P, or the Print button) prints: the topic shown, with its title, diagram and caption.
    std::unique_ptr<QTextDocument> printableTopic() const;

public slots:
    void showTopic(int row);
    void print();

private:
    void forwardSafetyStop(QAbstractButton* button);

    std::vector<LearnTopic> m_topics;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
    AnatomyView* m_diagram = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace rollwise
