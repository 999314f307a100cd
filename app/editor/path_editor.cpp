// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/path_editor.h"

#include "app/editor/path_canvas.h"
#include "app/editor/routine_document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rollwise {

namespace {
constexpr int kWidthMergeKey = 1;

QString viewName(View v)
{
    switch (v) {
    case View::Posterior: return PathEditor::tr("back");
    case View::Anterior: return PathEditor::tr("front");
    case View::Lateral: return PathEditor::tr("side");
    }
    return {};
}
} // namespace

PathEditor::PathEditor(RoutineDocument& doc, const BodyArt& art, QWidget* parent) : QWidget(parent), m_doc(doc)
{
    m_canvas = new PathCanvas(doc.content(), art, this);
    build();
    connect(m_canvas, &PathCanvas::pointsEdited, this, [this](const std::vector<Point>& points, bool finished) {
        if (m_current < int(m_paths.size())) {
            m_paths[size_t(m_current)].points = points;
            candidateChanged(finished);
        }
    });
    connect(&doc, &RoutineDocument::customTechniqueChanged, this, [this](int index) {
        if (index == customIndex() && !m_applying)
            reload();
    });
    connect(&doc, &RoutineDocument::customTechniquesChanged, this, &PathEditor::reload);
    connect(&doc, &RoutineDocument::documentReset, this, &PathEditor::reload);
    reload();
}

void PathEditor::build()
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pathTitle"));
    m_title->setTextFormat(Qt::PlainText); // technique names come from routine files
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 15px;"));
    layout->addWidget(m_title);

    auto* grid = new QGridLayout;
    m_pathBox = new QComboBox(this);
    m_pathBox->setAccessibleName(tr("Roller path"));
    m_addPath = new QPushButton(tr("&Add Path"), this);
    m_removePath = new QPushButton(tr("Remo&ve Path"), this);
    m_view = new QComboBox(this);
    m_view->setAccessibleName(tr("Body view"));
    m_view->addItem(tr("Back (posterior)"), int(View::Posterior));
    m_view->addItem(tr("Front (anterior)"), int(View::Anterior));
    m_view->addItem(tr("Side (lateral)"), int(View::Lateral));
    m_side = new QComboBox(this);
    m_side->setAccessibleName(tr("Side of the body"));
    m_side->addItem(tr("Right, mirrored for the left"), int(Side::Right));
    m_side->addItem(tr("Centre, both sides at once"), int(Side::Centre));
    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("pathWidth"));
    m_width->setAccessibleName(tr("Roller band width, centimetres"));
    m_width->setRange(0.5, 40.0); // wide on purpose: the reader, not this box, says what is allowed
    m_width->setDecimals(1);
    m_width->setSingleStep(0.5);
    m_width->setSuffix(tr(" cm"));
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathBox, 1);
    pathRow->addWidget(m_addPath);
    pathRow->addWidget(m_removePath);
    grid->addWidget(label(tr("&Path"), m_pathBox), 0, 0);
    grid->addLayout(pathRow, 0, 1, 1, 3);
    grid->addWidget(label(tr("Vie&w"), m_view), 1, 0);
    grid->addWidget(m_view, 1, 1);
    grid->addWidget(label(tr("Si&de"), m_side), 1, 2);
    grid->addWidget(m_side, 1, 3);
    grid->addWidget(label(tr("Roller &width"), m_width), 2, 0);
    grid->addWidget(m_width, 2, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addWidget(m_canvas, 1);

    auto* buttons = new QHBoxLayout;
    m_deletePoint = new QPushButton(tr("De&lete Point"), this);
    auto* clear = new QPushButton(tr("&Clear Path"), this);
    m_revert = new QPushButton(tr("&Revert Drawing"), this);
    m_revert->setToolTip(tr("Throw away the drawing and show the path the routine holds now."));
    buttons->addWidget(m_deletePoint);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pathStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);

    connect(m_pathBox, &QComboBox::activated, this, &PathEditor::selectPath);
    connect(m_addPath, &QPushButton::clicked, this, &PathEditor::addPath);
    connect(m_removePath, &QPushButton::clicked, this, &PathEditor::removePath);
    connect(m_view, &QComboBox::activated, this, [this](int i) {
        m_paths[size_t(m_current)].view = View(m_view->itemData(i).toInt());
        showCurrent();
        candidateChanged(true);
    });
    connect(m_side, &QComboBox::activated, this, [this](int i) {
        m_paths[size_t(m_current)].side = Side(m_side->itemData(i).toInt());
        candidateChanged(true);
    });
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this](double w) {
        m_paths[size_t(m_current)].widthCm = w;
        candidateChanged(true, kWidthMergeKey);
    });
    connect(m_deletePoint, &QPushButton::clicked, this, [this] {
        RollerPath& p = m_paths[size_t(m_current)];
        const int i = m_canvas->selectedPoint() >= 0 ? m_canvas->selectedPoint() : int(p.points.size()) - 1;
        if (i >= 0 && i < int(p.points.size())) {
            p.points.erase(p.points.begin() + i);
            showCurrent();
            candidateChanged(true);
        }
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_paths[size_t(m_current)].points.clear();
        showCurrent();
        candidateChanged(true);
    });
    connect(m_revert, &QPushButton::clicked, this, &PathEditor::reload);
}

const Technique* PathEditor::technique() const
{
    return m_id.isEmpty() ? nullptr : m_doc.routine().technique(m_id, m_doc.content());
}

int PathEditor::customIndex() const
{
    return m_doc.customTechniqueIndex(m_id);
}

void PathEditor::setTechnique(const QString& id)
{
    m_id = id;
    m_current = 0;
    reload();
}

void PathEditor::reload()
{
    const Technique* t = technique();
    if (!t)
        m_id.clear();
    m_highlight = t ? *t : Technique{};
    m_paths = t ? storedPaths(t->paths) : std::vector<RollerPath>{};
    if (customIndex() >= 0 && m_paths.empty())
        m_paths.push_back(RollerPath{View::Posterior, t->perSide ? Side::Right : Side::Centre, {}, 6.0, 0});
    m_current = std::clamp(m_current, 0, std::max(0, int(m_paths.size()) - 1));
    showCurrent();
    candidateChanged(false);
}

void PathEditor::showCurrent()
{
    const bool editable = customIndex() >= 0;
    const bool hasPath = m_current < int(m_paths.size());
    m_title->setText(m_id.isEmpty() ? tr("Roller path") : tr("Roller path \u2014 %1").arg(m_highlight.name));
    {
        const QSignalBlocker b1(m_pathBox), b2(m_view), b3(m_side), b4(m_width);
        m_pathBox->clear();
        for (size_t i = 0; i < m_paths.size(); ++i) {
            const RollerPath& p = m_paths[i];
            m_pathBox->addItem(tr("Path %1 (%2, %3)")
                                   .arg(QString::number(i + 1), viewName(p.view),
                                        p.side != Side::Right ? tr("centre") : p.view == View::Lateral ? tr("right") : tr("right + mirror")));
        }
        m_pathBox->setCurrentIndex(m_current);
        if (hasPath) {
            const RollerPath& p = m_paths[size_t(m_current)];
            m_view->setCurrentIndex(m_view->findData(int(p.view)));
            m_side->setCurrentIndex(m_side->findData(int(p.side == Side::Left ? Side::Right : p.side)));
            m_width->setValue(p.widthCm);
        }
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_pathBox, m_view, m_side, m_width, m_addPath, m_removePath,
                                                      m_deletePoint, m_revert})
        w->setEnabled(editable && hasPath);
    m_pathBox->setEnabled(hasPath); // a built-in technique's paths can still be looked at one by one

    // Zoom once per technique and view, not while drawing: the diagram must not move under the mouse.
    const View view = hasPath ? m_paths[size_t(m_current)].view : View::Posterior;
    const QString focusKey = m_id + QLatin1Char('|') + toString(view);
    if (focusKey != m_focusKey) {
        m_focusKey = focusKey;
        m_canvas->setView(view, m_id.isEmpty() ? nullptr : &m_highlight);
    }
    m_canvas->setEditablePath(hasPath ? m_paths[size_t(m_current)].points : std::vector<Point>{},
                              hasPath ? m_paths[size_t(m_current)].widthCm : 6.0, editable && hasPath);
    AnatomyFrame frame;
    frame.technique = m_id.isEmpty() ? nullptr : &m_highlight;
    m_canvas->setFrame(frame);
}

void PathEditor::selectPath(int index)
{
    m_current = std::clamp(index, 0, std::max(0, int(m_paths.size()) - 1));
    showCurrent();
    candidateChanged(false);
}

void PathEditor::addPath()
{
    const View view = m_current < int(m_paths.size()) ? m_paths[size_t(m_current)].view : View::Posterior;
    m_paths.push_back(RollerPath{view, m_highlight.perSide ? Side::Right : Side::Centre, {}, 6.0, 0});
    selectPath(int(m_paths.size()) - 1);
}

void PathEditor::removePath()
{
    if (m_current >= int(m_paths.size()))
        return;
    m_paths.erase(m_paths.begin() + m_current);
    if (m_paths.empty())
        m_paths.push_back(RollerPath{View::Posterior, m_highlight.perSide ? Side::Right : Side::Centre, {}, 6.0, 0});
    m_current = std::min(m_current, int(m_paths.size()) - 1);
    showCurrent();
    candidateChanged(true);
}

void PathEditor::candidateChanged(bool finished, int mergeKey)
{
    const std::vector<RollerPath> all = withMirroredPaths(m_paths);
    m_verdict = checkPaths(m_highlight, all, m_doc.content());
    m_canvas->setRefusedZones(m_verdict.zones);
    // Context: every path but the one being drawn, including its own mirror image.
    std::vector<RollerPath> context;
    for (const RollerPath& p : all)
        if (!(p.sourceIndex == m_current && p.side != Side::Left))
            context.push_back(p);
    m_canvas->setContextPaths(context);

    const int index = customIndex();
    std::vector<RollerPath> complete;
    for (const RollerPath& p : m_paths)
        if (isCompletePath(p))
            complete.push_back(p);
    QString status;
    QString severity;
    if (m_id.isEmpty()) {
        status = tr("Select a technique in the library to see its roller path.");
    } else if (index < 0) {
        status = tr("Built-in technique: its roller path is fixed. Create a custom technique to draw your own.");
    } else if (!m_verdict.zoneNames.isEmpty()) {
        // Refused: the document keeps its last safe paths; the drawing stays on screen to be corrected.
        status = tr("\u2716 Refused: the roller band touches %1. This path was not applied to the routine: move or "
                    "delete the points in the zone, or revert the drawing.")
                     .arg(m_verdict.zoneNames.join(QStringLiteral(", ")));
        severity = QStringLiteral("error");
        if (finished)
            spdlog::info("editor: refused a roller path for '{}' touching {}", m_id.toStdString(),
                         m_verdict.zoneNames.join(QStringLiteral(", ")).toStdString());
    } else if (m_current < int(m_paths.size()) && !isCompletePath(m_paths[size_t(m_current)])) {
        status = tr("Click on the body to add points where the roller travels (at least two, 1 cm apart).");
    } else {
        status = tr("\u2714 Clear of every contraindicated zone (nearest: %1, %2 cm away).")
                     .arg(m_verdict.nearestZone)
                     .arg(m_verdict.clearanceCm, 0, 'f', 1);
        severity = QStringLiteral("ok");
    }
    m_status->setText(status);
    m_status->setStyleSheet(severity == u"error" ? QStringLiteral("color: #b3261e; font-weight: 600;")
                            : severity == u"ok"  ? QStringLiteral("color: #1b5e20;")
                                                 : QString());
    if (!finished || index < 0 || !m_verdict.zoneNames.isEmpty() || complete.empty())
        return;
    Technique changed = m_doc.routine().customTechniques[size_t(index)];
    changed.paths = withMirroredPaths(complete);
    m_applying = true;
    m_doc.setCustomTechnique(index, changed, tr("Edit roller path of %1").arg(changed.name), mergeKey);
    m_applying = false;
    m_highlight = m_doc.routine().customTechniques[size_t(index)];
}

QString PathEditor::statusText() const
{
    return m_status->text();
}

} // namespace rollwise
