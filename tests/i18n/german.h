// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Switches this process to German the way `rollwise --lang de` does (app/cli/command_line.cpp), for the tests and the
// screenshot that build windows themselves: the German content, Rollwise's and Qt's German translators, German
// number and date formats. Call once, after the QApplication exists and before ContentLibrary::builtIn().

#include "core/content_library.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rollwise::test {

inline bool useGerman()
{
    if (ContentLibrary::setLanguage(QStringLiteral("de")) != u"de")
        return false;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/rollwise/i18n/rollwise_de.qm")) || !QCoreApplication::installTranslator(ours))
        return false;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace rollwise::test
