// SPDX-License-Identifier: GPL-3.0-or-later
// RoutineDocument: lifecycle (new, open, save), diagnostics from the core validator and lookups.
#include "app/editor/routine_document.h"

#include "app/editor/diagnostic_paths.h"
#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rollwise {

namespace {
bool sameDiagnostic(const Diagnostic& a, const Diagnostic& b)
{
    return a.severity == b.severity && a.path == b.path && a.message == b.message && a.expected == b.expected;
}

QString diagnosticsKey(const Diagnostics& d)
{
    return d.toText();
}
} // namespace

RoutineDocument::RoutineDocument(const ContentLibrary& content, QObject* parent)
    : QObject(parent), m_content(content), m_routine(blankRoutine())
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    revalidate();
}

RoutineDocument::~RoutineDocument()
{
    // A dying QUndoStack announces that it is clean again. Passed on as modifiedChanged, that would reach the
    // editor window, which owns this document and is half destroyed by then (UBSan: bad downcast).
    disconnect(&m_undo, nullptr, this, nullptr);
}

Routine RoutineDocument::blankRoutine()
{
    Routine r;
    r.title = tr("New routine");
    r.created = QDate::currentDate();
    return r;
}

QString RoutineDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void RoutineDocument::reset(Routine routine, const QString& filePath)
{
    emit aboutToReset();
    m_routine = std::move(routine);
    m_path = filePath;
    m_undo.clear();
    m_undo.setClean();
    emit documentReset();
    revalidate();
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
}

bool RoutineDocument::open(const QString& path, Diagnostics* problems)
{
    const RoutineLoad load = RoutineReader(m_content).readFile(path);
    if (problems)
        *problems = load.diagnostics;
    if (!load.routine) {
        spdlog::warn("editor: cannot open routine '{}': {} error(s)", path.toStdString(),
                     load.diagnostics.errorCount());
        return false;
    }
    reset(*load.routine, QFileInfo(path).absoluteFilePath());
    spdlog::info("editor: opened routine '{}'", path.toStdString());
    return true;
}

QString RoutineDocument::saveBlocker() const
{
    if (!hasErrors())
        return {};
    QStringList lines;
    for (const Diagnostic& d : m_diagnostics.items())
        if (d.severity == Severity::Error)
            lines << QStringLiteral("• ") + describeDiagnostic(d, m_routine, m_content);
    const int n = m_diagnostics.errorCount();
    const QString head = n == 1 ? tr("Not saved: the routine has 1 problem to fix first.")
                                : tr("Not saved: the routine has %1 problems to fix first.").arg(n);
    return head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString RoutineDocument::save()
{
    if (m_path.isEmpty())
        return tr("Not saved: the routine has no file name yet.");
    return saveAs(m_path);
}

QString RoutineDocument::saveAs(const QString& path)
{
    // The same validator as opening a file: a routine that would be refused on reading (or that rolls a
    // contraindicated zone) is never written, so a patient can never be handed one.
    if (const QString blocker = saveBlocker(); !blocker.isEmpty()) {
        spdlog::warn("editor: refused to save '{}': {} error(s)", path.toStdString(), m_diagnostics.errorCount());
        return blocker;
    }
    if (const QString error = RoutineWriter::save(m_routine, path); !error.isEmpty()) {
        spdlog::error("editor: cannot save '{}': {}", path.toStdString(), error.toStdString());
        return error;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool renamed = absolute != m_path;
    m_path = absolute;
    m_undo.setClean();
    if (renamed) {
        revalidate(); // diagnostics name the file
        emit filePathChanged(m_path);
    }
    spdlog::info("editor: saved routine '{}'", m_path.toStdString());
    emit saved(m_path);
    return {};
}

std::vector<Diagnostic> RoutineDocument::diagnosticsAt(const QString& path) const
{
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : m_diagnostics.items())
        if (pathWithin(d.path, path))
            out.push_back(d);
    return out;
}

QString RoutineDocument::exercisePath(int index)
{
    return JsonReader::index(QStringLiteral("exercises"), index);
}

QString RoutineDocument::customTechniquePath(int index)
{
    return JsonReader::index(QStringLiteral("customTechniques"), index);
}

void RoutineDocument::revalidate()
{
    const RoutineReader reader(m_content);
    const QString name = displayName();
    Diagnostics d = reader.validate(m_routine, name);
    // validate() checks the routine as a whole; the rules of the file itself (text lengths, a custom
    // technique's required steps and paths) live in the reader. Reading back the bytes a save would write
    // applies them too, so whatever the editor lets you save is guaranteed to open again.
    const RoutineLoad reread = reader.readBytes(RoutineWriter::toBytes(m_routine), name);
    for (const Diagnostic& x : reread.diagnostics.items()) {
        if (std::any_of(d.items().begin(), d.items().end(), [&](const Diagnostic& y) { return sameDiagnostic(x, y); }))
            continue;
        // An exercise that uses an incomplete custom technique reads back as "unknown technique"; the
        // real problem is already reported on the technique itself.
        const DiagnosticTarget target = diagnosticTarget(x.path);
        if (target.kind == DiagnosticTarget::Kind::Exercise && target.field == u"technique" && target.index >= 0
            && size_t(target.index) < m_routine.exercises.size()
            && m_routine.technique(m_routine.exercises[size_t(target.index)].techniqueId, m_content))
            continue;
        d.add(x);
    }
    if (diagnosticsKey(d) == diagnosticsKey(m_diagnostics))
        return;
    m_diagnostics = std::move(d);
    emit diagnosticsChanged();
}

} // namespace rollwise