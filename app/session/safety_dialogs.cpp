// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/safety_dialogs.h"

#include "app/window/window_fit.h"
#include "core/content_library.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace rollwise {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent, bool bold = false)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    // Content and routine text is never markup: a title in HTML must show as the characters typed.
    l->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}

// Says whose words follow: the article's, or Rollwise's own guidance (never passed off as the article's).
QLabel* sourceTag(TextOrigin origin, QWidget* parent)
{
    auto* l = wrapped(origin != TextOrigin::Rollwise ? RedFlagCheck::tr("From the article")
                                                    : RedFlagCheck::tr("Rollwise guidance"),
                      parent);
    l->setObjectName(origin != TextOrigin::Rollwise ? QStringLiteral("articleTag") : QStringLiteral("rollwiseGuidanceTag"));
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setItalic(true);
    l->setFont(f);
    l->setStyleSheet(QStringLiteral("color:#3d4f5c;"));
    return l;
}

// Advice appears under its signs when one is answered "yes"; its room is kept while it is hidden, so the rows
// below never jump away from the pointer or the finger about to answer them.
void keepRoomWhenHidden(QWidget* w)
{
    QSizePolicy p = w->sizePolicy();
    p.setRetainSizeWhenHidden(true);
    w->setSizePolicy(p);
}

// Ticks its box when its words are clicked, as a check box's own text does.
class ToggleOnClick : public QObject {
public:
    ToggleOnClick(QCheckBox* box, QObject* parent) : QObject(parent), m_box(box) {}

protected:
    bool eventFilter(QObject* watched, QEvent* e) override
    {
        if (e->type() == QEvent::MouseButtonRelease && m_box->isEnabled()) {
            m_box->toggle();
            m_box->setFocus(Qt::MouseFocusReason);
            return true;
        }
        return QObject::eventFilter(watched, e);
    }

private:
    QCheckBox* m_box;
};

// A check box whose words wrap like the rest of the dialog: QCheckBox's own text never wraps, and one long
// sentence made the safety check wider than a small screen (a sideways scroll bar, the Yes/No buttons out of
// sight). The box carries the words as its accessible name, so a screen reader hears the same sentence.
QWidget* wrappingCheckBox(QCheckBox* box, const QString& text, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    box->setParent(row);
    box->setText(QString());
    box->setAccessibleName(text);
    QLabel* words = wrapped(text, row);
    words->setObjectName(box->objectName() + QStringLiteral("Text"));
    words->installEventFilter(new ToggleOnClick(box, words));
    layout->addWidget(box, 0, Qt::AlignTop);
    layout->addWidget(words, 1);
    return row;
}

QLabel* adviceBox(const QString& text, const QString& objectName, const QString& style, QWidget* parent)
{
    auto* l = wrapped(text, parent);
    l->setObjectName(objectName);
    l->setStyleSheet(style);
    keepRoomWhenHidden(l);
    return l;
}

const QString kWarnStyle = QStringLiteral("background:#fff4e5;color:#5c3b00;border:1px solid #f0c36d;padding:8px;");
const QString kUrgentStyle = QStringLiteral("background:#fdecea;color:#611a15;border:2px solid #b00020;padding:8px;font-weight:bold;");

} // namespace

RedFlagCheck::RedFlagCheck(const ContentLibrary& content, std::optional<ClinicianClearance> clearance, QDate today,
                           const QString& reason, QWidget* parent)
    : QDialog(parent), m_screening(content.screening()), m_clearance(std::move(clearance)), m_today(today)
{
    setWindowTitle(tr("Before you start: a safety check"));
    setMinimumWidth(560);
    setObjectName(QStringLiteral("redFlagCheck"));
    auto* layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto* why = wrapped(reason, this);
        why->setObjectName(QStringLiteral("recheckReason"));
        layout->addWidget(why);
    }
    layout->addWidget(wrapped(tr("Do you have any of these? Answer each one."), this, true));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* questions = new QVBoxLayout(page);
    questions->setContentsMargins(0, 0, 0, 0);
    auto addTier = [&](ScreeningTier tier, const QString& heading, QLabel*& advice, const QString& adviceText,
                       const QString& adviceName, const QString& style) {
        const ScreeningAdvice& a = m_screening.advice(tier);
        questions->addSpacing(8);
        questions->addWidget(wrapped(heading, page, true));
        questions->addWidget(sourceTag(a.origin, page));
        if (!a.why.isEmpty())
            questions->addWidget(wrapped(a.why, page));
        auto* grid = new QGridLayout;
        int row = 0;
        for (const ScreeningSign* sign : m_screening.signs(tier)) {
            auto* label = wrapped(sign->text, page);
            auto* yes = new QRadioButton(tr("Yes"), page);
            auto* no = new QRadioButton(tr("No"), page);
            yes->setObjectName(QStringLiteral("yes-") + sign->id);
            no->setObjectName(QStringLiteral("no-") + sign->id);
            yes->setAccessibleName(tr("Yes: %1").arg(sign->text));
            no->setAccessibleName(tr("No: %1").arg(sign->text));
            auto* group = new QButtonGroup(this);
            group->addButton(yes, 1);
            group->addButton(no, 0);
            // toggled, not clicked: setChecked() from an accessibility action or a test emits only this.
            connect(yes, &QAbstractButton::toggled, this, &RedFlagCheck::refresh);
            connect(no, &QAbstractButton::toggled, this, &RedFlagCheck::refresh);
            m_groups.emplace_back(sign->id, group);
            grid->addWidget(label, row, 0);
            grid->addWidget(yes, row, 1);
            grid->addWidget(no, row, 2);
            ++row;
        }
        grid->setColumnStretch(0, 1);
        grid->setVerticalSpacing(8);
        grid->setHorizontalSpacing(16);
        questions->addLayout(grid);
        advice = adviceBox(adviceText, adviceName, style, page);
        questions->addWidget(advice);
    };
    const ScreeningAdvice& urgent = m_screening.advice(ScreeningTier::Urgent);
    const ScreeningAdvice& clinician = m_screening.advice(ScreeningTier::ClinicianFirst);
    addTier(ScreeningTier::Urgent, tr("Signs that need a doctor now"), m_urgent,
            tr("%1. %2").arg(urgent.title, urgent.advice), QStringLiteral("urgentAdvice"), kUrgentStyle);
    addTier(ScreeningTier::Consult, tr("Warning signs to see a professional about"), m_consult,
            m_screening.advice(ScreeningTier::Consult).advice, QStringLiteral("consultAdvice"), kWarnStyle);
    m_acknowledge = new QCheckBox(page);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    QWidget* acknowledgeRow = wrappingCheckBox(m_acknowledge,
                                               tr("A doctor, physical therapist or other qualified healthcare professional "
                                                  "has seen me about these signs and told me foam rolling is safe for me"),
                                               page);
    keepRoomWhenHidden(acknowledgeRow);
    connect(m_acknowledge, &QCheckBox::toggled, this, &RedFlagCheck::refresh);
    questions->addWidget(acknowledgeRow);
    QString clinicianText = tr("%1. %2").arg(clinician.title, clinician.advice);
    if (clearanceValid(m_clearance, m_today))
        clinicianText += QLatin1Char('\n')
                         + tr("Your routine carries a clearance from %1 dated %2, so these conditions do not stop the "
                              "session.")
                               .arg(m_clearance->clinician, QLocale().toString(m_clearance->date, QLocale::ShortFormat));
    addTier(ScreeningTier::ClinicianFirst, tr("Conditions to ask your clinician about first"), m_clinician, clinicianText,
            QStringLiteral("clinicianFirstAdvice"), kWarnStyle);
    questions->addStretch(1);
    scroll->setWidget(page);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps; nothing is off to the side
    layout->addWidget(scroll, 1);
    layout->addWidget(wrapped(content.disclaimer(), this));

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start session"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startAfterCheck"));
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mayStart())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
    // The scroll area's hint is small; ask for the whole page so nothing scrolls when the screen has room.
    scroll->setMinimumHeight(0);
    fitToScreen(this, QSize(std::max(sizeHint().width(), page->sizeHint().width() + 40), page->sizeHint().height() + 200));
}

void RedFlagCheck::answer(const QString& signId, bool yes)
{
    for (auto& [id, group] : m_groups)
        if (id == signId)
            group->button(yes ? 1 : 0)->setChecked(true);
}

void RedFlagCheck::answerAll(bool yes)
{
    for (auto& [id, group] : m_groups)
        group->button(yes ? 1 : 0)->setChecked(true);
}

ScreeningAnswers RedFlagCheck::answers() const
{
    ScreeningAnswers out;
    for (const auto& [id, group] : m_groups)
        if (group->checkedId() >= 0)
            out[id] = group->checkedId() == 1;
    return out;
}

bool RedFlagCheck::confirmedCleared() const
{
    return m_acknowledge->isChecked() && assessment().consult;
}

CheckAssessment RedFlagCheck::assessment() const
{
    return assess(m_screening, answers(), m_acknowledge->isChecked(), m_clearance, m_today);
}

bool RedFlagCheck::mayStart() const
{
    const CheckAssessment a = assessment();
    return a.complete && allowsSession(a.verdict);
}

void RedFlagCheck::refresh()
{
    const CheckAssessment a = assessment();
    m_urgent->setVisible(a.urgent);
    m_consult->setVisible(a.consult);
    // Nothing lifts the urgent tier, so there is nothing to confirm once an urgent sign is answered yes.
    m_acknowledge->parentWidget()->setVisible(a.consult && !a.urgent); // the box with its words
    m_clinician->setVisible(a.clinicianFirst);
    m_start->setEnabled(a.complete && allowsSession(a.verdict));
    m_start->setText(a.urgent ? tr("No session today") : tr("Start session"));
}

RepeatedStopsNotice::RepeatedStopsNotice(const ContentLibrary& content, int recentStops, QWidget* parent)
    : QDialog(parent)
{
    const ScreeningAdvice& a = content.screening().repeatedStops();
    setWindowTitle(a.title);
    setObjectName(QStringLiteral("repeatedStopsNotice"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* title = wrapped(a.title, this, true);
    title->setObjectName(QStringLiteral("repeatedStopsTitle"));
    title->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(title);
    layout->addWidget(sourceTag(a.origin, this));
    layout->addWidget(wrapped(tr("Safety stops and warning signs in the last 7 days: %1").arg(recentStops), this));
    auto* advice = wrapped(a.advice, this);
    advice->setObjectName(QStringLiteral("repeatedStopsAdvice"));
    layout->addWidget(advice);
    layout->addWidget(wrapped(a.why, this));
    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeRepeatedStops"));
    layout->addWidget(wrappingCheckBox(m_acknowledge, tr("I have read this and will talk to my clinician"), this));
    auto* buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueAfterRepeatedStops"));
    m_continue->setEnabled(false);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(m_acknowledge, &QCheckBox::toggled, m_continue, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (acknowledged())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this);
}

bool RepeatedStopsNotice::acknowledged() const
{
    return m_acknowledge->isChecked();
}

StopAdvice::StopAdvice(const ContentLibrary& content, int textPixels, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Session stopped"));
    setObjectName(QStringLiteral("stopAdvice"));
    auto* layout = new QVBoxLayout(this);
    m_title = wrapped(tr("Stop now."), this, true);
    m_title->setObjectName(QStringLiteral("stopAdviceTitle"));
    m_title->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(m_title);
    auto* advice = wrapped(content.stopAdvice(), this, true);
    advice->setObjectName(QStringLiteral("stopAdviceText"));
    layout->addWidget(advice);
    QStringList flags;
    for (const TextItem& f : content.redFlags())
        flags << QStringLiteral("• ") + f.text;
    layout->addWidget(wrapped(tr("See a doctor or physical therapist if you have:"), this, true));
    layout->addWidget(wrapped(flags.join(QLatin1Char('\n')), this));
    layout->addWidget(wrapped(tr("Before your next session Rollwise asks the safety check again."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_text = findChildren<QLabel*>();
    m_text.removeAll(m_title);
    fitType(textPixels);
}

void StopAdvice::setTextPixels(int pixels)
{
    QFont body = font();
    body.setPixelSize(pixels);
    for (QLabel* l : m_text) {
        QFont f = l->font();
        f.setPixelSize(pixels);
        l->setFont(f);
    }
    QFont title = m_title->font();
    title.setPixelSize(pixels * 3 / 2);
    m_title->setFont(title);
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setFont(body);
    m_textPixels = pixels;
}

void StopAdvice::fitType(int textPixels)
{
    // The session's type, read from the floor two metres away; only a screen too small for all of it at that
    // size gets smaller type (never below what a dialog normally uses), rather than a scroll bar.
    const QScreen* s = parentWidget() ? parentWidget()->screen() : screen();
    const int room = s ? int(s->availableGeometry().height() * kScreenUse) : 700;
    const int width = s ? std::min(int(s->availableGeometry().width() * kScreenUse), textPixels * 34) : 800;
    const int floor = std::max(12, QFontInfo(font()).pixelSize());
    for (int px = std::max(textPixels, floor); px >= floor; px -= 2) {
        setTextPixels(px);
        if (layout()->totalHeightForWidth(width) <= room || px - 2 < floor)
            break;
    }
    fitToScreen(this, QSize(width, layout()->totalHeightForWidth(width)));
    // Dragged smaller, the wrapped words would be cut off: this is the least room they need at this type.
    setMinimumSize(size());
}

} // namespace rollwise
