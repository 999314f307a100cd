// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A problem found in a file, addressed so a clinician can find and fix it:
//   "file: path.to.field: what is wrong (expected …)".

#include <QString>
#include <QStringList>

#include <vector>

namespace rollwise {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    QString file;
    QString path;     // e.g. "exercises[2].holdSeconds"; empty for whole-file problems
    QString message;  // what is wrong
    QString expected; // what would be right; may be empty

    QString toString() const;
    // The same for a person reading it in a window: the file's base name, exercises and other list items
    // counted from 1 ("exercise 3, holdSeconds" rather than "exercises[2].holdSeconds").
    QString toReadableString() const;
};

// "exercises[2].holdSeconds" as a person counts: "exercise 3, holdSeconds".
QString readablePath(const QString& path);

class Diagnostics {
public:
    void error(QString file, QString path, QString message, QString expected = {});
    void warning(QString file, QString path, QString message, QString expected = {});
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void append(const Diagnostics& other);

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    bool empty() const { return m_items.empty(); }
    const std::vector<Diagnostic>& items() const { return m_items; }
    // Every diagnostic on its own line, errors and warnings marked.
    QString toText() const;
    // The same with toReadableString(), for windows and banners.
    QString toReadableText() const;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace rollwise
