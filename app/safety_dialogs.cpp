#include "app/safety_dialogs.h"

#include "core/content_library.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rollwise {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent, bool bold = false)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}
} // namespace

RedFlagCheck::RedFlagCheck(const ContentLibrary& content, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Before you start: a safety check"));
    setMinimumWidth(560);
    setObjectName(QStringLiteral("redFlagCheck"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Do you have any of these warning signs?"), this, true));
    auto* grid = new QGridLayout;
    const auto& flags = content.redFlags();
    for (size_t i = 0; i < flags.size(); ++i) {
        const int row = int(i);
        auto* label = wrapped(flags[i].text, this);
        auto* yes = new QRadioButton(tr("Yes"), this);
        auto* no = new QRadioButton(tr("No"), this);
        yes->setObjectName(QStringLiteral("yes-") + flags[i].id);
        no->setObjectName(QStringLiteral("no-") + flags[i].id);
        yes->setAccessibleName(tr("Yes: %1").arg(flags[i].text));
        no->setAccessibleName(tr("No: %1").arg(flags[i].text));
        auto* group = new QButtonGroup(this);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        connect(group, &QButtonGroup::idClicked, this, &RedFlagCheck::refresh);
        m_groups.push_back(group);
        grid->addWidget(label, row, 0);
        grid->addWidget(yes, row, 1);
        grid->addWidget(no, row, 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(10);
    grid->setHorizontalSpacing(16);
    layout->addLayout(grid);

    m_advice = wrapped(tr("Please talk to a professional first. %1").arg(content.consultAdvice()), this);
    m_advice->setObjectName(QStringLiteral("consultAdvice"));
    m_advice->setStyleSheet(QStringLiteral("background:#fff4e5;color:#5c3b00;border:1px solid #f0c36d;padding:8px;"));
    layout->addWidget(m_advice);
    m_acknowledge = new QCheckBox(tr("I understand, and a professional has told me foam rolling is safe for me"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    connect(m_acknowledge, &QCheckBox::toggled, this, &RedFlagCheck::refresh);
    layout->addWidget(m_acknowledge);
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
}

void RedFlagCheck::answer(int index, bool yes)
{
    if (index < 0 || size_t(index) >= m_groups.size())
        return;
    m_groups[size_t(index)]->button(yes ? 1 : 0)->setChecked(true);
    refresh();
}

bool RedFlagCheck::anyYes() const
{
    for (const QButtonGroup* g : m_groups)
        if (g->checkedId() == 1)
            return true;
    return false;
}

bool RedFlagCheck::allAnswered() const
{
    for (const QButtonGroup* g : m_groups)
        if (g->checkedId() < 0)
            return false;
    return true;
}

bool RedFlagCheck::mayStart() const
{
    return allAnswered() && (!anyYes() || m_acknowledge->isChecked());
}

void RedFlagCheck::refresh()
{
    m_advice->setVisible(anyYes());
    m_acknowledge->setVisible(anyYes());
    m_start->setEnabled(mayStart());
}

StopAdvice::StopAdvice(const ContentLibrary& content, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Session stopped"));
    setObjectName(QStringLiteral("stopAdvice"));
    auto* layout = new QVBoxLayout(this);
    auto* title = wrapped(tr("Stop now."), this, true);
    QFont big = title->font();
    big.setPointSizeF(std::max(18.0, big.pointSizeF() * 1.6));
    title->setFont(big);
    title->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(title);
    auto* advice = wrapped(content.stopAdvice(), this);
    advice->setObjectName(QStringLiteral("stopAdviceText"));
    layout->addWidget(advice);
    QStringList flags;
    for (const TextItem& f : content.redFlags())
        flags << QStringLiteral("• ") + f.text;
    layout->addWidget(wrapped(tr("See a doctor or physical therapist if you have:"), this, true));
    layout->addWidget(wrapped(flags.join(QLatin1Char('\n')), this));
    layout->addWidget(wrapped(content.consultAdvice(), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace rollwise
