// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/print_preview.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace rollwise {

QAction* addPrintAction(QWidget* window, const std::function<void()>& print)
{
    auto* a = new QAction(QCoreApplication::translate("rollwise::PrintPreview", "&Print…"), window);
    a->setObjectName(QStringLiteral("actionPrint"));
    a->setShortcuts(QKeySequence::Print);
    a->setShortcutContext(Qt::WindowShortcut);
    window->addAction(a);
    QObject::connect(a, &QAction::triggered, window, [print] { print(); });
    return a;
}

void showPrintPreview(QWidget* parent, const QString& documentName, const QPageLayout& layout,
                      const std::function<void(QPrinter*)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(layout);
    printer.setDocName(documentName);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter* p) { paint(p); });
    preview.exec();
}

} // namespace rollwise
