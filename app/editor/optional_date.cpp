// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/optional_date.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>

namespace rollwise {

namespace {
struct OptionalDate {
    Q_DECLARE_TR_FUNCTIONS(OptionalDate)
};
const QDate kNoDate(2000, 1, 1);
} // namespace

QDateEdit* optionalDateEdit(const QString& accessibleName)
{
    auto* d = new QDateEdit;
    d->setAccessibleName(accessibleName);
    d->setCalendarPopup(true);
    d->setMinimumDate(kNoDate);
    d->setSpecialValueText(OptionalDate::tr("Not set"));
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The box's own text field is a widget of its own to assistive technology: it says the same.
    if (auto* text = d->findChild<QLineEdit*>())
        text->setAccessibleName(accessibleName);
    return d;
}

QDate shownDate(QDate date)
{
    return date.isValid() ? date : kNoDate;
}

QDate chosenDate(QDate shown)
{
    return shown == kNoDate ? QDate() : shown;
}

} // namespace rollwise
