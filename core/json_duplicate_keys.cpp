// SPDX-License-Identifier: GPL-3.0-or-later
// QJsonDocument keeps the last of two equal keys in an object; other JSON tools keep the first. A file that
// says "holdSeconds": 20 and later "holdSeconds": 120 would then mean different things to a clinician's
// editor and to Rollwise, so a duplicate key is refused. QJsonObject cannot tell, hence this scan of the bytes.
#include "core/json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rollwise {

namespace {
struct Container {
    bool object = false;
    QString path;
    QSet<QString> keys;
    qsizetype items = 0; // array elements seen, for the path of nested containers
    QString lastKey;      // the key whose value comes next (objects)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The decoded text of the string token starting at bytes[start] == '"'; `end` is set past its closing quote.
std::optional<QString> stringToken(const QByteArray& bytes, qsizetype start, qsizetype& end)
{
    bool escaped = false;
    for (qsizetype i = start + 1; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\\') {
            escaped = true;
            ++i;
            continue;
        }
        if (c != '"')
            continue;
        end = i + 1;
        const QByteArray raw = bytes.mid(start, end - start);
        if (!escaped)
            return QString::fromUtf8(raw.mid(1, raw.size() - 2));
        // "a\u0062" and "ab" are the same key; let Qt's parser decode the escapes.
        const QJsonDocument one = QJsonDocument::fromJson("[" + raw + "]");
        if (!one.isArray() || one.array().isEmpty())
            return std::nullopt;
        return one.array().at(0).toString();
    }
    return std::nullopt;
}
} // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray& bytes)
{
    std::vector<Container> stack;
    // A container's path inside its parent: a key of an object, an index of an array.
    auto childPath = [&]() -> QString {
        if (stack.empty())
            return {};
        const Container& parent = stack.back();
        return parent.object ? JsonReader::field(parent.path, parent.lastKey)
                             : JsonReader::index(parent.path, parent.items);
    };
    bool expectKey = false; // inside an object, after '{' or ','
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (isSpace(c))
            continue;
        if (c == '{' || c == '[') {
            if (stack.size() >= 4096)
                return std::nullopt; // the parser refused such a file already
            stack.push_back({c == '{', childPath(), {}, 0, {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                return std::nullopt;
            stack.pop_back();
            expectKey = false;
            if (!stack.empty() && !stack.back().object)
                ++stack.back().items;
        } else if (c == ',') {
            expectKey = !stack.empty() && stack.back().object;
        } else if (c == '"') {
            qsizetype end = i;
            const auto text = stringToken(bytes, i, end);
            if (!text)
                return std::nullopt;
            if (expectKey && !stack.empty()) {
                Container& o = stack.back();
                if (o.keys.contains(*text))
                    return DuplicateKey{o.path, *text, i};
                o.keys.insert(*text);
                o.lastKey = *text;
                expectKey = false;
            } else if (!stack.empty() && !stack.back().object) {
                ++stack.back().items;
            }
            i = end - 1;
        } else if (c != ':') {
            // A number, true, false or null: skip to its end.
            while (i + 1 < bytes.size() && !isSpace(bytes[i + 1]) && bytes[i + 1] != ',' && bytes[i + 1] != ']'
                   && bytes[i + 1] != '}')
                ++i;
            if (!stack.empty() && !stack.back().object)
                ++stack.back().items;
        }
    }
    return std::nullopt;
}

} // namespace rollwise
