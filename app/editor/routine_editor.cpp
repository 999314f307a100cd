// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/routine_editor.h"
#include "app/window/window_fit.h"

#include "app/anatomy/body_art.h"
#include "app/editor/diagnostics_panel.h"
#include "app/editor/exercise_form.h"
#include "app/editor/exercise_list_model.h"
#include "app/editor/field_feedback.h"
#include "app/editor/path_editor.h"
#include "app/editor/prescription_form.h"
#include "app/editor/recent_files.h"
#include "app/editor/routine_document.h"
#include "app/editor/routine_info_form.h"
#include "app/editor/technique_library.h"
#include "core/content_library.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rollwise {

namespace {
QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 14px; margin-top: 4px;"));
    return l;
}
} // namespace

RoutineEditor::RoutineEditor(const ContentLibrary& content, RoutineEditorServices services, QWidget* parent)
    : QMainWindow(parent), m_content(content), m_art(std::make_unique<BodyArt>()),
      m_prompts(services.prompts.withDefaults())
{
    setObjectName(QStringLiteral("routineEditor"));
    if (!services.settings)
        m_ownSettings = std::make_unique<QSettings>();
    m_settings = services.settings ? services.settings : m_ownSettings.get();
    m_recent = std::make_unique<RecentFiles>(*m_settings);
    m_doc = new RoutineDocument(content, this);
    m_model = new ExerciseListModel(*m_doc, this);
    setStyleSheet(FieldFeedback::styleSheet());
    buildActions();
    buildLayout();
    buildMenus();

    connect(m_doc, &RoutineDocument::modifiedChanged, this, &RoutineEditor::updateTitle);
    connect(m_doc, &RoutineDocument::filePathChanged, this, &RoutineEditor::updateTitle);
    connect(m_doc, &RoutineDocument::metadataChanged, this, &RoutineEditor::updateTitle);
    connect(m_doc, &RoutineDocument::diagnosticsChanged, this, &RoutineEditor::updateActions);
    // The model has updated the view's selection by the time these arrive; the form follows it.
    for (auto signal : {&RoutineDocument::exerciseInserted, &RoutineDocument::exerciseRemoved})
        connect(m_doc, signal, this, [this] {
            m_form->setCurrent(currentExercise());
            updateActions();
        });
    connect(m_doc, &RoutineDocument::exerciseMoved, this, [this] {
        m_form->setCurrent(currentExercise());
        updateActions();
    });
    connect(m_doc, &RoutineDocument::documentReset, this, [this] {
        selectExercise(0);
        updateActions();
    });
    selectExercise(0);
    updateTitle();
    updateActions();
    fitToScreen(this, QSize(1400, 880));
}

RoutineEditor::~RoutineEditor() = default;

void RoutineEditor::buildLayout()
{
    auto action = [this](const char* name) { return findChild<QAction*>(QString::fromLatin1(name)); };
    auto button = [&](const char* name, QWidget* parent) {
        auto* b = new QToolButton(parent);
        b->setDefaultAction(action(name));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    m_library = new TechniqueLibrary(*m_doc, split);
    m_library->setMinimumWidth(220);
    for (const char* name : {"actionAddExercise", "actionNewCustomTechnique", "actionEditCustomTechnique"}) {
        QToolButton* b = button(name, m_library);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_library->buttonArea()->addWidget(b);
    }
    connect(m_library, &TechniqueLibrary::techniqueActivated, this, [this] { addSelectedTechnique(); });

    auto* middle = new QWidget(split);
    auto* column = new QVBoxLayout(middle);
    column->setContentsMargins(6, 0, 6, 0);
    m_banner = new QLabel(middle);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // diagnostics quote the file's own texts
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;border:1px solid #f5c2c0;padding:8px;"));
    m_banner->hide();
    column->addWidget(m_banner);
    column->addWidget(sectionLabel(tr("Routine"), middle));
    m_info = new RoutineInfoForm(*m_doc, middle);
    column->addWidget(m_info);
    auto* exercisesHeader = new QHBoxLayout;
    QLabel* exercisesLabel = sectionLabel(tr("E&xercises"), middle);
    exercisesHeader->addWidget(exercisesLabel);
    exercisesHeader->addStretch(1);
    auto* hint = new QLabel(tr("drag to reorder"), middle);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    exercisesHeader->addWidget(hint);
    column->addLayout(exercisesHeader);
    m_exerciseList = new QListView(middle);
    m_exerciseList->setObjectName(QStringLiteral("exerciseList"));
    m_exerciseList->setAccessibleName(tr("Exercises in this routine, in order"));
    m_exerciseList->setModel(m_model);
    m_exerciseList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exerciseList->setDragDropMode(QAbstractItemView::InternalMove);
    m_exerciseList->setDefaultDropAction(Qt::MoveAction);
    m_exerciseList->setDropIndicatorShown(true);
    m_exerciseList->setWordWrap(true);
    m_exerciseList->setSpacing(2);
    m_exerciseList->setAlternatingRowColors(true);
    exercisesLabel->setBuddy(m_exerciseList);
    for (const char* name : {"actionRemoveExercise", "actionMoveUp", "actionMoveDown"}) {
        action(name)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_exerciseList->addAction(action(name));
    }
    column->addWidget(m_exerciseList, 3);
    auto* listButtons = new QHBoxLayout;
    for (const char* name : {"actionMoveUp", "actionMoveDown", "actionRemoveExercise"})
        listButtons->addWidget(button(name, middle));
    listButtons->addStretch(1);
    column->addLayout(listButtons);
    column->addWidget(sectionLabel(tr("Checks"), middle));
    m_diagnostics = new DiagnosticsPanel(*m_doc, middle);
    column->addWidget(m_diagnostics, 1);
    connect(m_diagnostics, &DiagnosticsPanel::targetActivated, this, &RoutineEditor::jumpTo);
    connect(m_exerciseList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                // The library keeps its own selection: it is where the next exercise comes from.
                m_form->setCurrent(current.isValid() ? current.row() : -1);
                updateActions();
            });

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new ExerciseForm(*m_doc, scroll);
    scroll->setWidget(m_form);
    m_tabs->addTab(scroll, tr("E&xercise Settings"));
    m_pathEditor = new PathEditor(*m_doc, *m_art, m_tabs);
    m_tabs->addTab(m_pathEditor, tr("Roller &Path"));
    auto* prescriptionScroll = new QScrollArea(m_tabs);
    prescriptionScroll->setWidgetResizable(true);
    prescriptionScroll->setFrameShape(QFrame::NoFrame);
    m_prescription = new PrescriptionForm(*m_doc, m_prompts.logoFileName, prescriptionScroll);
    prescriptionScroll->setWidget(m_prescription);
    m_tabs->addTab(prescriptionScroll, tr("Prescription && &Clinic"));
    m_prescriptionTab = prescriptionScroll;
    connect(m_library, &TechniqueLibrary::currentTechniqueChanged, m_pathEditor, &PathEditor::setTechnique);
    connect(m_library, &TechniqueLibrary::currentTechniqueChanged, this, &RoutineEditor::updateActions);
    m_pathEditor->setTechnique(m_library->currentTechniqueId());

    split->addWidget(m_library);
    split->addWidget(middle);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 5);
    split->setSizes({260, 480, 620});
    setCentralWidget(split);

    auto* toolbar = addToolBar(tr("Editor"));
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "",
                             "actionAddExercise", "actionNewCustomTechnique", "", "actionUseInPlayer"}) {
        if (*name)
            toolbar->addAction(action(name));
        else
            toolbar->addSeparator();
    }
    statusBar()->setObjectName(QStringLiteral("editorStatus"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("editorSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summary, 1);
}

int RoutineEditor::currentExercise() const
{
    const QModelIndex i = m_exerciseList->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RoutineEditor::selectExercise(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    m_exerciseList->setCurrentIndex(i);
    if (!i.isValid())
        m_form->setCurrent(-1);
}

QListWidget* RoutineEditor::diagnosticsList() const
{
    return m_diagnostics;
}

void RoutineEditor::updateTitle()
{
    setWindowTitle(tr("%1[*] \u2014 %2 \u2014 Rollwise Routine Editor").arg(m_doc->displayName(), m_doc->routine().title));
    setWindowModified(m_doc->isModified());
}

void RoutineEditor::jumpTo(const DiagnosticTarget& target)
{
    switch (target.kind) {
    case DiagnosticTarget::Kind::Exercise:
        selectExercise(target.index);
        m_tabs->setCurrentIndex(0);
        m_form->setFocus();
        break;
    case DiagnosticTarget::Kind::CustomTechnique:
        if (target.index >= 0 && size_t(target.index) < m_doc->routine().customTechniques.size())
            m_library->selectTechnique(m_doc->routine().customTechniques[size_t(target.index)].id);
        m_tabs->setCurrentWidget(m_pathEditor);
        break;
    case DiagnosticTarget::Kind::Routine:
        if (target.field == u"exercises") {
            m_library->list()->setFocus();
        } else if (isPrescriptionField(target.field)) {
            m_tabs->setCurrentWidget(m_prescriptionTab);
            m_prescription->setFocus();
        } else
            m_info->setFocus();
        break;
    }
}

} // namespace rollwise