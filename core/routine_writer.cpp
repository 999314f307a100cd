// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_writer.h"

#include "core/atomic_file.h"
#include "core/content_library.h"
#include "core/safety_validator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rollwise {

namespace {
QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonArray toArray(const std::vector<Point>& points)
{
    QJsonArray a;
    for (const Point& p : points)
        a.append(QJsonArray{p.x, p.y});
    return a;
}

void putIfSet(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject RoutineWriter::techniqueToJson(const Technique& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("primaryTargets"), toArray(t.primaryTargets)},
                  {QStringLiteral("perSide"), t.perSide},
                  {QStringLiteral("steps"), toArray(t.steps)}};
    putIfSet(o, QStringLiteral("group"), t.groupId);
    if (!t.secondaryTargets.isEmpty())
        o.insert(QStringLiteral("secondaryTargets"), toArray(t.secondaryTargets));
    putIfSet(o, QStringLiteral("startingPosition"), t.startingPosition);
    putIfSet(o, QStringLiteral("rollerPlacement"), t.rollerPlacement);
    putIfSet(o, QStringLiteral("rollerOrientation"), t.rollerOrientation);
    putIfSet(o, QStringLiteral("pressure"), t.pressure);
    putIfSet(o, QStringLiteral("pose"), t.pose);
    if (!t.cautions.isEmpty())
        o.insert(QStringLiteral("cautions"), toArray(t.cautions));
    if (!t.variants.empty()) {
        QJsonArray variants;
        for (const TechniqueVariant& v : t.variants)
            variants.append(QJsonObject{{QStringLiteral("id"), v.id},
                                        {QStringLiteral("name"), v.name},
                                        {QStringLiteral("description"), v.description},
                                        {QStringLiteral("perSide"), v.perSide}});
        o.insert(QStringLiteral("variants"), variants);
    }
    if (!t.phaseSteps.isEmpty()) {
        QJsonObject phases;
        for (auto it = t.phaseSteps.constBegin(); it != t.phaseSteps.constEnd(); ++it) {
            QJsonArray numbers;
            for (int n : *it)
                numbers.append(n);
            phases.insert(it.key(), numbers);
        }
        o.insert(QStringLiteral("phaseSteps"), phases);
    }
    QJsonArray paths;
    for (const RollerPath& p : t.paths) {
        if (p.side == Side::Left)
            continue; // implied by its right-side mirror image
        paths.append(QJsonObject{{QStringLiteral("view"), toString(p.view)},
                                 {QStringLiteral("side"), toString(p.side)},
                                 {QStringLiteral("points"), toArray(p.points)},
                                 {QStringLiteral("widthCm"), p.widthCm}});
    }
    o.insert(QStringLiteral("paths"), paths);
    return o;
}

QJsonObject RoutineWriter::toJson(const Routine& routine)
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("rollwise-routine")},
                     {QStringLiteral("version"), RoutineLimits::kFormatVersion},
                     {QStringLiteral("title"), routine.title}};
    putIfSet(root, QStringLiteral("patient"), routine.patient);
    putIfSet(root, QStringLiteral("clinician"), routine.clinician);
    if (routine.created.isValid())
        root.insert(QStringLiteral("created"), routine.created.toString(Qt::ISODate));
    putIfSet(root, QStringLiteral("notes"), routine.notes);
    if (routine.clearance)
        root.insert(QStringLiteral("clearance"),
                    QJsonObject{{QStringLiteral("clinician"), routine.clearance->clinician},
                                {QStringLiteral("date"), routine.clearance->date.toString(Qt::ISODate)}});
    auto putNumber = [](QJsonObject& o, const char* key, const std::optional<int>& v) {
        if (v)
            o.insert(QString::fromLatin1(key), *v);
    };
    putNumber(root, "sessionsPerWeek", routine.sessionsPerWeek);
    putNumber(root, "sets", routine.sets);
    putNumber(root, "holdSeconds", routine.holdSeconds);
    putNumber(root, "rollSeconds", routine.rollSeconds);
    if (routine.nextReview.isValid())
        root.insert(QStringLiteral("nextReview"), routine.nextReview.toString(Qt::ISODate));
    if (!routine.clinic.isEmpty()) {
        QJsonObject clinic;
        putIfSet(clinic, QStringLiteral("name"), routine.clinic.name);
        putIfSet(clinic, QStringLiteral("address"), routine.clinic.address);
        putIfSet(clinic, QStringLiteral("phone"), routine.clinic.phone);
        putIfSet(clinic, QStringLiteral("logo"), routine.clinic.logo);
        root.insert(QStringLiteral("clinic"), clinic);
    }
    if (!routine.customTechniques.empty()) {
        QJsonArray customs;
        for (const Technique& t : routine.customTechniques)
            customs.append(techniqueToJson(t));
        root.insert(QStringLiteral("customTechniques"), customs);
    }
    QJsonArray exercises;
    for (const Exercise& e : routine.exercises) {
        QJsonObject o{{QStringLiteral("technique"), e.techniqueId},
                      {QStringLiteral("sides"), toString(e.sides)},
                      {QStringLiteral("holdSeconds"), e.holdSeconds},
                      {QStringLiteral("restSeconds"), e.restSeconds},
                      {QStringLiteral("transitionSeconds"), e.transitionSeconds}};
        putIfSet(o, QStringLiteral("variant"), e.variant);
        if (e.rollSeconds)
            o.insert(QStringLiteral("rollSeconds"), *e.rollSeconds);
        if (e.passes)
            o.insert(QStringLiteral("passes"), *e.passes);
        putIfSet(o, QStringLiteral("notes"), e.notes);
        putNumber(o, "sets", e.sets);
        putNumber(o, "sessionsPerWeek", e.sessionsPerWeek);
        exercises.append(o);
    }
    root.insert(QStringLiteral("exercises"), exercises);
    return root;
}

QByteArray RoutineWriter::toBytes(const Routine& routine)
{
    // Indented for people, unless that would break the reader's size cap (long custom paths indent to many
    // times their compact size): a file Rollwise writes must always open again.
    const QJsonDocument doc(toJson(routine));
    QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    if (bytes.size() > RoutineLimits::kMaxFileBytes)
        bytes = doc.toJson(QJsonDocument::Compact);
    return bytes;
}

QString RoutineWriter::save(const Routine& routine, const QString& path)
{
    // The reader would refuse an unsafe routine; never write one in the first place.
    if (const auto unsafe = SafetyValidator::check(routine, ContentLibrary::builtIn()); !unsafe.empty())
        return tr("%1: not saved, the routine is unsafe: %2").arg(path, SafetyValidator::describe(unsafe));
    // The logo is written relative to the routine file when it lies beside it or below, so the two can be
    // sent or moved together.
    Routine saved = routine;
    if (!saved.clinic.logoFile.isEmpty()) {
        const QString relative = QFileInfo(path).absoluteDir().relativeFilePath(saved.clinic.logoFile);
        saved.clinic.logo = relative.startsWith(QLatin1String("..")) ? saved.clinic.logoFile : relative;
    }
    const QByteArray bytes = toBytes(saved);
    if (bytes.size() > RoutineLimits::kMaxFileBytes)
        return tr("%1: the routine is too large to save (%2 bytes; a routine file holds at most %3)")
            .arg(path)
            .arg(bytes.size())
            .arg(RoutineLimits::kMaxFileBytes);
    return writeFileAtomically(path, bytes);
}

} // namespace rollwise
