// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed access to JSON fields that reports every problem with its file and field path instead of
// throwing or guessing; shared by the content loader and the routine loader.

#include "core/diagnostic.h"
#include "core/geometry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rollwise {

enum class Need { Required, Optional };

// The line and column (1-based) of a byte offset, so a person can find the spot in a text editor.
QString lineColumn(const QByteArray& bytes, qsizetype offset);

// What identifies one of Rollwise's own JSON files. The two messages are "%1"-patterns supplied (translated)
// by the caller: "\"%1\" is not a Rollwise routine", "unsupported format version %1".
struct VersionedFormat {
    QString format;          // the "format" value, e.g. "rollwise-routine"
    int version = 1;         // the one "version" this build reads
    QString notThisFormat;   // %1: the format found
    QString unsupportedVersion; // %1: the version found
};

// The first key that appears twice in one object of a (well-formed) JSON text: the object's path, the key and
// the byte offset of its second appearance.
struct DuplicateKey {
    QString path;
    QString key;
    qsizetype offset = 0;
};
std::optional<DuplicateKey> findDuplicateKey(const QByteArray& bytes);

class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(QString file, Diagnostics& diagnostics) : m_file(std::move(file)), m_diags(diagnostics) {}

    static QString field(const QString& path, const QString& key);
    static QString index(const QString& path, qsizetype i);
    static QString typeName(const QJsonValue& v);

    std::optional<QString> string(const QJsonObject& o, const QString& path, const QString& key,
                                  Need need = Need::Required, int maxLength = 4000);
    std::optional<bool> boolean(const QJsonObject& o, const QString& path, const QString& key,
                                Need need = Need::Required);
    std::optional<double> number(const QJsonObject& o, const QString& path, const QString& key, double min,
                                 double max, Need need = Need::Required);
    // Whole numbers only: 12.5 seconds in a file is a typo worth reporting, not rounding.
    std::optional<int> integer(const QJsonObject& o, const QString& path, const QString& key, int min, int max,
                               Need need = Need::Required);
    std::optional<QJsonArray> array(const QJsonObject& o, const QString& path, const QString& key,
                                    Need need = Need::Required, qsizetype maxItems = 1000);
    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path, const QString& key,
                                      Need need = Need::Required);
    std::optional<QStringList> stringList(const QJsonObject& o, const QString& path, const QString& key,
                                          Need need = Need::Required, qsizetype maxItems = 100,
                                          int maxLength = 4000);
    std::optional<Point> point(const QJsonValue& v, const QString& path);
    std::optional<std::vector<Point>> points(const QJsonObject& o, const QString& path, const QString& key,
                                             qsizetype minCount, qsizetype maxCount);
    std::optional<QJsonObject> asObject(const QJsonValue& v, const QString& path);

    // Parses `bytes` as a JSON object and checks its "format" and "version" fields; returns the root object
    // only when both are right and no object repeats a key (unknown root keys are reported as warnings
    // against `knownKeys`).
    std::optional<QJsonObject> versionedRoot(const QByteArray& bytes, const VersionedFormat& format,
                                             const QStringList& knownKeys);

    // Fields nobody reads are usually typos ("holdSecond"); say so rather than silently ignoring them.
    void warnUnknownKeys(const QJsonObject& o, const QString& path, const QStringList& known);

    void error(const QString& path, const QString& message, const QString& expected = {});
    void warning(const QString& path, const QString& message, const QString& expected = {});
    const QString& file() const { return m_file; }

private:
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                    const QString& expectedType);
    // The field's value if it exists and has the right JSON type; otherwise reports why and returns nothing.
    std::optional<QJsonValue> typed(const QJsonObject& o, const QString& path, const QString& key, Need need,
                                    const QString& expected, bool (QJsonValue::*isType)() const);
    QString m_file;
    Diagnostics& m_diags;
};

} // namespace rollwise
