// SPDX-License-Identifier: GPL-3.0-or-later
// The Learn window: opened by F1 and Help → Learn… from the player and by the sheet dialog's button; every
// principle, lumbar reason, takeaway, question, roller orientation, dosage text and muscle group's "why" from
// the content is in it; the diagram follows the topic (by keyboard, by setCurrentRow and by a screen reader's
// action); content that looks like HTML is shown as written.
#include "app/anatomy/anatomy_view.h"
#include "app/learn/learn_view.h"
#include "app/window/main_window.h"
#include "app/session/session_controls.h"
#include "app/sheet/sheet_dialog.h"
#include "app/window_harness.h"
#include "app_test_support.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rollwise;
using namespace std::chrono_literals;
using test::art;
using test::content;

namespace {
struct Player : test::WindowHarness {
    Player()
    {
        seedClearScreening();
        open();
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    LearnView* learn() const { return window->findChild<LearnView*>(QString(), Qt::FindDirectChildrenOnly); }
};

// Everything the window says, topic by topic, as a reader sees it.
QString allText(LearnView& view)
{
    QString all;
    for (int row = 0; row < view.topicList()->count(); ++row) {
        view.topicList()->setCurrentRow(row);
        all += view.topicList()->item(row)->text() + QLatin1Char('\n') + view.text()->toPlainText() + QLatin1Char('\n');
    }
    return all;
}

int rowOf(const LearnView& view, const QString& id)
{
    for (size_t i = 0; i < view.topics().size(); ++i)
        if (view.topics()[i].id == id)
            return int(i);
    return -1;
}

int tealPixels(AnatomyView* diagram)
{
    const QImage img = diagram->grab().toImage();
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            n += test::isTeal(img.pixelColor(x, y));
    return n;
}
} // namespace

TEST(LearnView, F1AndTheHelpMenuOpenOneLearnWindowFromThePlayer)
{
    Player p;
    ASSERT_EQ(p.learn(), nullptr);
    p.key(Qt::Key_F1);
    LearnView* learn = p.learn();
    ASSERT_NE(learn, nullptr);
    EXPECT_TRUE(learn->isVisible());
    EXPECT_FALSE(learn->isModal()); // it may stay open beside the player
    p.key(Qt::Key_F1);
    EXPECT_EQ(p.window->findChildren<LearnView*>().size(), 1);

    auto* action = p.window->findChild<QAction*>(QStringLiteral("actionLearn"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F1));
    bool inHelpMenu = false;
    for (QAction* menu : p.window->menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Help"))
            inHelpMenu = menu->menu()->actions().contains(action);
    EXPECT_TRUE(inHelpMenu);
    learn->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_EQ(p.learn(), nullptr);
    action->trigger();
    EXPECT_NE(p.learn(), nullptr);
}

TEST(LearnView, TheSafetyStopKeyWorksFromTheLearnWindowMidSession)
{
    Player p;
    p.key(Qt::Key_Space);
    p.at(30s);
    ASSERT_TRUE(p.engine().isRunning());
    p.key(Qt::Key_F1);
    LearnView* learn = p.learn();
    ASSERT_NE(learn, nullptr);
    QApplication::setActiveWindow(learn);
    QTest::keyClick(learn, Qt::Key_F12);
    EXPECT_EQ(p.engine().phase(), Phase::Stopped);
}

TEST(LearnView, TheSheetDialogsButtonOpensIt)
{
    SheetDialog alone(SheetOptions{}, QStringLiteral("Print"));
    auto* button = alone.findChild<QPushButton*>(QStringLiteral("sheetLearn"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->accessibleDescription().isEmpty());
    QSignalSpy spy(&alone, &SheetDialog::learnRequested);
    button->click();
    EXPECT_EQ(spy.count(), 1);

    // From the player's File → Print…: the Learn window opens on the modal sheet dialog, so it can be used.
    Player p;
    QAction* print = nullptr;
    for (QAction* a : p.window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Print))
            print = a;
    ASSERT_NE(print, nullptr);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<SheetDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QPushButton*>(QStringLiteral("sheetLearn"))->click();
        auto* learn = dialog->findChild<LearnView*>();
        opened = learn && learn->isVisible() && !learn->isModal();
        dialog->reject();
    });
    print->trigger();
    EXPECT_TRUE(opened);
}

TEST(LearnView, ShowsEveryTeachingOfTheContent)
{
    LearnView view(content(), art());
    const QString all = allText(view);
    QStringList expected;
    int principles = 0;
    for (const TextItem& p : content().principles()) {
        expected << p.title << p.text;
        ++principles;
    }
    EXPECT_EQ(principles, 3);
    const ContraindicatedZone* lumbar = content().zone(QStringLiteral("lumbar-spine"));
    ASSERT_NE(lumbar, nullptr);
    ASSERT_EQ(lumbar->reasons.size(), 4u);
    for (const Reason& r : lumbar->reasons)
        expected << r.title << r.text;
    ASSERT_EQ(content().keyTakeaways().size(), 5);
    expected << content().keyTakeaways();
    ASSERT_GT(content().faq().size(), 0u);
    for (const FaqEntry& f : content().faq())
        expected << f.question << f.answer;
    int orientations = 0;
    for (const Technique& t : content().techniques())
        if (!t.rollerOrientation.isEmpty()) {
            expected << t.rollerOrientation;
            ++orientations;
        }
    EXPECT_EQ(orientations, int(content().techniques().size()));
    EXPECT_GT(orientations, 0);
    ASSERT_GT(content().muscleGroups().size(), 0u);
    for (const MuscleGroup& g : content().muscleGroups())
        expected << g.name << g.why;
    expected << content().dosage().paceText << content().dosage().holdText << content().dosage().frequencyText;
    for (const QString& e : expected) {
        ASSERT_FALSE(e.isEmpty());
        EXPECT_TRUE(all.contains(e)) << "missing from the Learn window: " << e.toStdString();
    }
}

TEST(LearnView, TheDiagramFollowsTheTopicByKeyboardAndBySetCurrentRow)
{
    LearnView view(content(), art());
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    AnatomyView* diagram = view.diagram();

    const int lumbar = rowOf(view, QStringLiteral("lumbar-spine"));
    ASSERT_GE(lumbar, 0);
    view.topicList()->setCurrentRow(lumbar);
    EXPECT_EQ(diagram->anatomy().display(), rollwise::Display::anatomy(View::Posterior));
    EXPECT_EQ(diagram->frame().technique, nullptr);
    const auto outline = diagram->anatomy().lumbarOutline();
    ASSERT_TRUE(outline);
    EXPECT_TRUE(diagram->anatomy().focusRect().contains(outline->boundingRect())); // zoomed on the lower back
    EXPECT_EQ(tealPixels(diagram), 0);
    const QString lumbarDescription = diagram->accessibleDescription();

    // The next topic is the first muscle group: its technique's view with its targets highlighted.
    view.topicList()->setFocus();
    QTest::keyClick(view.topicList(), Qt::Key_Down);
    ASSERT_EQ(view.currentTopic(), lumbar + 1);
    const LearnTopic& group = view.topics()[size_t(lumbar + 1)];
    ASSERT_EQ(group.kind, LearnTopic::Kind::MuscleGroup);
    ASSERT_NE(diagram->frame().technique, nullptr);
    EXPECT_EQ(diagram->frame().technique->groupId, group.id.mid(6));
    EXPECT_GT(tealPixels(diagram), 50);
    EXPECT_NE(diagram->accessibleDescription(), lumbarDescription);

    const int hipFlexors = rowOf(view, QStringLiteral("group-hip-flexors"));
    ASSERT_GE(hipFlexors, 0);
    view.topicList()->setCurrentRow(hipFlexors);
    EXPECT_EQ(diagram->anatomy().display(), rollwise::Display::anatomy(View::Anterior));
    ASSERT_NE(diagram->frame().technique, nullptr);
    EXPECT_EQ(diagram->frame().technique->id, QStringLiteral("hip-flexors"));
    EXPECT_TRUE(view.text()->toPlainText().contains(content().technique(QStringLiteral("hip-flexors"))->rollerOrientation));

    QTest::keyClick(view.topicList(), Qt::Key_Home);
    EXPECT_EQ(view.currentTopic(), 0);
    EXPECT_EQ(view.text()->toPlainText().section(QLatin1Char('\n'), 0, 0), content().principles().front().title);
}

TEST(LearnView, AScreenReaderCanNameEveryPartAndChooseATopic)
{
    LearnView view(content(), art());
    view.show();
    for (QWidget* w : {static_cast<QWidget*>(view.topicList()), static_cast<QWidget*>(view.text()),
                       static_cast<QWidget*>(view.diagram())}) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(iface, nullptr);
        EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty()) << w->objectName().toStdString();
    }
    EXPECT_FALSE(view.diagram()->accessibleDescription().isEmpty());

    // The list's item for the FAQ, chosen through its accessibility action.
    const int faq = rowOf(view, QStringLiteral("faq"));
    ASSERT_GT(faq, 0);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(view.topicList());
    QAccessibleInterface* item = nullptr;
    for (int i = 0; i < list->childCount(); ++i)
        if (QAccessibleInterface* c = list->child(i); c && c->text(QAccessible::Name) == view.topics()[size_t(faq)].title)
            item = c;
    ASSERT_NE(item, nullptr);
    ASSERT_NE(item->actionInterface(), nullptr);
    const QStringList actions = item->actionInterface()->actionNames();
    const QString action = actions.contains(QAccessibleActionInterface::toggleAction())
                               ? QAccessibleActionInterface::toggleAction()
                               : actions.value(0);
    ASSERT_FALSE(action.isEmpty());
    item->actionInterface()->doAction(action);
    EXPECT_EQ(view.currentTopic(), faq);
    EXPECT_TRUE(view.text()->toPlainText().contains(content().faq().front().question));
}

TEST(LearnView, ContentThatLooksLikeHtmlIsShownAsWritten)
{
    QFile file(QStringLiteral(":/rollwise/content.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray principles = root.value(QStringLiteral("principles")).toArray();
    QJsonObject first = principles.at(0).toObject();
    const QString html = QStringLiteral("<b>Bold</b> & <a href='x'>link</a>");
    first.insert(QStringLiteral("title"), html);
    first.insert(QStringLiteral("text"), html);
    principles.replace(0, first);
    root.insert(QStringLiteral("principles"), principles);
    Diagnostics d;
    const auto lib = ContentLibrary::fromJson(QJsonDocument(root).toJson(), QStringLiteral("content.json"), d);
    ASSERT_TRUE(lib) << d.toText().toStdString();
    LearnView view(*lib, art());
    view.topicList()->setCurrentRow(0);
    EXPECT_EQ(view.topicList()->item(0)->text(), html);
    EXPECT_EQ(view.text()->toPlainText().count(html), 2);
}

TEST(LearnView, FitsTheScreenDownTo1366By768)
{
    LearnView view(content(), art());
    view.show();
    const QRect available = view.screen()->availableGeometry();
    EXPECT_LE(view.width(), available.width());
    EXPECT_LE(view.height(), available.height());
    const QSize least = view.minimumSizeHint().expandedTo(view.minimumSize());
    EXPECT_LE(least.width(), 1366 - 40);
    EXPECT_LE(least.height(), 768 - 80); // a task bar and the title bar
}
