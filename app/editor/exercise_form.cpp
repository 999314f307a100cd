// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/exercise_form.h"

#include "app/editor/routine_document.h"
#include "app/editor/undo_shortcut_filter.h"
#include "app/text/labels.h"
#include "app/text/technique_html.h"
#include "core/content_library.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rollwise {

namespace {
// Wide enough for any mistyped value: the validator, not the spin box, says what is allowed.
constexpr int kSpinMax = 3600;

QSpinBox* secondsBox(const QString& accessibleName)
{
    auto* s = new QSpinBox;
    s->setRange(0, kSpinMax);
    s->setSuffix(ExerciseForm::tr(" s"));
    s->setAccessibleName(accessibleName);
    UndoShortcutFilter::install(s);
    return s;
}

// Sets and sessions a week are optional per exercise: the box's lowest value, 0, stands for "the routine's".
QSpinBox* optionalCountBox(const QString& accessibleName)
{
    auto* s = new QSpinBox;
    s->setRange(0, 99);
    s->setAccessibleName(accessibleName);
    UndoShortcutFilter::install(s);
    return s;
}

std::optional<int> unlessZero(int v)
{
    return v == 0 ? std::nullopt : std::optional<int>(v);
}

const Exercise* exerciseAt(const RoutineDocument& doc, int row)
{
    return row >= 0 && size_t(row) < doc.routine().exercises.size() ? &doc.routine().exercises[size_t(row)] : nullptr;
}
} // namespace

ExerciseForm::ExerciseForm(RoutineDocument& doc, QWidget* parent) : QWidget(parent), m_doc(doc)
{
    build();
    connect(&doc, &RoutineDocument::exerciseChanged, this, [this](int row) {
        if (row == m_row)
            load();
    });
    connect(&doc, &RoutineDocument::diagnosticsChanged, this, &ExerciseForm::showDiagnostics);
    // The routine's sets, sessions a week and default times show through in this exercise's boxes and preview.
    connect(&doc, &RoutineDocument::metadataChanged, this, &ExerciseForm::load);
    connect(&doc, &RoutineDocument::documentReset, this, [this] { setCurrent(-1); });
    load();
}

void ExerciseForm::build()
{
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("exerciseTitle"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText); // technique names come from routine files
    m_technique = FieldFeedback::wrap(m_header, QStringLiteral("exerciseTitle"));
    layout->addWidget(m_technique.container());
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_subtitle);

    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 6, 0, 0);
    auto addRow = [&](const QString& label, QWidget* control, const QString& name, const QString& key) {
        FieldFeedback f = FieldFeedback::wrap(control, name);
        auto* l = new QLabel(label, m_fields);
        l->setBuddy(control);
        form->addRow(l, f.container());
        m_feedback[key] = f;
        return l;
    };

    m_sides = new QComboBox;
    m_sides->setAccessibleName(tr("Sides"));
    m_sides->addItems({QString(), tr("Right side only"), tr("Left side only")});
    addRow(tr("&Sides"), m_sides, QStringLiteral("sidesCombo"), QStringLiteral("sides"));
    connect(m_sides, &QComboBox::activated, this, [this](int i) {
        edit(ExerciseField::Sides, [i](Exercise& e) {
            e.sides = i == 1 ? SidesChoice::Right : i == 2 ? SidesChoice::Left : SidesChoice::Both;
        });
    });

    m_variant = new QComboBox;
    m_variant->setAccessibleName(tr("Variant"));
    addRow(tr("&Variant"), m_variant, QStringLiteral("variantCombo"), QStringLiteral("variant"));
    connect(m_variant, &QComboBox::activated, this, [this](int i) {
        const QString id = m_variant->itemData(i).toString();
        edit(ExerciseField::Variant, [id](Exercise& e) { e.variant = id; });
    });

    m_rollMode = new QComboBox;
    m_rollMode->setAccessibleName(tr("Measure rolling by"));
    m_rollMode->addItems({tr("Time per side"), tr("Passes over the path")});
    addRow(tr("Roll &by"), m_rollMode, QStringLiteral("rollModeCombo"), QStringLiteral("rollMode"));
    connect(m_rollMode, &QComboBox::activated, this, &ExerciseForm::changeRollMode);

    m_roll = new QSpinBox;
    m_roll->setRange(0, kSpinMax);
    UndoShortcutFilter::install(m_roll);
    m_rollLabel = addRow(tr("&Rolling"), m_roll, QStringLiteral("rollSpin"), QStringLiteral("rollSeconds"));
    connect(m_roll, &QSpinBox::valueChanged, this, [this](int v) {
        edit(ExerciseField::Roll, [v](Exercise& e) {
            if (e.passes)
                e.passes = v;
            else
                e.rollSeconds = v;
        });
    });

    m_hold = secondsBox(tr("Hold on a tender spot, seconds"));
    addRow(tr("&Hold"), m_hold, QStringLiteral("holdSpin"), QStringLiteral("holdSeconds"));
    connect(m_hold, &QSpinBox::valueChanged, this,
            [this](int v) { edit(ExerciseField::Hold, [v](Exercise& e) { e.holdSeconds = v; }); });

    m_rest = secondsBox(tr("Rest after this exercise, seconds"));
    addRow(tr("R&est after"), m_rest, QStringLiteral("restSpin"), QStringLiteral("restSeconds"));
    connect(m_rest, &QSpinBox::valueChanged, this,
            [this](int v) { edit(ExerciseField::Rest, [v](Exercise& e) { e.restSeconds = v; }); });

    m_transition = secondsBox(tr("Get-ready and switch-side time, seconds"));
    addRow(tr("&Get ready"), m_transition, QStringLiteral("transitionSpin"), QStringLiteral("transitionSeconds"));
    connect(m_transition, &QSpinBox::valueChanged, this,
            [this](int v) { edit(ExerciseField::Transition, [v](Exercise& e) { e.transitionSeconds = v; }); });

    m_sets = optionalCountBox(tr("Sets, 0 for the routine's"));
    addRow(tr("Se&ts"), m_sets, QStringLiteral("setsSpin"), QStringLiteral("sets"));
    connect(m_sets, &QSpinBox::valueChanged, this,
            [this](int v) { edit(ExerciseField::Sets, [v](Exercise& e) { e.sets = unlessZero(v); }); });

    m_perWeek = optionalCountBox(tr("Sessions a week for this exercise, 0 for the routine's"));
    addRow(tr("Times a &week"), m_perWeek, QStringLiteral("perWeekSpin"), QStringLiteral("sessionsPerWeek"));
    connect(m_perWeek, &QSpinBox::valueChanged, this, [this](int v) {
        edit(ExerciseField::SessionsPerWeek, [v](Exercise& e) { e.sessionsPerWeek = unlessZero(v); });
    });

    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes for the patient"));
    m_notes->setPlaceholderText(tr("Shown with the technique, e.g. \u201cStart with light pressure.\u201d"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    UndoShortcutFilter::install(m_notes);
    addRow(tr("&Notes"), m_notes, QStringLiteral("exerciseNotes"), QStringLiteral("notes"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        edit(ExerciseField::Notes, [text](Exercise& e) { e.notes = text; });
    });
    layout->addWidget(m_fields);

    auto* previewLabel = new QLabel(tr("What the patient sees"), this);
    previewLabel->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    layout->addWidget(previewLabel);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("exercisePreview"));
    m_preview->setAccessibleName(tr("Exercise as the patient sees it"));
    layout->addWidget(m_preview, 1);
}

void ExerciseForm::setCurrent(int row)
{
    m_row = exerciseAt(m_doc, row) ? row : -1;
    load();
}

void ExerciseForm::edit(ExerciseField field, const std::function<void(Exercise&)>& change)
{
    const Exercise* e = exerciseAt(m_doc, m_row);
    if (!e)
        return;
    Exercise copy = *e;
    change(copy);
    m_doc.setExercise(m_row, copy, field);
}

void ExerciseForm::changeRollMode(int mode)
{
    const Exercise* e = exerciseAt(m_doc, m_row);
    if (!e || (mode == 1) == e->passes.has_value())
        return;
    const Routine& routine = m_doc.routine();
    Exercise copy = *e;
    if (mode == 1) {
        // Keep roughly the same rolling time, counted in passes over the technique's path.
        copy.passes = routine.passesForSeconds(*e, e->rollSeconds.value_or(0), m_doc.content());
        copy.rollSeconds.reset();
    } else {
        copy.rollSeconds = routine.wholeRollSeconds(*e, m_doc.content());
        copy.passes.reset();
    }
    m_doc.setExercise(m_row, copy, ExerciseField::Roll);
}

void ExerciseForm::load()
{
    const Exercise* e = exerciseAt(m_doc, m_row);
    m_fields->setEnabled(e != nullptr);
    m_preview->setVisible(e != nullptr);
    if (!e) {
        m_header->setText(tr("No exercise selected"));
        m_subtitle->setText(tr("Select an exercise in the routine, or add one from the technique library."));
        showDiagnostics();
        return;
    }
    const Routine& routine = m_doc.routine();
    const ContentLibrary& content = m_doc.content();
    const Technique* t = routine.technique(e->techniqueId, content);
    const bool perSide = t && t->perSideWith(e->variant);
    m_header->setText(tr("%1. %2").arg(QString::number(m_row + 1), t ? t->name : e->techniqueId));
    QStringList targets;
    for (const QString& id : t ? t->primaryTargets : QStringList()) {
        const auto& regions = content.regions();
        const auto r = std::find_if(regions.begin(), regions.end(), [&](const BodyRegion& x) { return x.baseId == id; });
        targets << (r != regions.end() ? r->name : id);
    }
    m_subtitle->setText((t && t->custom ? tr("Custom technique") : tr("Built-in technique"))
                        + (targets.isEmpty() ? QString() : tr(" \u00b7 targets: %1").arg(targets.join(QStringLiteral(", ")))));

    const QSignalBlocker b1(m_sides), b2(m_variant), b3(m_rollMode), b4(m_roll), b5(m_hold), b6(m_rest),
        b7(m_transition), b8(m_notes), b9(m_sets), b10(m_perWeek);
    QString both = sidesLabel(SidesChoice::Both, perSide);
    if (!both.isEmpty())
        both[0] = both[0].toUpper();
    m_sides->setItemText(0, both);
    m_sides->setCurrentIndex(e->sides == SidesChoice::Right ? 1 : e->sides == SidesChoice::Left ? 2 : 0);
    // Techniques done on both sides at once cannot be limited to one side; the box stays usable only
    // to put a wrong choice right.
    m_sides->setEnabled(perSide || e->sides != SidesChoice::Both);
    m_sides->setToolTip(perSide ? QString() : tr("This technique works both sides at once."));

    m_variant->clear();
    m_variant->addItem(tr("Basic form"), QString());
    for (const TechniqueVariant& v : t ? t->variants : std::vector<TechniqueVariant>{}) {
        m_variant->addItem(v.name, v.id);
        m_variant->setItemData(m_variant->count() - 1, v.description, Qt::ToolTipRole);
    }
    if (!e->variant.isEmpty() && m_variant->findData(e->variant) < 0)
        m_variant->addItem(e->variant, e->variant);
    m_variant->setCurrentIndex(std::max(0, m_variant->findData(e->variant)));
    m_variant->setEnabled(m_variant->count() > 1);

    m_rollMode->setCurrentIndex(e->passes ? 1 : 0);
    m_rollLabel->setText(e->passes ? tr("&Passes per side") : tr("&Roll per side"));
    m_roll->setSuffix(e->passes ? tr(" passes") : tr(" s"));
    m_roll->setAccessibleName(e->passes ? tr("Passes per side") : tr("Rolling time per side, seconds"));
    m_roll->setValue(e->passes ? *e->passes : e->rollSeconds.value_or(0));
    m_hold->setValue(e->holdSeconds);
    m_rest->setValue(e->restSeconds);
    // The session ends after the last exercise, so its rest would never happen: shown, kept, but not editable.
    const bool last = size_t(m_row) + 1 == routine.exercises.size();
    m_rest->setEnabled(!last);
    m_rest->setToolTip(last ? tr("No rest follows the last exercise: the session ends there.") : QString());
    m_transition->setValue(e->transitionSeconds);
    m_sets->setSpecialValueText(tr("As the routine (%1)").arg(routine.sets.value_or(1)));
    m_sets->setValue(e->sets.value_or(0));
    m_perWeek->setSpecialValueText(routine.sessionsPerWeek
                                       ? tr("As the routine (%1)").arg(*routine.sessionsPerWeek)
                                       : tr("As the routine"));
    m_perWeek->setValue(e->sessionsPerWeek.value_or(0));
    if (m_notes->toPlainText() != e->notes)
        m_notes->setPlainText(e->notes);
    m_preview->setHtml(exerciseHtml(routine, size_t(m_row), content));
    showDiagnostics();
}

void ExerciseForm::showDiagnostics()
{
    const bool valid = exerciseAt(m_doc, m_row) != nullptr;
    const QString base = RoutineDocument::exercisePath(m_row);
    auto at = [&](const QString& key) {
        return valid ? m_doc.diagnosticsAt(base + QLatin1Char('.') + key) : std::vector<Diagnostic>{};
    };
    for (auto& [key, feedback] : m_feedback) {
        std::vector<Diagnostic> list = at(key);
        if (key == u"rollSeconds") {
            const auto passes = at(QStringLiteral("passes"));
            list.insert(list.end(), passes.begin(), passes.end());
        }
        feedback.show(list);
    }
    m_technique.show(at(QStringLiteral("technique")));
}

} // namespace rollwise
