// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_reader.h"

#include "core/content_library.h"
#include "core/json_reader.h"
#include "core/safety_validator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>

#include <limits>

namespace rollwise {

namespace {
const QString kFormat = QStringLiteral("rollwise-routine");
const QStringList kRootKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                            QStringLiteral("patient"), QStringLiteral("clinician"), QStringLiteral("created"),
                            QStringLiteral("notes"), QStringLiteral("clearance"), QStringLiteral("customTechniques"),
                            QStringLiteral("exercises"), QStringLiteral("sessionsPerWeek"), QStringLiteral("sets"),
                            QStringLiteral("holdSeconds"), QStringLiteral("rollSeconds"), QStringLiteral("nextReview"),
                            QStringLiteral("clinic")};
const QStringList kExerciseKeys{QStringLiteral("technique"), QStringLiteral("sides"), QStringLiteral("variant"),
                                QStringLiteral("holdSeconds"), QStringLiteral("rollSeconds"), QStringLiteral("passes"),
                                QStringLiteral("restSeconds"), QStringLiteral("transitionSeconds"),
                                QStringLiteral("notes"), QStringLiteral("sets"), QStringLiteral("sessionsPerWeek")};

} // namespace

RoutineLoad RoutineReader::readFile(const QString& path) const
{
    RoutineLoad out;
    const QString& name = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.unreadable = true;
        out.diagnostics.error(name, {}, tr("file does not exist"));
        return out;
    }
    if (info.isDir()) {
        out.unreadable = true;
        out.diagnostics.error(name, {}, tr("is a folder, not a routine file"));
        return out;
    }
    if (info.size() > RoutineLimits::kMaxFileBytes) {
        out.diagnostics.error(name, {}, tr("file is %1 bytes").arg(info.size()),
                              tr("a routine file of at most %1 bytes").arg(RoutineLimits::kMaxFileBytes));
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.unreadable = true;
        out.diagnostics.error(name, {}, tr("cannot be read: %1").arg(file.errorString()));
        return out;
    }
    // Read one byte past the cap: a file that grew after the size check is still refused.
    const QByteArray bytes = file.read(RoutineLimits::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        out.unreadable = true;
        out.diagnostics.error(name, {}, tr("cannot be read: %1").arg(file.errorString()));
        return out;
    }
    if (bytes.size() > RoutineLimits::kMaxFileBytes) {
        out.diagnostics.error(name, {}, tr("file is larger than %1 bytes").arg(RoutineLimits::kMaxFileBytes),
                              tr("a routine file of at most %1 bytes").arg(RoutineLimits::kMaxFileBytes));
        return out;
    }
    return readBytes(bytes, name);
}

bool RoutineReader::checkEncodingAndShape(const QByteArray& bytes, const QString& fileName, Diagnostics& d) const
{
    if (bytes.size() > RoutineLimits::kMaxFileBytes) {
        d.error(fileName, {}, tr("file is %1 bytes").arg(bytes.size()),
                tr("a routine file of at most %1 bytes").arg(RoutineLimits::kMaxFileBytes));
        return false;
    }
    if (bytes.trimmed().isEmpty()) {
        d.error(fileName, {}, tr("file is empty"), tr("a JSON routine object"));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decode up to each newline so the error can name the line that holds the bad bytes.
    qsizetype lineStart = 0;
    int line = 1;
    while (lineStart <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', lineStart);
        if (end < 0)
            end = bytes.size();
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(lineStart, end - lineStart));
        if (decoder.hasError()) {
            d.error(fileName, {}, tr("invalid UTF-8 text on line %1").arg(line), tr("a UTF-8 encoded file"));
            return false;
        }
        lineStart = end + 1;
        ++line;
    }
    // QJsonDocument would reject very deep nesting too, but with a message nobody can act on; a routine
    // is never more than a few levels deep.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                // JSON forbids raw control characters in strings (Qt's parser lets them through); they would
                // come back escaped, six bytes each, and the file could no longer be opened once saved.
                d.error(fileName, {}, tr("control character inside a text at %1").arg(lineColumn(bytes, i)),
                        tr("\\n, \\t or \\u escapes in JSON strings"));
                return false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > RoutineLimits::kMaxNestingDepth) {
                d.error(fileName, {}, tr("JSON is nested more than %1 levels deep at %2")
                                          .arg(RoutineLimits::kMaxNestingDepth)
                                          .arg(lineColumn(bytes, i)),
                        tr("a routine object as documented in docs/routine-format.md"));
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

RoutineLoad RoutineReader::readBytes(const QByteArray& bytes, const QString& fileName) const
{
    RoutineLoad out;
    Diagnostics& d = out.diagnostics;
    if (!checkEncodingAndShape(bytes, fileName, d))
        return out;
    JsonReader r(fileName, d);
    const auto root = r.versionedRoot(bytes,
                                      {kFormat, RoutineLimits::kFormatVersion, tr("\"%1\" is not a Rollwise routine"),
                                       tr("unsupported format version %1")},
                                      kRootKeys);
    if (!root)
        return out;

    Routine routine;
    // Lengths are checked by checkTexts, which the editor shares; here only that each is text at all.
    const int anyLength = int(RoutineLimits::kMaxFileBytes);
    routine.title = r.string(*root, {}, QStringLiteral("title"), Need::Required, anyLength).value_or(QString());
    if (root->contains(QStringLiteral("title")) && routine.title.trimmed().isEmpty() && root->value(QStringLiteral("title")).isString())
        r.error(QStringLiteral("title"), tr("title is empty"), tr("a name for the routine"));
    routine.patient = r.string(*root, {}, QStringLiteral("patient"), Need::Optional, anyLength).value_or(QString());
    routine.clinician = r.string(*root, {}, QStringLiteral("clinician"), Need::Optional, anyLength).value_or(QString());
    routine.notes = r.string(*root, {}, QStringLiteral("notes"), Need::Optional, anyLength).value_or(QString());
    if (const auto created = r.string(*root, {}, QStringLiteral("created"), Need::Optional, 40)) {
        routine.created = QDate::fromString(*created, Qt::ISODate);
        if (!routine.created.isValid())
            r.error(QStringLiteral("created"), tr("\"%1\" is not a date").arg(*created), tr("YYYY-MM-DD"));
    }
    routine.clearance = readClearance(r, *root);
    readPrescription(r, *root, routine, QFileInfo(fileName).absolutePath());

    if (const auto customs = r.array(*root, {}, QStringLiteral("customTechniques"), Need::Optional,
                                     RoutineLimits::kMaxCustomTechniques)) {
        for (qsizetype i = 0; i < customs->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("customTechniques"), i);
            const auto o = r.asObject(customs->at(i), path);
            auto t = o ? m_content.readTechnique(r, *o, path, true) : std::nullopt;
            if (!t)
                continue;
            if (routine.technique(t->id, m_content)) {
                r.error(JsonReader::field(path, QStringLiteral("id")), tr("duplicate technique id \"%1\"").arg(t->id),
                        tr("a unique id"));
                continue;
            }
            routine.customTechniques.push_back(std::move(*t));
        }
    }

    if (const auto exercises = r.array(*root, {}, QStringLiteral("exercises"), Need::Required,
                                       RoutineLimits::kMaxExercises)) {
        if (exercises->isEmpty())
            r.error(QStringLiteral("exercises"), tr("routine has no exercises"), tr("at least one exercise"));
        for (qsizetype i = 0; i < exercises->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("exercises"), i);
            const auto o = r.asObject(exercises->at(i), path);
            if (auto e = o ? readExercise(r, *o, path, routine) : std::nullopt)
                routine.exercises.push_back(std::move(*e));
        }
    }
    checkTexts(routine, r);
    checkPrescription(routine, r);
    checkCustomTechniques(routine, r);
    checkSafety(routine, fileName, d);
    if (!d.hasErrors())
        checkSessionLength(routine, fileName, d);
    if (!d.hasErrors())
        checkWrittenSize(routine, fileName, d);
    if (!d.hasErrors())
        out.routine = std::move(routine);
    return out;
}

std::optional<Exercise> RoutineReader::readExercise(JsonReader& r, const QJsonObject& o, const QString& path,
                                                    const Routine& routine) const
{
    r.warnUnknownKeys(o, path, kExerciseKeys);
    const Dosage& dosage = m_content.dosage();
    Exercise e;
    bool ok = true;
    const auto id = r.string(o, path, QStringLiteral("technique"), Need::Required, 40);
    if (!id)
        return std::nullopt;
    e.techniqueId = *id;
    if (const auto sides = r.string(o, path, QStringLiteral("sides"), Need::Optional, 20)) {
        if (const auto s = sidesChoiceFromString(*sides)) {
            e.sides = *s;
        } else {
            r.error(JsonReader::field(path, QStringLiteral("sides")), tr("\"%1\" is not a side").arg(*sides),
                    tr("\"both\", \"left\" or \"right\""));
            ok = false;
        }
    }
    e.variant = r.string(o, path, QStringLiteral("variant"), Need::Optional, 40).value_or(QString());
    // Only the type is checked here; ranges are checked by checkExercise, which the editor shares.
    auto optionalInteger = [&](const char* key) {
        const bool present = o.contains(QString::fromLatin1(key));
        const auto v = r.integer(o, path, QString::fromLatin1(key), std::numeric_limits<int>::min(),
                                 std::numeric_limits<int>::max(), Need::Optional);
        if (present && !v)
            ok = false;
        return v;
    };
    auto integer = [&](const char* key, int fallback) { return optionalInteger(key).value_or(fallback); };
    // The routine's own hold and roll stand in for an exercise's missing ones, when they are valid at all
    // (an out-of-range default is reported once, against the routine).
    auto fallback = [](const std::optional<int>& routineValue, int min, int max, int contentDefault) {
        return routineValue && *routineValue >= min && *routineValue <= max ? *routineValue : contentDefault;
    };
    e.holdSeconds = integer("holdSeconds", fallback(routine.holdSeconds, RoutineLimits::kHoldMin,
                                                    RoutineLimits::kHoldMax, dosage.defaultHoldSeconds));
    e.restSeconds = integer("restSeconds", dosage.defaultRestSeconds);
    e.transitionSeconds = integer("transitionSeconds", dosage.defaultTransitionSeconds);
    const bool hasRoll = o.contains(QStringLiteral("rollSeconds"));
    const bool hasPasses = o.contains(QStringLiteral("passes"));
    if (hasRoll && hasPasses) {
        r.error(JsonReader::field(path, QStringLiteral("passes")), tr("both rollSeconds and passes are given"),
                tr("one of rollSeconds or passes"));
        ok = false;
    } else if (hasPasses) {
        e.passes = integer("passes", 1);
    } else {
        e.rollSeconds = integer("rollSeconds", fallback(routine.rollSeconds, RoutineLimits::kRollMin,
                                                        RoutineLimits::kRollMax, dosage.defaultRollSeconds));
    }
    e.notes = r.string(o, path, QStringLiteral("notes"), Need::Optional, int(RoutineLimits::kMaxFileBytes))
                  .value_or(QString());
    e.sets = optionalInteger("sets");
    e.sessionsPerWeek = optionalInteger("sessionsPerWeek");
    checkExercise(e, routine, path, r);
    return ok ? std::optional<Exercise>(e) : std::nullopt;
}

} // namespace rollwise
