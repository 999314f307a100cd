// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace rollwise {

namespace {
QString itemName(const QString& list)
{
    // The lists a person writes in a routine or finds in a history, named as one item of each.
    if (list == QLatin1String("exercises"))
        return QCoreApplication::translate("Diagnostic", "exercise");
    if (list == QLatin1String("customTechniques"))
        return QCoreApplication::translate("Diagnostic", "custom technique");
    if (list == QLatin1String("steps"))
        return QCoreApplication::translate("Diagnostic", "step");
    if (list == QLatin1String("sessions"))
        return QCoreApplication::translate("Diagnostic", "session");
    if (list == QLatin1String("screenings"))
        return QCoreApplication::translate("Diagnostic", "safety check");
    return QCoreApplication::translate("Diagnostic", "%1 item").arg(list);
}

QString compose(const Diagnostic& d, const QString& file, const QString& path)
{
    QString out = file.isEmpty() ? QCoreApplication::translate("Diagnostic", "<input>") : file;
    out += QStringLiteral(": ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    out += d.message;
    if (!d.expected.isEmpty())
        out += QStringLiteral(" (") + QCoreApplication::translate("Diagnostic", "expected %1").arg(d.expected)
               + QLatin1Char(')');
    return out;
}

QString severityTag(Severity s)
{
    return s == Severity::Error ? QCoreApplication::translate("Diagnostic", "error")
                                : QCoreApplication::translate("Diagnostic", "warning");
}
} // namespace

QString readablePath(const QString& path)
{
    QStringList parts;
    for (const QString& segment : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        // A nested list reads "exercises[1][0]": each index counted from 1 after the list's item name.
        // Parsed by hand rather than with QRegularExpression: PCRE2's JIT code reads memory memcheck
        // cannot follow, and this runs on every load warning.
        QStringView rest(segment);
        QStringList indices;
        while (rest.endsWith(QLatin1Char(']'))) {
            const qsizetype open = rest.lastIndexOf(QLatin1Char('['));
            bool ok = false;
            const QStringView digits = open < 0 ? QStringView() : rest.mid(open + 1, rest.size() - open - 2);
            const qlonglong index = digits.toLongLong(&ok);
            if (!ok || index < 0 || digits.startsWith(QLatin1Char('+')))
                break;
            indices.prepend(QString::number(index + 1));
            rest = rest.left(open);
        }
        if (indices.isEmpty())
            parts << segment;
        else
            parts << itemName(rest.toString()) + QLatin1Char(' ') + indices.join(QLatin1Char('.'));
    }
    return parts.join(QStringLiteral(", "));
}

QString Diagnostic::toReadableString() const
{
    return compose(*this, file.isEmpty() ? QString() : QFileInfo(file).fileName(), readablePath(path));
}

void Diagnostics::error(QString file, QString path, QString message, QString expected)
{
    m_items.push_back({Severity::Error, std::move(file), std::move(path), std::move(message), std::move(expected)});
}

void Diagnostics::warning(QString file, QString path, QString message, QString expected)
{
    m_items.push_back({Severity::Warning, std::move(file), std::move(path), std::move(message), std::move(expected)});
}

void Diagnostics::append(const Diagnostics& other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::hasErrors() const
{
    return errorCount() > 0;
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

QString Diagnostic::toString() const
{
    return compose(*this, file, path);
}

QString Diagnostics::toText() const
{
    QStringList lines;
    for (const Diagnostic& d : m_items)
        lines << severityTag(d.severity) + QStringLiteral(": ") + d.toString();
    return lines.join(QLatin1Char('\n'));
}

QString Diagnostics::toReadableText() const
{
    QStringList lines;
    for (const Diagnostic& d : m_items)
        lines << severityTag(d.severity) + QStringLiteral(": ") + d.toReadableString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace rollwise
