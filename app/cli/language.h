// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rollwise {

// The language of the texts: --lang, else the system locale (LANG, LC_ALL, …); languages without a translation, and
// the C/POSIX locale of bare shells and CI, are English. Chooses the content's language before anything loads it
// and installs this language's translators (Rollwise's, and Qt's own when installed) for every mode. Returns false
// when --lang asks for a language Rollwise does not have.
bool setUpLanguage(const QString& requested);
// Whether --lang's value names a language Rollwise has (an empty one does: the system's, or English); known
// before any application exists, so the command line can choose one that needs no display to report it.
bool isKnownLanguage(const QString& requested);

} // namespace rollwise
