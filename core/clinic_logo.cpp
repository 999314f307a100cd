// SPDX-License-Identifier: GPL-3.0-or-later
// The clinic's logo is checked where the routine file is read, so a missing, huge or wrong file is an error
// naming the file before anything is printed. Core draws nothing: it checks size and signature, and the
// sheet reports a logo that passes these checks and still cannot be drawn.
#include "core/routine.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace rollwise {

QString logoExpectation()
{
    return Clinic::tr("a PNG or SVG image of at most %1 bytes").arg(RoutineLimits::kMaxLogoBytes);
}

QString logoProblem(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Clinic::tr("%1 does not exist").arg(file);
    if (info.isDir())
        return Clinic::tr("%1 is a folder, not an image").arg(file);
    // A pipe would block the reader until someone writes to it, a device never ends: only files are read.
    if (!info.isFile())
        return Clinic::tr("%1 is a device or a pipe, not an image file").arg(file);
    if (info.size() > RoutineLimits::kMaxLogoBytes)
        return Clinic::tr("%1 is %2 bytes").arg(file).arg(info.size());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Clinic::tr("%1 cannot be read: %2").arg(file, f.errorString());
    const QByteArray bytes = f.read(RoutineLimits::kMaxLogoBytes + 1);
    if (bytes.size() > RoutineLimits::kMaxLogoBytes)
        return Clinic::tr("%1 is larger than %2 bytes").arg(file).arg(RoutineLimits::kMaxLogoBytes);
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("svg"))
                return {};
            return Clinic::tr("%1 is XML but not SVG (its first element is <%2>)").arg(file, xml.name().toString());
        }
    }
    return Clinic::tr("%1 is not a PNG or SVG image").arg(file);
}

} // namespace rollwise
