// SPDX-License-Identifier: GPL-3.0-or-later
// The non-geometric rules for clinician-written techniques, the same for a file on disk (reader, --check,
// --export-pdf) and a routine in the editor: declared targets from the muscle model, nothing named after the
// lumbar spine, no text telling the reader to roll the lower back. The geometric rules are SafetyValidator's.
#include "core/routine_reader.h"

#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/routine_technique_rules.h"

namespace rollwise {

namespace {
QStringList exerciseNumbers(const Routine& routine, const QString& id)
{
    QStringList out;
    for (size_t i = 0; i < routine.exercises.size(); ++i)
        if (routine.exercises[i].techniqueId == id)
            out << QString::number(i + 1);
    return out;
}
} // namespace

void RoutineReader::checkCustomTechniques(const Routine& routine, JsonReader& r) const
{
    QStringList knownRegions;
    for (const BodyRegion& reg : m_content.regions())
        if (!knownRegions.contains(reg.baseId))
            knownRegions << reg.baseId;
    for (size_t i = 0; i < routine.customTechniques.size(); ++i) {
        const Technique& t = routine.customTechniques[i];
        const QString base = JsonReader::index(QStringLiteral("customTechniques"), qsizetype(i));
        const QStringList usedBy = exerciseNumbers(routine, t.id);
        // People count from one; the JSON path in front counts from zero, as JSON tools do.
        const QString who = usedBy.isEmpty()
                                ? tr("custom technique %1 \"%2\"").arg(i + 1).arg(t.name)
                                : (usedBy.size() == 1 ? tr("custom technique %1 \"%2\" (used by exercise %3)")
                                                      : tr("custom technique %1 \"%2\" (used by exercises %3)"))
                                      .arg(i + 1)
                                      .arg(t.name, usedBy.join(QStringLiteral(", ")));
        auto fail = [&](const QString& key, const QString& message, const QString& expected) {
            r.error(key.isEmpty() ? base : JsonReader::field(base, key), who + QStringLiteral(": ") + message, expected);
        };

        if (t.primaryTargets.isEmpty())
            fail(QStringLiteral("primaryTargets"), tr("no primary target muscle"),
                 tr("at least one of: %1").arg(knownRegions.join(QStringLiteral(", "))));
        for (const auto& [key, targets] : {std::pair{QStringLiteral("primaryTargets"), t.primaryTargets},
                                           std::pair{QStringLiteral("secondaryTargets"), t.secondaryTargets}})
            for (qsizetype k = 0; k < targets.size(); ++k)
                if (!m_content.hasRegionBase(targets[k]))
                    fail(JsonReader::index(key, k), tr("unknown muscle region \"%1\"").arg(targets[k]),
                         knownRegions.join(QStringLiteral(", ")));

        const QString lumbarName = tr("a name that does not refer to the lumbar spine or the lower back; Rollwise "
                                      "never rolls it");
        if (namesLowerBack(t.id))
            fail(QStringLiteral("id"), tr("id \"%1\" names the lower back").arg(t.id), lumbarName);
        if (namesLowerBack(t.name))
            fail(QStringLiteral("name"), tr("name \"%1\" names the lower back").arg(t.name), lumbarName);
        for (const auto& [key, targets] : {std::pair{QStringLiteral("primaryTargets"), t.primaryTargets},
                                           std::pair{QStringLiteral("secondaryTargets"), t.secondaryTargets}})
            for (qsizetype k = 0; k < targets.size(); ++k)
                if (namesLowerBack(targets[k]))
                    fail(JsonReader::index(key, k), tr("target \"%1\" is the lower back").arg(targets[k]),
                         tr("muscles around the lower back, never the lumbar spine, its erector spinae or "
                            "quadratus lumborum"));

        const QString keepOff = tr("text that keeps the roller off the lower back");
        auto checkText = [&](const QString& key, const QString& text) {
            if (const auto sentence = sentenceRollingLowerBack(text))
                fail(key, tr("tells the reader to roll the lower back: \"%1\"").arg(*sentence), keepOff);
        };
        for (qsizetype k = 0; k < t.steps.size(); ++k)
            checkText(JsonReader::index(QStringLiteral("steps"), k), t.steps[k]);
        for (qsizetype k = 0; k < t.cautions.size(); ++k)
            checkText(JsonReader::index(QStringLiteral("cautions"), k), t.cautions[k]);
        checkText(QStringLiteral("startingPosition"), t.startingPosition);
        checkText(QStringLiteral("rollerPlacement"), t.rollerPlacement);
        checkText(QStringLiteral("rollerOrientation"), t.rollerOrientation);
        checkText(QStringLiteral("pressure"), t.pressure);
        for (size_t k = 0; k < t.variants.size(); ++k) {
            const QString vpath = JsonReader::index(QStringLiteral("variants"), qsizetype(k));
            if (namesLowerBack(t.variants[k].name))
                fail(JsonReader::field(vpath, QStringLiteral("name")),
                     tr("name \"%1\" names the lower back").arg(t.variants[k].name), lumbarName);
            checkText(JsonReader::field(vpath, QStringLiteral("description")), t.variants[k].description);
        }
    }
}

} // namespace rollwise
