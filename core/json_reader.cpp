// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace rollwise {

namespace {
// Closest known key by edit distance, for "did you mean" hints on typos.
int editDistance(const QString& a, const QString& b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}
} // namespace

QString lineColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return QCoreApplication::translate("JsonReader", "line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

std::optional<QJsonObject> JsonReader::versionedRoot(const QByteArray& bytes, const VersionedFormat& f,
                                                     const QStringList& knownKeys)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        error({}, tr("malformed JSON at %1: %2").arg(lineColumn(bytes, err.offset), err.errorString()), tr("valid JSON"));
        return std::nullopt;
    }
    if (const auto dup = findDuplicateKey(bytes)) {
        error(dup->path, tr("key \"%1\" appears twice (again at %2)").arg(dup->key, lineColumn(bytes, dup->offset)),
              tr("each key at most once per object"));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error({}, doc.isArray() ? tr("top level is an array") : tr("top level is not an object"), tr("a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    warnUnknownKeys(root, {}, knownKeys);
    const auto format = string(root, {}, QStringLiteral("format"), Need::Required, 100);
    if (format && *format != f.format) {
        error(QStringLiteral("format"), f.notThisFormat.arg(*format), QStringLiteral("\"%1\"").arg(f.format));
        return std::nullopt;
    }
    const auto version = integer(root, {}, QStringLiteral("version"), 0, 1000000);
    if (version && *version != f.version) {
        error(QStringLiteral("version"), f.unsupportedVersion.arg(*version),
              tr("version %1; a newer Rollwise may read this file").arg(f.version));
        return std::nullopt;
    }
    if (!format || !version)
        return std::nullopt;
    return root;
}

QString JsonReader::field(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return tr("a boolean");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void JsonReader::error(const QString& path, const QString& message, const QString& expected)
{
    m_diags.error(m_file, path, message, expected);
}

void JsonReader::warning(const QString& path, const QString& message, const QString& expected)
{
    m_diags.warning(m_file, path, message, expected);
}

std::optional<QJsonValue> JsonReader::value(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                            const QString& expectedType)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        if (need == Need::Required)
            error(field(path, key), tr("missing required field"), expectedType);
        return std::nullopt;
    }
    return it.value();
}

std::optional<QJsonValue> JsonReader::typed(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                            const QString& expected, bool (QJsonValue::*isType)() const)
{
    const auto v = value(o, path, key, need, expected);
    if (!v)
        return std::nullopt;
    if (!((*v).*isType)()) {
        error(field(path, key), tr("is %1").arg(typeName(*v)), expected);
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonReader::string(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                          int maxLength)
{
    const auto v = typed(o, path, key, need, tr("a string"), &QJsonValue::isString);
    if (!v)
        return std::nullopt;
    const QString s = v->toString();
    if (s.size() > maxLength) {
        error(field(path, key), tr("text is %1 characters long").arg(s.size()),
              tr("at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonReader::boolean(const QJsonObject& o, const QString& path, const QString& key, Need need)
{
    const auto v = typed(o, path, key, need, tr("true or false"), &QJsonValue::isBool);
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

std::optional<double> JsonReader::number(const QJsonObject& o, const QString& path, const QString& key, double min,
                                         double max, Need need)
{
    const QString range = tr("a number from %1 to %2").arg(min).arg(max);
    const auto v = typed(o, path, key, need, range, &QJsonValue::isDouble);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        error(field(path, key), tr("%1 is out of range").arg(d), range);
        return std::nullopt;
    }
    return d;
}

std::optional<int> JsonReader::integer(const QJsonObject& o, const QString& path, const QString& key, int min,
                                       int max, Need need)
{
    const bool unbounded = min == std::numeric_limits<int>::min() && max == std::numeric_limits<int>::max();
    const QString range = unbounded ? tr("a whole number") : tr("a whole number from %1 to %2").arg(min).arg(max);
    const auto v = typed(o, path, key, need, range, &QJsonValue::isDouble);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        error(field(path, key), tr("%1 is not a whole number").arg(d), range);
        return std::nullopt;
    }
    if (d < min || d > max) {
        error(field(path, key), tr("%1 is out of range").arg(d), range);
        return std::nullopt;
    }
    return int(d);
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                            qsizetype maxItems)
{
    const auto v = typed(o, path, key, need, tr("an array"), &QJsonValue::isArray);
    if (!v)
        return std::nullopt;
    const QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        error(field(path, key), tr("has %1 items").arg(a.size()), tr("at most %1").arg(maxItems));
        return std::nullopt;
    }
    return a;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& o, const QString& path, const QString& key,
                                              Need need)
{
    const auto v = value(o, path, key, need, tr("an object"));
    if (!v)
        return std::nullopt;
    return asObject(*v, field(path, key));
}

std::optional<QJsonObject> JsonReader::asObject(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        error(path, tr("is %1").arg(typeName(v)), tr("an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QStringList> JsonReader::stringList(const QJsonObject& o, const QString& path, const QString& key,
                                                  Need need, qsizetype maxItems, int maxLength)
{
    const auto a = array(o, path, key, need, maxItems);
    if (!a)
        return std::nullopt;
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QJsonValue item = a->at(i);
        if (!item.isString()) {
            error(index(field(path, key), i), tr("is %1").arg(typeName(item)), tr("a string"));
            ok = false;
            continue;
        }
        if (item.toString().size() > maxLength) {
            error(index(field(path, key), i), tr("text is %1 characters long").arg(item.toString().size()),
                  tr("at most %1 characters").arg(maxLength));
            ok = false;
            continue;
        }
        out << item.toString();
    }
    return ok ? std::optional<QStringList>(out) : std::nullopt;
}

std::optional<Point> JsonReader::point(const QJsonValue& v, const QString& path)
{
    const QString expected = tr("[x, y] in centimetres");
    if (!v.isArray() || v.toArray().size() != 2) {
        error(path, tr("is not a point"), expected);
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (!a[0].isDouble() || !a[1].isDouble()) {
        error(path, tr("coordinates must be numbers"), expected);
        return std::nullopt;
    }
    const Point p{a[0].toDouble(), a[1].toDouble()};
    // Generous bounds: a body frame coordinate beyond 5 m is a unit mistake, not anatomy.
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > 500 || std::abs(p.y) > 500) {
        error(path, tr("coordinate out of the body frame"), tr("values between -500 and 500 cm"));
        return std::nullopt;
    }
    return p;
}

std::optional<std::vector<Point>> JsonReader::points(const QJsonObject& o, const QString& path, const QString& key,
                                                     qsizetype minCount, qsizetype maxCount)
{
    const auto a = array(o, path, key, Need::Required, maxCount);
    if (!a)
        return std::nullopt;
    if (a->size() < minCount) {
        error(field(path, key), tr("has %1 points").arg(a->size()), tr("at least %1").arg(minCount));
        return std::nullopt;
    }
    std::vector<Point> out;
    bool ok = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (const auto p = point(a->at(i), index(field(path, key), i)))
            out.push_back(*p);
        else
            ok = false;
    }
    return ok ? std::optional<std::vector<Point>>(out) : std::nullopt;
}

void JsonReader::warnUnknownKeys(const QJsonObject& o, const QString& path, const QStringList& known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        QString best;
        int bestDistance = 3; // only suggest near misses
        for (const QString& k : known) {
            const int d = editDistance(it.key(), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        warning(field(path, it.key()), tr("unknown field is ignored"),
                best.isEmpty() ? tr("one of: %1").arg(known.join(QStringLiteral(", ")))
                               : tr("\"%1\"?").arg(best));
    }
}

} // namespace rollwise
