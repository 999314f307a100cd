// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/learn/learn_view.h"
#include "app/anatomy/anatomy_view.h"
#include "app/sheet/print_preview.h"
#include "app/window/window_fit.h"
#include "core/content_library.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace rollwise {

namespace {
// Around the lumbar zone: the pelvis below and the lower ribs above, so the reader sees where it sits (cm).
constexpr double kLumbarMarginX = 24;
constexpr double kLumbarMarginY = 22;
// The printed diagram: pixels of the image put into the document, and its width in the document's layout
// units (1/96 inch when printed): 6.3 cm, the size of the sheet's pictures.
constexpr QSize kPrintedDiagramPx(900, 1200);
constexpr int kPrintedDiagramWidth = 240;
} // namespace

LearnView::LearnView(const ContentLibrary& content, const BodyArt& art, QWidget* parent)
    : QDialog(parent), m_topics(learnTopics(content))
{
    setObjectName(QStringLiteral("learnView"));
    setWindowTitle(tr("Learn — Rollwise"));
    setModal(false);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("learnTopics"));
    m_list->setAccessibleName(tr("Learn topics"));
    m_list->setAccessibleDescription(tr("Choose a topic with the arrow keys; its text and diagram are shown beside."));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setMinimumWidth(190);
    for (const LearnTopic& t : m_topics)
        m_list->addItem(t.title); // item text is always plain text
    m_text = new QTextBrowser(split);
    m_text->setObjectName(QStringLiteral("learnText"));
    m_text->setAccessibleName(tr("Topic text"));
    m_text->setOpenLinks(false);
    m_text->setMinimumWidth(280);
    QFont reading = m_text->font();
    reading.setPointSizeF(std::max(11.0, reading.pointSizeF() * 1.15)); // read at length: a little larger
    m_text->setFont(reading);
    auto* figure = new QWidget(split);
    m_diagram = new AnatomyView(content, art, figure);
    m_diagram->setObjectName(QStringLiteral("learnDiagram"));
    m_diagram->setAccessibleName(tr("Body diagram for this topic"));
    m_diagram->setMinimumSize(220, 300);
    // What the diagram shows, in words: for sighted readers as a caption, for screen readers as its description.
    m_caption = new QLabel(figure);
    m_caption->setObjectName(QStringLiteral("learnCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    auto* figureLayout = new QVBoxLayout(figure);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    figureLayout->addWidget(m_diagram, 1);
    figureLayout->addWidget(m_caption);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("learnPrint"));
    print->setToolTip(tr("Print this topic with its diagram (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(print, &QPushButton::clicked, this, &LearnView::print);
    addPrintAction(this, [this] { this->print(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &LearnView::showTopic);
    // A screen reader selects an item through its accessibility action, which changes the selection but not
    // the current item: follow the selection too.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_list->selectedItems();
        if (!selected.isEmpty() && m_list->row(selected.front()) != m_list->currentRow())
            m_list->setCurrentRow(m_list->row(selected.front()));
    });
    m_list->setCurrentRow(m_topics.empty() ? -1 : 0);
    m_list->setFocus();

    // Fits the screen it opens on (down to 1366×768) with room for the task bar.
    fitToScreen(this, QSize(1180, 720));
    split->setSizes({width() * 2 / 10, width() * 5 / 10, width() * 3 / 10});
}

LearnView* LearnView::open(const ContentLibrary& content, const BodyArt& art, QWidget* parent,
                           QAbstractButton* safetyStop)
{
    LearnView* view = parent ? parent->findChild<LearnView*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!view) {
        view = new LearnView(content, art, parent);
        view->setAttribute(Qt::WA_DeleteOnClose);
        if (safetyStop)
            view->forwardSafetyStop(safetyStop);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

void LearnView::forwardSafetyStop(QAbstractButton* button)
{
    // Someone reading here mid-session must be able to stop at once without finding the player first.
    auto* stop = new QAction(this);
    stop->setShortcut(QKeySequence(Qt::Key_F12)); // the player's safety-stop key (session_controls.cpp)
    stop->setShortcutContext(Qt::WindowShortcut);
    addAction(stop);
    connect(stop, &QAction::triggered, button, [button] {
        if (button->isEnabled())
            button->click();
    });
}

int LearnView::currentTopic() const
{
    return m_list->currentRow();
}

void LearnView::showTopic(int row)
{
    if (row < 0 || row >= int(m_topics.size())) {
        m_text->clear();
        return;
    }
    const LearnTopic& t = m_topics[size_t(row)];
    m_text->setHtml(t.html);
    m_text->setAccessibleDescription(t.title);
    m_diagram->setDisplay(t.display);
    AnatomyPainter& painter = m_diagram->anatomy();
    QRectF focus;
    if (t.zoomOnLumbar) {
        if (const auto outline = painter.lumbarOutline())
            focus = outline->boundingRect().adjusted(-kLumbarMarginX, -kLumbarMarginY, kLumbarMarginX, kLumbarMarginY);
    } else if (t.zoomOnTargets && t.highlight) {
        focus = painter.focusFor(*t.highlight, Side::Centre);
    }
    painter.setFocusRect(focus);
    AnatomyFrame frame;
    frame.technique = t.highlight ? &*t.highlight : nullptr;
    frame.side = Side::Centre;
    // A technique's roller lies where it starts, its travel drawn as on the printed sheet.
    frame.phase = Phase::Roll;
    frame.showTravel = true;
    m_diagram->setFrame(frame);
    m_diagram->setAccessibleDescription(t.diagramDescription);
    m_caption->setText(t.diagramDescription);
}

std::unique_ptr<QTextDocument> LearnView::printableTopic() const
{
    auto doc = std::make_unique<QTextDocument>();
    const int row = currentTopic();
    if (row < 0 || row >= int(m_topics.size()))
        return doc;
    const LearnTopic& t = m_topics[size_t(row)];
    // The diagram as the window shows it now (focus, highlights, roller), drawn as vectors at print resolution.
    QImage diagram(kPrintedDiagramPx, QImage::Format_ARGB32_Premultiplied);
    diagram.fill(Qt::white);
    {
        QPainter p(&diagram);
        p.setRenderHint(QPainter::Antialiasing);
        m_diagram->anatomy().paintVector(p, QRectF(QPointF(0, 0), QSizeF(kPrintedDiagramPx)), m_diagram->frame());
    }
    const QUrl image(QStringLiteral("rollwise-learn-diagram"));
    doc->setDefaultFont(m_text->font());
    // The topic's text carries its title as its heading; a topic without one gets it on paper.
    const QString heading = t.html.startsWith(QStringLiteral("<h")) ? QString() : QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
    doc->setHtml(heading + t.html
                 + QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p><p align=\"center\">%3</p>")
                       .arg(image.toString())
                       .arg(kPrintedDiagramWidth)
                       .arg(t.diagramDescription.toHtmlEscaped()));
    doc->addResource(QTextDocument::ImageResource, image, diagram); // after setHtml(), which forgets resources
    doc->setMetaInformation(QTextDocument::DocumentTitle, t.title);
    return doc;
}

void LearnView::print()
{
    const std::unique_ptr<QTextDocument> doc = printableTopic();
    const QPageSize paper(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    const QPageLayout layout(paper, QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    showPrintPreview(this, doc->metaInformation(QTextDocument::DocumentTitle), layout,
                     [&doc](QPrinter* printer) { doc->print(printer); });
}

} // namespace rollwise
