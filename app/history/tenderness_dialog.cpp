// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/window_fit.h"
#include "app/history/tenderness_dialog.h"

#include "core/content_library.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rollwise {

namespace {
constexpr int kUnrated = TendernessLimits::kMin - 1; // the spin box's "not rated" position

QSpinBox* ratingBox(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(kUnrated, TendernessLimits::kMax);
    box->setValue(kUnrated);
    box->setSpecialValueText(TendernessDialog::tr("not rated"));
    box->setAccessibleName(accessible);
    box->setMinimumWidth(110);
    return box;
}

std::optional<int> valueOf(const QSpinBox* box)
{
    return box->value() == kUnrated ? std::nullopt : std::optional<int>(box->value());
}
} // namespace

TendernessDialog::TendernessDialog(const QStringList& groupIds, const ContentLibrary& content, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How tender was it?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>How tender did each area feel?</b><br>0 = not tender at all, 10 = as tender as "
                                "it gets. Rate what you remember; anything left at “not rated” is simply not "
                                "recorded. Your answers draw the trend on the Progress page."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    auto* beforeHeader = new QLabel(tr("Before the session"), this);
    auto* afterHeader = new QLabel(tr("After the session"), this);
    for (QLabel* h : {beforeHeader, afterHeader})
        h->setWordWrap(true);
    grid->addWidget(beforeHeader, 0, 1);
    grid->addWidget(afterHeader, 0, 2);
    int r = 1;
    for (const QString& id : groupIds) {
        const MuscleGroup* g = content.muscleGroup(id);
        const QString name = g ? g->name : id;
        auto* label = new QLabel(name, this);
        label->setWordWrap(true); // long German names wrap rather than push the ratings off a small screen
        Row row{id, ratingBox(this, QStringLiteral("before-") + id, tr("%1, before the session").arg(name)),
                ratingBox(this, QStringLiteral("after-") + id, tr("%1, after the session").arg(name))};
        label->setBuddy(row.before);
        grid->addWidget(label, r, 0);
        grid->addWidget(row.before, r, 1);
        grid->addWidget(row.after, r, 2);
        m_rows.push_back(row);
        ++r;
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save ratings"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveRatings"));
    save->setDefault(true);
    QPushButton* skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipRatings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this);
}

const TendernessDialog::Row* TendernessDialog::row(const QString& groupId) const
{
    for (const Row& r : m_rows)
        if (r.groupId == groupId)
            return &r;
    return nullptr;
}

QSpinBox* TendernessDialog::beforeBox(const QString& groupId) const
{
    const Row* r = row(groupId);
    return r ? r->before : nullptr;
}

QSpinBox* TendernessDialog::afterBox(const QString& groupId) const
{
    const Row* r = row(groupId);
    return r ? r->after : nullptr;
}

void TendernessDialog::setRating(const QString& groupId, std::optional<int> before, std::optional<int> after)
{
    if (const Row* r = row(groupId)) {
        r->before->setValue(before.value_or(kUnrated));
        r->after->setValue(after.value_or(kUnrated));
    }
}

std::vector<TendernessRating> TendernessDialog::ratings() const
{
    std::vector<TendernessRating> out;
    for (const Row& r : m_rows)
        out.push_back({r.groupId, valueOf(r.before), valueOf(r.after)});
    return out;
}

void TendernessDialog::applyTo(SessionRecord& record) const
{
    for (const TendernessRating& r : ratings())
        record.setTenderness(r.groupId, r.before, r.after);
}

} // namespace rollwise
