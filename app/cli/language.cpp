// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/language.h"

#include "core/content_library.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rollwise {

bool setUpLanguage(const QString& requested)
{
    QString wanted = requested;
    for (const QString& ui : QLocale::system().uiLanguages()) // e.g. "de-DE", "de"; LANGUAGE may list several
        if (wanted.isEmpty() && ContentLibrary::availableLanguages().contains(ui.left(2).toLower()))
            wanted = ui;
    const QString language = ContentLibrary::setLanguage(wanted);
    if (!requested.isEmpty() && QLocale(language).language() != QLocale::system().language())
        QLocale::setDefault(QLocale(language)); // numbers and dates follow the chosen language too
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/rollwise/i18n/rollwise_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (language != u"en"
        && qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return isKnownLanguage(requested);
}

bool isKnownLanguage(const QString& requested)
{
    return requested.isEmpty() || ContentLibrary::availableLanguages().contains(requested.left(2).toLower());
}

} // namespace rollwise
