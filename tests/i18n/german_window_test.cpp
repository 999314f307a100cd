// SPDX-License-Identifier: GPL-3.0-or-later
// The player window in German, offscreen: German menus, steps and session texts, and no button or label whose words
// are cut off, at the size the screenshots use and at the window's smallest size; the same for the dialogs.

#include "german.h"
#include "app/window_harness.h"

#include "audio/audio_settings.h"
#include "audio/audio_sink.h"
#include "app/anatomy/body_art.h"
#include "app/editor/routine_editor.h"
#include "app/learn/learn_view.h"
#include "app/window/main_window.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "app/window/settings_dialog.h"
#include "app/sheet/sheet_dialog.h"
#include "core/clock.h"
#include "core/content_library.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

using namespace rollwise;
using namespace std::chrono_literals;

namespace {

class GermanEnvironment : public ::testing::Environment {
public:
    void SetUp() override { ASSERT_TRUE(test::useGerman()); }
};
[[maybe_unused]] ::testing::Environment* const german = ::testing::AddGlobalTestEnvironment(new GermanEnvironment);

// The player on a manual clock, `at` seconds into the first technique (24 s: rolling the right glutes).
struct Player : test::WindowHarness {
    explicit Player(Ms t)
    {
        seedClearScreening();
        open();
        window->resize(1400, 860);
        window->show();
        QApplication::processEvents(); // lay the window out before the session starts
        window->startOrPause();
        at(t);
        QApplication::processEvents();
    }
};

QString withoutAccelerator(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// Visible buttons and one-line labels whose text is wider than the widget shows, and how many were looked at:
// a check that looked at nothing (a hidden window, a renamed widget) must fail rather than pass.
struct CutOff {
    int inspected = 0;
    QStringList cut;
    std::string report() const { return cut.join(QStringLiteral("\n")).toStdString(); }
};

CutOff cutOff(const QWidget* root)
{
    CutOff r;
    QStringList& out = r.cut;
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        ++r.inspected;
        const int icon = b->icon().isNull() ? 0 : b->iconSize().width() + 4;
        if (b->fontMetrics().horizontalAdvance(withoutAccelerator(b->text())) + icon > b->width())
            out << QStringLiteral("button \"%1\" (%2 px wide)").arg(b->text()).arg(b->width());
    }
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || l->wordWrap() || Qt::mightBeRichText(l->text()))
            continue;
        ++r.inspected;
        for (const QString& line : l->text().split(QLatin1Char('\n')))
            if (l->fontMetrics().horizontalAdvance(withoutAccelerator(line)) > l->contentsRect().width())
                out << QStringLiteral("label \"%1\" (%2 px wide)").arg(line).arg(l->contentsRect().width());
    }
    return r;
}

// No word cut off, among at least `atLeast` visible buttons and labels.
void expectNothingCutOff(const QWidget* root, int atLeast)
{
    const CutOff c = cutOff(root);
    EXPECT_GE(c.inspected, atLeast) << "too few visible buttons and labels to check";
    EXPECT_TRUE(c.cut.isEmpty()) << c.report();
}

} // namespace

TEST(GermanWindow, SpeaksGerman)
{
    Player p(24s);
    const MainWindow& w = *p.window;
    EXPECT_EQ(w.windowTitle(), QStringLiteral("Entlastung für den unteren Rücken — Rollwise"));
    QStringList menus;
    for (const QAction* a : w.menuBar()->actions())
        menus << a->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Einheit"), QStringLiteral("&Ansicht"),
                                  QStringLiteral("&Hilfe")}));
    const auto* list = w.findChild<QListWidget*>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 5);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("Gesäßmuskulatur und Piriformis"))) << list->item(0)->text().toStdString();

    QStringList texts;
    for (const QLabel* l : w.findChildren<QLabel*>())
        texts << l->text();
    for (const QTextBrowser* b : w.findChildren<QTextBrowser*>())
        texts << b->toPlainText();
    for (const QAbstractButton* b : w.findChildren<QAbstractButton*>())
        texts << b->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Rollen"))) << all.toStdString();                        // the phase
    EXPECT_TRUE(all.contains(QStringLiteral("Rollen Sie langsam vor und zurück"))) << all.toStdString(); // step 3
    EXPECT_TRUE(all.contains(QStringLiteral("Empfindliche Stelle — halten"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Stechender, ausstrahlender Schmerz, Taubheit oder Kribbeln — STOPP"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Tender spot"))) << all.toStdString();
}

TEST(GermanWindow, NoWordsAreCutOff)
{
    for (Ms at : {0s, 3s, 24s, 40s}) {
        Player p(at);
        SCOPED_TRACE(at.count());
        expectNothingCutOff(p.window.get(), 7); // at least the six session buttons and STOP
        // The German window still fits the size the screenshots and a 1440-pixel-wide laptop screen offer.
        EXPECT_LE(p.window->minimumSizeHint().width(), 1400);
        p.window->resize(p.window->minimumSizeHint());
        QApplication::processEvents();
        expectNothingCutOff(p.window.get(), 7); // at least the six session buttons and STOP
    }
}

TEST(GermanWindow, DialogsFitTheirGermanWords)
{
    const ContentLibrary& content = ContentLibrary::builtIn();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RedFlagCheck check(content);
    StopAdvice advice(content, 24);
    SettingsDialog sound(AudioSettings{});
    SheetDialog sheet(SheetOptions::fromRoutine(Routine::defaultRoutine(content)), QStringLiteral("Vorschau"));
    RoutineEditor editor(content, RoutineEditorServices{&settings, {}});
    editor.editRoutine(Routine::defaultRoutine(content));
    const std::vector<QWidget*> windows{&check, &advice, &sound, &sheet, &editor};
    for (QWidget* w : windows) {
        w->show();
        QApplication::processEvents();
        SCOPED_TRACE(w->windowTitle().toStdString());
        EXPECT_FALSE(w->windowTitle().isEmpty());
        EXPECT_LE(w->minimumSizeHint().width(), 1400);
        expectNothingCutOff(w, 1);
        w->hide();
    }
    EXPECT_EQ(check.windowTitle(), QStringLiteral("Bevor Sie beginnen: ein Sicherheitscheck"));
    EXPECT_EQ(advice.windowTitle(), QStringLiteral("Einheit gestoppt"));
    EXPECT_EQ(sound.windowTitle(), QStringLiteral("Ton und Signale"));
}

TEST(GermanWindow, TheLearnWindowTeachesTheGermanContent)
{
    const ContentLibrary& de = ContentLibrary::builtIn();
    Diagnostics d;
    const std::optional<ContentLibrary> en = ContentLibrary::load(QStringLiteral("en"), d);
    ASSERT_TRUE(en);
    const BodyArt art;
    LearnView view(de, art);
    QString all;
    for (int row = 0; row < view.topicList()->count(); ++row) {
        view.topicList()->setCurrentRow(row);
        all += view.topicList()->item(row)->text() + QLatin1Char('\n') + view.text()->toPlainText() + QLatin1Char('\n');
    }
    // Pairs of the same teaching in German and in English: the German one is shown, the English one nowhere.
    std::vector<std::pair<QString, QString>> pairs;
    for (size_t i = 0; i < de.principles().size(); ++i)
        pairs.emplace_back(de.principles()[i].title, en->principles().at(i).title);
    const ContraindicatedZone* lumbarDe = de.zone(QStringLiteral("lumbar-spine"));
    const ContraindicatedZone* lumbarEn = en->zone(QStringLiteral("lumbar-spine"));
    ASSERT_TRUE(lumbarDe && lumbarEn);
    for (size_t i = 0; i < lumbarDe->reasons.size(); ++i)
        pairs.emplace_back(lumbarDe->reasons[i].title, lumbarEn->reasons.at(i).title);
    for (qsizetype i = 0; i < de.keyTakeaways().size(); ++i)
        pairs.emplace_back(de.keyTakeaways()[i], en->keyTakeaways().at(i));
    for (size_t i = 0; i < de.faq().size(); ++i)
        pairs.emplace_back(de.faq()[i].question, en->faq().at(i).question);
    for (const Technique& t : de.techniques())
        pairs.emplace_back(t.rollerOrientation, en->technique(t.id)->rollerOrientation);
    pairs.emplace_back(de.dosage().holdText, en->dosage().holdText);
    EXPECT_GE(pairs.size(), 3u + 4u + 5u + 1u + 5u);
    for (const auto& [german, english] : pairs) {
        ASSERT_NE(german, english);
        EXPECT_TRUE(all.contains(german)) << german.toStdString();
        EXPECT_FALSE(all.contains(english)) << english.toStdString();
    }
}

TEST(GermanWindow, TheSoundDialogSaysVoiceCommandsAreEnglishOnly)
{
    // Debian has no German speech model: the German window says plainly that the phrases to say are English.
    SettingsDialog dialog{AudioSettings{}};
    const QString phrases = dialog.findChild<QLabel*>(QStringLiteral("voicePhrases"))->text();
    EXPECT_TRUE(phrases.startsWith(QStringLiteral("Sprachbefehle gibt es nur auf Englisch"))) << phrases.toStdString();
    EXPECT_TRUE(phrases.contains(QStringLiteral("Sicherheitsstopp (F12): sagen Sie \u201cshooting pain\u201d")))
        << phrases.toStdString();
}
