// SPDX-License-Identifier: GPL-3.0-or-later
// Reading techniques (built-in and custom) and looking things up in the content library.
#include "core/content_library.h"

#include "core/json_reader.h"

#include <QRegularExpression>

#include <algorithm>

namespace rollwise {

namespace {
// Content is small (a few dozen items per kind): a linear search by id is the simplest thing that is fast enough.
template <typename T>
const T* findById(const std::vector<T>& items, const QString& id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

const QStringList kTechniqueKeys{
    QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("primaryTargets"),
    QStringLiteral("secondaryTargets"), QStringLiteral("perSide"), QStringLiteral("startingPosition"),
    QStringLiteral("rollerPlacement"), QStringLiteral("rollerOrientation"), QStringLiteral("steps"),
    QStringLiteral("pressure"), QStringLiteral("variants"), QStringLiteral("cautions"), QStringLiteral("pose"),
    QStringLiteral("paths"), QStringLiteral("phaseSteps")};

constexpr int kMaxPathPoints = 64;
constexpr double kMinPathWidthCm = 2.0;
constexpr double kMaxPathWidthCm = 20.0;
} // namespace

std::optional<Technique> ContentLibrary::readTechnique(JsonReader& r, const QJsonObject& o, const QString& path,
                                                       bool custom) const
{
    // Custom techniques need only what a session needs; built-ins must carry the seed's full description.
    const Need full = custom ? Need::Optional : Need::Required;
    r.warnUnknownKeys(o, path, kTechniqueKeys);
    bool ok = true;
    Technique t;
    t.custom = custom;

    const auto id = r.string(o, path, QStringLiteral("id"), Need::Required, 40);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]{0,39}$"));
    if (id && !idPattern.match(*id).hasMatch()) {
        r.error(JsonReader::field(path, QStringLiteral("id")), tr("\"%1\" is not a valid technique id").arg(*id),
                tr("lower-case letters, digits and '-', starting with a letter"));
        ok = false;
    } else if (id && custom && technique(*id)) {
        r.error(JsonReader::field(path, QStringLiteral("id")),
                tr("\"%1\" is the id of a built-in technique").arg(*id), tr("a new id"));
        ok = false;
    }
    const auto name = r.string(o, path, QStringLiteral("name"), Need::Required, 120);
    const auto group = r.string(o, path, QStringLiteral("group"), full, 60);
    const auto primary = r.stringList(o, path, QStringLiteral("primaryTargets"), Need::Required, 20, 40);
    const auto secondary = r.stringList(o, path, QStringLiteral("secondaryTargets"), Need::Optional, 20, 40);
    const auto perSide = r.boolean(o, path, QStringLiteral("perSide"));
    // A step is a sentence or two; 1000 characters is generous and keeps a routine file small.
    const auto steps = r.stringList(o, path, QStringLiteral("steps"), Need::Required, 20, 1000);
    if (!id || !name || !primary || !perSide || !steps || (!custom && !group))
        ok = false;
    if (steps && steps->isEmpty()) {
        r.error(JsonReader::field(path, QStringLiteral("steps")), tr("has no steps"), tr("at least one step"));
        ok = false;
    }
    auto checkTargets = [&](const std::optional<QStringList>& targets, const QString& key) {
        for (qsizetype i = 0; targets && i < targets->size(); ++i) {
            if (hasRegionBase(targets->at(i)))
                continue;
            QStringList known;
            for (const BodyRegion& reg : m_regions)
                if (!known.contains(reg.baseId))
                    known << reg.baseId;
            r.error(JsonReader::index(JsonReader::field(path, key), i),
                    tr("unknown muscle region \"%1\"").arg(targets->at(i)), known.join(QStringLiteral(", ")));
            ok = false;
        }
    };
    checkTargets(primary, QStringLiteral("primaryTargets"));
    checkTargets(secondary, QStringLiteral("secondaryTargets"));
    if (group && !muscleGroup(*group) && !custom) {
        r.error(JsonReader::field(path, QStringLiteral("group")), tr("unknown muscle group \"%1\"").arg(*group));
        ok = false;
    }

    auto text = [&](const char* key, QString& out) {
        if (const auto s = r.string(o, path, QString::fromLatin1(key), full, 1000))
            out = *s;
        else if (!custom)
            ok = false;
    };
    text("startingPosition", t.startingPosition);
    text("rollerPlacement", t.rollerPlacement);
    text("rollerOrientation", t.rollerOrientation);
    text("pressure", t.pressure);
    text("pose", t.pose);
    if (const auto cautions = r.stringList(o, path, QStringLiteral("cautions"), full, 20, 1000))
        t.cautions = *cautions;

    if (const auto variants = r.array(o, path, QStringLiteral("variants"), full, 10)) {
        for (qsizetype i = 0; i < variants->size(); ++i) {
            const QString vpath = JsonReader::index(JsonReader::field(path, QStringLiteral("variants")), i);
            const auto v = r.asObject(variants->at(i), vpath);
            const auto vid = v ? r.string(*v, vpath, QStringLiteral("id"), Need::Required, 40) : std::nullopt;
            const auto vname = v ? r.string(*v, vpath, QStringLiteral("name"), Need::Required, 120) : std::nullopt;
            const auto vdesc = v ? r.string(*v, vpath, QStringLiteral("description"), Need::Required, 1000) : std::nullopt;
            const auto vside = v ? r.boolean(*v, vpath, QStringLiteral("perSide")) : std::nullopt;
            if (vid && vname && vdesc && vside)
                t.variants.push_back({*vid, *vname, *vdesc, *vside});
            else
                ok = false;
        }
    }

    if (const auto phases = r.object(o, path, QStringLiteral("phaseSteps"), full)) {
        const QString ppath = JsonReader::field(path, QStringLiteral("phaseSteps"));
        for (auto it = phases->begin(); it != phases->end(); ++it) {
            const QJsonArray numbers = it.value().toArray();
            QList<int> list;
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                const int n = numbers.at(i).toInt(-1);
                if (!it.value().isArray() || n < 1 || !steps || n > steps->size()) {
                    r.error(JsonReader::field(ppath, it.key()), tr("must list step numbers of this technique"),
                            tr("numbers from 1 to %1").arg(steps ? steps->size() : 0));
                    ok = false;
                    break;
                }
                list << n;
            }
            t.phaseSteps.insert(it.key(), list);
        }
    } else if (!custom) {
        ok = false;
    }

    const auto paths = r.array(o, path, QStringLiteral("paths"), Need::Required, 6);
    if (paths && paths->isEmpty()) {
        r.error(JsonReader::field(path, QStringLiteral("paths")), tr("has no roller path"), tr("at least one path"));
        ok = false;
    }
    for (qsizetype i = 0; paths && i < paths->size(); ++i) {
        const QString ppath = JsonReader::index(JsonReader::field(path, QStringLiteral("paths")), i);
        const auto p = r.asObject(paths->at(i), ppath);
        if (!p) {
            ok = false;
            continue;
        }
        const auto view = r.string(*p, ppath, QStringLiteral("view"), Need::Required, 20);
        const auto side = r.string(*p, ppath, QStringLiteral("side"), Need::Required, 20);
        const auto pts = r.points(*p, ppath, QStringLiteral("points"), 2, kMaxPathPoints);
        const auto width = r.number(*p, ppath, QStringLiteral("widthCm"), kMinPathWidthCm, kMaxPathWidthCm);
        // Plain values rather than optionals: GCC 12 warns (falsely) about optional enums here.
        View v = View::Posterior;
        Side s = Side::Centre;
        bool known = view && side;
        if (view) {
            if (const auto parsed = viewFromString(*view)) {
                v = *parsed;
            } else {
                r.error(JsonReader::field(ppath, QStringLiteral("view")), tr("unknown view \"%1\"").arg(*view),
                        tr("posterior, anterior or lateral"));
                known = false;
            }
        }
        if (side) {
            const auto parsed = sideFromString(*side);
            if (parsed && *parsed != Side::Left) {
                s = *parsed;
            } else {
                r.error(JsonReader::field(ppath, QStringLiteral("side")), tr("unknown path side \"%1\"").arg(*side),
                        tr("\"right\" (mirrored for the left side) or \"centre\""));
                known = false;
            }
        }
        if (!known || !pts || !width) {
            ok = false;
            continue;
        }
        if (polylineLength(*pts) < 1.0) {
            r.error(JsonReader::field(ppath, QStringLiteral("points")), tr("path is shorter than 1 cm"),
                    tr("points that trace where the roller travels"));
            ok = false;
            continue;
        }
        t.paths.push_back({v, s, *pts, *width, int(i)});
        // A right-side path implies its mirror image for the left side (not in the one-sided lateral view).
        if (s == Side::Right && v != View::Lateral) {
            RollerPath left{v, Side::Left, Shape{*pts, 0, false}.mirroredX().points, *width, int(i)};
            t.paths.push_back(std::move(left));
        }
    }
    if (!ok)
        return std::nullopt;
    t.id = *id;
    t.name = *name;
    t.groupId = group.value_or(QString());
    t.primaryTargets = *primary;
    t.secondaryTargets = secondary.value_or(QStringList());
    t.perSide = *perSide;
    t.steps = *steps;
    return t;
}

const Technique* ContentLibrary::technique(const QString& id) const
{
    return findById(m_techniques, id);
}

const BodyRegion* ContentLibrary::region(const QString& id) const
{
    return findById(m_regions, id);
}

const MuscleGroup* ContentLibrary::muscleGroup(const QString& id) const
{
    return findById(m_groups, id);
}

const ContraindicatedZone* ContentLibrary::zone(const QString& id) const
{
    return findById(m_zones, id);
}

const TextItem* ContentLibrary::bestPractice(const QString& id) const
{
    return findById(m_bestPractices, id);
}

std::vector<const TextItem*> ContentLibrary::remindersFor(const QString& cue) const
{
    std::vector<const TextItem*> out;
    for (const auto& [name, practice] : m_reminders)
        if (name == cue)
            if (const TextItem* item = bestPractice(practice))
                out.push_back(item);
    return out;
}

QString ContentLibrary::poseFor(const Technique& t) const
{
    if (!t.pose.isEmpty())
        return t.pose;
    for (const Technique& b : m_techniques)
        if (!t.groupId.isEmpty() && b.groupId == t.groupId)
            return b.pose;
    return m_techniques.empty() ? QString() : m_techniques.front().pose;
}

bool ContentLibrary::hasRegionBase(const QString& baseId) const
{
    for (const BodyRegion& r : m_regions)
        if (r.baseId == baseId)
            return true;
    return false;
}

QStringList ContentLibrary::regionIds(const QStringList& baseIds, Side side) const
{
    QStringList out;
    for (const BodyRegion& r : m_regions)
        if (baseIds.contains(r.baseId) && (side == Side::Centre || r.side == side || r.side == Side::Centre))
            out << r.id;
    return out;
}

} // namespace rollwise
