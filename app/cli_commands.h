#pragma once
// The headless commands behind the command line. Each reports problems on stderr as
// "file: field: what is wrong (expected …)" and returns the process exit code.

#include "app/sheet_renderer.h"
#include "core/body.h"

#include <QPageSize>
#include <QDate>
#include <QString>

#include <cstdio>
#include <optional>

namespace rollwise {

class ContentLibrary;
struct SnapshotRequest;

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUnreadable = 2, ExitUsage = 2 };

void print(FILE* to, const QString& text);

int checkRoutine(const QString& path, const ContentLibrary& content);
int printPlan(const QString& routinePath, const ContentLibrary& content);
int exportRoutine(const QString& out, const QString& routinePath, const ContentLibrary& content);
int exportSnapshot(const QString& out, const SnapshotRequest& request, const ContentLibrary& content);

struct PdfRequest {
    QString out;
    QString routinePath; // empty: the built-in routine
    std::optional<QString> patient;
    std::optional<QString> clinician;
    std::optional<QString> notes;
    std::optional<QDate> nextReview;
    QPageSize::PageSizeId page = QPageSize::A4;
    SheetLayout layout = SheetLayout::Full;
};
int exportPdf(const PdfRequest& request, const ContentLibrary& content);

} // namespace rollwise
