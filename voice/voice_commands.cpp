// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/voice_commands.h"

#include "core/json_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace rollwise {

namespace {
const QString kFormat = QStringLiteral("rollwise-voice-commands");
constexpr int kFormatVersion = 1;

bool phraseCharactersOk(const QString& text)
{
    // The dictionary's spelling: plain ASCII lowercase letters and apostrophes ("that's"); anything else
    // (digits, capitals, accents, punctuation) would never match a dictionary entry.
    for (const QChar c : text)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char(' ') || c == QLatin1Char('\'')))
            return false;
    return true;
}
} // namespace

const QStringList& VoiceCommandSet::knownIds()
{
    static const QStringList ids{QStringLiteral("hold"),  QStringLiteral("release"), QStringLiteral("next"),
                                 QStringLiteral("back"),  QStringLiteral("pause"),   QStringLiteral("resume"),
                                 QStringLiteral("end"),   QStringLiteral("safety-stop")};
    return ids;
}

VoiceCommandLoad VoiceCommandSet::readFile(const QString& path)
{
    VoiceCommandLoad out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.diagnostics.error(path, {}, tr("cannot be read: %1").arg(file.errorString()),
                              tr("a readable voice commands file"));
        return out;
    }
    // Read one byte past the limit so an oversized file is refused without reading all of it.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    return readBytes(bytes, path);
}

VoiceCommandLoad VoiceCommandSet::builtIn()
{
    return readFile(QStringLiteral(":/rollwise/voice/commands.json"));
}

VoiceCommandLoad VoiceCommandSet::readBytes(const QByteArray& bytes, const QString& fileName)
{
    VoiceCommandLoad out;
    Diagnostics& d = out.diagnostics;
    if (bytes.size() > kMaxFileBytes) {
        d.error(fileName, {}, tr("file is larger than %1 KB").arg(kMaxFileBytes / 1024),
                tr("a voice commands file of at most %1 KB").arg(kMaxFileBytes / 1024));
        return out;
    }
    JsonReader r(fileName, d);
    const auto root = r.versionedRoot(bytes,
                                      {kFormat, kFormatVersion, tr("\"%1\" is not a Rollwise voice commands file"),
                                       tr("unsupported format version %1")},
                                      {QStringLiteral("format"), QStringLiteral("version"),
                                       QStringLiteral("commands")});
    if (!root)
        return out;
    const auto commands = r.array(*root, {}, QStringLiteral("commands"), Need::Required, knownIds().size() * 2);
    if (!commands)
        return out;

    VoiceCommandSet set;
    QHash<QString, QString> seenIds;     // id -> path where it first appeared
    QHash<QString, QString> seenPhrases; // phrase -> path where it first appeared
    const QString expectedId = tr("one of: %1").arg(knownIds().join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < commands->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("commands"), i);
        const auto o = r.asObject(commands->at(i), path);
        if (!o)
            continue;
        r.warnUnknownKeys(*o, path, {QStringLiteral("id"), QStringLiteral("phrases")});
        VoiceCommand command;
        const auto id = r.string(*o, path, QStringLiteral("id"), Need::Required, 40);
        if (id) {
            const QString idPath = JsonReader::field(path, QStringLiteral("id"));
            if (!knownIds().contains(*id)) {
                r.error(idPath, tr("unknown command \"%1\"").arg(*id), expectedId);
            } else if (seenIds.contains(*id)) {
                r.error(idPath, tr("command \"%1\" appears twice (first at %2)").arg(*id, seenIds.value(*id)),
                        tr("each command once"));
            } else {
                seenIds.insert(*id, path);
                command.id = *id;
            }
        }
        const auto phrases = r.array(*o, path, QStringLiteral("phrases"), Need::Required, kMaxPhrasesPerCommand);
        if (phrases && phrases->isEmpty())
            r.error(JsonReader::field(path, QStringLiteral("phrases")), tr("has no phrases"),
                    tr("at least one phrase that says this command"));
        for (qsizetype j = 0; phrases && j < phrases->size(); ++j) {
            const QString ppath = JsonReader::index(JsonReader::field(path, QStringLiteral("phrases")), j);
            const auto po = r.asObject(phrases->at(j), ppath);
            if (!po)
                continue;
            r.warnUnknownKeys(*po, ppath, {QStringLiteral("text"), QStringLiteral("threshold")});
            const auto text = r.string(*po, ppath, QStringLiteral("text"), Need::Required, kMaxPhraseLength);
            const auto threshold = r.number(*po, ppath, QStringLiteral("threshold"), kMinThreshold, kMaxThreshold);
            if (!text || !threshold)
                continue;
            const QString tpath = JsonReader::field(ppath, QStringLiteral("text"));
            const QStringList words = text->split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!phraseCharactersOk(*text)) {
                r.error(tpath, tr("\"%1\" contains characters other than lowercase letters, spaces and apostrophes")
                                   .arg(*text),
                        tr("lowercase English words such as \"sharp pain\""));
                continue;
            }
            if (words.isEmpty() || words.size() > kMaxWordsPerPhrase) {
                r.error(tpath, tr("\"%1\" has %2 words").arg(*text).arg(words.size()),
                        tr("1 to %1 words").arg(kMaxWordsPerPhrase));
                continue;
            }
            // One spelling per phrase, so "sharp  pain" and "sharp pain" count as the same phrase.
            const QString normal = words.join(QLatin1Char(' '));
            if (seenPhrases.contains(normal)) {
                r.error(tpath, tr("phrase \"%1\" is already used at %2").arg(normal, seenPhrases.value(normal)),
                        tr("each phrase in one command only"));
                continue;
            }
            seenPhrases.insert(normal, tpath);
            command.phrases.push_back({normal, *threshold});
        }
        if (!command.id.isEmpty())
            set.m_commands.push_back(std::move(command));
    }
    for (const QString& id : knownIds())
        if (!seenIds.contains(id))
            r.error(QStringLiteral("commands"), tr("command \"%1\" is missing").arg(id),
                    tr("every command: %1").arg(knownIds().join(QStringLiteral(", "))));
    if (!d.hasErrors())
        out.commands = std::move(set);
    return out;
}

const VoiceCommand* VoiceCommandSet::command(const QString& id) const
{
    for (const VoiceCommand& c : m_commands)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString VoiceCommandSet::commandFor(const QString& phrase) const
{
    for (const VoiceCommand& c : m_commands)
        for (const VoicePhrase& p : c.phrases)
            if (p.text == phrase)
                return c.id;
    return {};
}

std::vector<VoicePhrase> VoiceCommandSet::allPhrases() const
{
    std::vector<VoicePhrase> out;
    for (const VoiceCommand& c : m_commands)
        out.insert(out.end(), c.phrases.begin(), c.phrases.end());
    return out;
}

void VoiceCommandSet::setAllThresholds(double threshold)
{
    for (VoiceCommand& c : m_commands)
        for (VoicePhrase& p : c.phrases)
            p.threshold = threshold;
}

} // namespace rollwise
