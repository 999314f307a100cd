// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content_translation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rollwise {

namespace {
struct ContentTranslation {
    Q_DECLARE_TR_FUNCTIONS(ContentTranslation)
};

// Keys whose string values are words for people; every other string (ids, views, poses, groups, cue names)
// is structure and stays as it is.
bool isTranslatableKey(const QString& key)
{
    static const QStringList keys{
        QStringLiteral("name"), QStringLiteral("why"), QStringLiteral("title"), QStringLiteral("text"),
        QStringLiteral("summary"), QStringLiteral("steps"), QStringLiteral("cautions"),
        QStringLiteral("startingPosition"), QStringLiteral("rollerPlacement"), QStringLiteral("rollerOrientation"),
        QStringLiteral("pressure"), QStringLiteral("description"), QStringLiteral("paceText"), QStringLiteral("holdText"),
        QStringLiteral("frequencyText"), QStringLiteral("stopAdvice"), QStringLiteral("consultAdvice"),
        QStringLiteral("disclaimer"), QStringLiteral("keyTakeaways"), QStringLiteral("question"), QStringLiteral("answer"),
        QStringLiteral("advice")};
    return keys.contains(key);
}

// Sections that contain translatable texts (others, like "bodyFrame" or "reminders", are structure only).
bool isTranslatableSection(const QString& key)
{
    static const QStringList sections{
        QStringLiteral("dosage"), QStringLiteral("principles"), QStringLiteral("muscleGroups"), QStringLiteral("regions"),
        QStringLiteral("zones"), QStringLiteral("techniques"), QStringLiteral("bestPractices"), QStringLiteral("stopSigns"),
        QStringLiteral("redFlags"), QStringLiteral("screening"), QStringLiteral("faq")};
    return sections.contains(key) || isTranslatableKey(key);
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool hasIds(const QJsonArray& a)
{
    return !a.isEmpty() && a.first().isObject() && a.first().toObject().contains(QStringLiteral("id"));
}

// Merges `tr` into `en` at `path`; `texts` says whether string leaves here are translatable.
QJsonValue merge(const QJsonValue& en, const QJsonValue& tr, const QString& path, bool texts, const QString& file,
                 Diagnostics& d, bool& ok)
{
    auto fail = [&](const QString& what, const QString& expected) {
        d.error(file, path, what, expected);
        ok = false;
        return en;
    };
    if (en.isString()) {
        if (!texts)
            return fail(ContentTranslation::tr("is not a translatable text"), ContentTranslation::tr("only words for people"));
        if (!tr.isString() || tr.toString().trimmed().isEmpty())
            return fail(ContentTranslation::tr("translation is not a non-empty string"), ContentTranslation::tr("a string"));
        return tr;
    }
    if (en.isObject()) {
        if (!tr.isObject())
            return fail(ContentTranslation::tr("translation is not an object"), ContentTranslation::tr("an object"));
        QJsonObject out = en.toObject();
        const QJsonObject t = tr.toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (!out.contains(it.key())) {
                fail(ContentTranslation::tr("\"%1\" is not in the content").arg(it.key()), ContentTranslation::tr("a key of content.json"));
                continue;
            }
            out.insert(it.key(), merge(out.value(it.key()), it.value(), join(path, it.key()),
                                       texts || isTranslatableKey(it.key()), file, d, ok));
        }
        return out;
    }
    if (en.isArray()) {
        QJsonArray out = en.toArray();
        if (hasIds(out)) {
            // Arrays of things with ids are translated by id: {"glutes": {...}}.
            if (!tr.isObject())
                return fail(ContentTranslation::tr("translation is not an object keyed by id"), ContentTranslation::tr("{\"<id>\": {…}}"));
            const QJsonObject t = tr.toObject();
            for (auto it = t.begin(); it != t.end(); ++it) {
                qsizetype index = -1;
                for (qsizetype i = 0; i < out.size(); ++i)
                    if (out.at(i).toObject().value(QStringLiteral("id")).toString() == it.key())
                        index = i;
                if (index < 0) {
                    fail(ContentTranslation::tr("unknown id \"%1\"").arg(it.key()), ContentTranslation::tr("an id from content.json"));
                    continue;
                }
                out.replace(index, merge(out.at(index), it.value(), join(path, it.key()), texts, file, d, ok));
            }
            return out;
        }
        const QJsonArray t = tr.toArray();
        if (!tr.isArray() || t.size() != out.size())
            return fail(ContentTranslation::tr("translation has %1 items, the content %2").arg(t.size()).arg(out.size()),
                        ContentTranslation::tr("the same number of items, in the same order"));
        for (qsizetype i = 0; i < out.size(); ++i)
            out.replace(i, merge(out.at(i), t.at(i), path + QStringLiteral("[%1]").arg(i), texts, file, d, ok));
        return out;
    }
    return fail(ContentTranslation::tr("numbers and switches cannot be translated"), ContentTranslation::tr("only texts"));
}

// Every translatable text of `en` that `tr` does not translate, with its path.
void collect(const QJsonValue& en, const QJsonValue& tr, const QString& path, bool texts,
             std::vector<std::pair<QString, QString>>& missing)
{
    if (en.isString()) {
        if (texts && !tr.isString())
            missing.emplace_back(path, en.toString());
        return;
    }
    if (en.isObject()) {
        const QJsonObject e = en.toObject();
        const QJsonObject t = tr.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            // Top-level sections without words for people (bodyFrame, reminders, …) need no translation.
            if (path.isEmpty() && !isTranslatableSection(it.key()))
                continue;
            collect(it.value(), t.value(it.key()), join(path, it.key()), texts || isTranslatableKey(it.key()), missing);
        }
        return;
    }
    if (en.isArray()) {
        const QJsonArray e = en.toArray();
        if (hasIds(e)) {
            const QJsonObject t = tr.toObject();
            for (const QJsonValue& item : e) {
                const QString id = item.toObject().value(QStringLiteral("id")).toString();
                collect(item, t.value(id), join(path, id), texts, missing);
            }
            return;
        }
        const QJsonArray t = tr.toArray();
        for (qsizetype i = 0; i < e.size(); ++i)
            collect(e.at(i), i < t.size() ? t.at(i) : QJsonValue(), path + QStringLiteral("[%1]").arg(i), texts, missing);
    }
}
} // namespace

bool applyTranslation(QJsonObject& content, const QJsonObject& translation, const QString& file, Diagnostics& d)
{
    bool ok = true;
    QJsonObject t = translation;
    t.remove(QStringLiteral("language"));
    content = merge(content, t, {}, false, file, d, ok).toObject();
    return ok;
}

QStringList untranslated(const QJsonObject& content, const QJsonObject& translation)
{
    std::vector<std::pair<QString, QString>> missing;
    collect(content, translation, {}, false, missing);
    QStringList paths;
    for (const auto& m : missing)
        paths << m.first;
    return paths;
}

std::vector<std::pair<QString, QString>> translatableTexts(const QJsonObject& content)
{
    std::vector<std::pair<QString, QString>> texts;
    collect(content, QJsonValue(), {}, false, texts); // nothing translated: every text comes back
    return texts;
}

} // namespace rollwise
