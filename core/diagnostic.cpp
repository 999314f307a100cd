#include "core/diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace rollwise {

QString Diagnostic::toString() const
{
    QString out = file.isEmpty() ? QCoreApplication::translate("Diagnostic", "<input>") : file;
    out += QStringLiteral(": ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    out += message;
    if (!expected.isEmpty())
        out += QStringLiteral(" (") + QCoreApplication::translate("Diagnostic", "expected %1").arg(expected)
               + QLatin1Char(')');
    return out;
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

QString Diagnostics::toText() const
{
    QStringList lines;
    for (const Diagnostic& d : m_items) {
        const QString tag = d.severity == Severity::Error ? QCoreApplication::translate("Diagnostic", "error")
                                                          : QCoreApplication::translate("Diagnostic", "warning");
        lines << tag + QStringLiteral(": ") + d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rollwise
