// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date box for an optional date of the routine file (created, cleared on, next review): its lowest date
// stands for "not set", shown as such, so the field can be emptied again.

#include <QDate>
#include <QString>

class QDateEdit;

namespace rollwise {

QDateEdit* optionalDateEdit(const QString& accessibleName);
// What the box shows for `date` (an invalid date shows "Not set"), and what the box's date means.
QDate shownDate(QDate date);
QDate chosenDate(QDate shown);

} // namespace rollwise
