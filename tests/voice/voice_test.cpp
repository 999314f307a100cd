// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/keyword_spotter.h"
#include "voice/synthesised_speech.h"
#include "voice/listen.h"
#include "voice/voice_commands.h"
#include "voice/wav_reader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

#include <functional>

using namespace rollwise;

namespace {

QString describe(const Diagnostics& d)
{
    return d.toText();
}

// A small valid file, so each hostile case below differs from it in exactly one way.
QJsonObject validRoot()
{
    QJsonArray commands;
    int n = 0;
    for (const QString& id : VoiceCommandSet::knownIds()) {
        const QString word = QStringLiteral("word") + QChar(QLatin1Char('a' + n++));
        commands.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("phrases"),
                                     QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("say ") + word},
                                                            {QStringLiteral("threshold"), 1e-30}}}}});
    }
    return {{QStringLiteral("format"), QStringLiteral("rollwise-voice-commands")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("commands"), commands}};
}

VoiceCommandLoad loadWith(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = validRoot();
    change(root);
    return VoiceCommandSet::readBytes(QJsonDocument(root).toJson(), QStringLiteral("commands.json"));
}

// Edits commands[i].phrases[j] in place.
void setPhrase(QJsonObject& root, int i, int j, const QString& key, const QJsonValue& value)
{
    QJsonArray commands = root[QStringLiteral("commands")].toArray();
    QJsonObject command = commands[i].toObject();
    QJsonArray phrases = command[QStringLiteral("phrases")].toArray();
    QJsonObject phrase = phrases[j].toObject();
    phrase[key] = value;
    phrases[j] = phrase;
    command[QStringLiteral("phrases")] = phrases;
    commands[i] = command;
    root[QStringLiteral("commands")] = commands;
}

// The load failed, and one of its errors is at `path` and mentions `words`.
void expectError(const VoiceCommandLoad& load, const QString& path, const QString& words)
{
    EXPECT_FALSE(load.commands.has_value());
    bool found = false;
    for (const Diagnostic& d : load.diagnostics.items())
        if (d.severity == Severity::Error && d.path == path && (d.message + d.expected).contains(words))
            found = true;
    EXPECT_TRUE(found) << "no error at \"" << path.toStdString() << "\" mentioning \"" << words.toStdString()
                       << "\" in:\n"
                       << describe(load.diagnostics).toStdString();
}

} // namespace

TEST(VoiceCommands, BuiltInFileLoadsCleanlyWithEveryCommand)
{
    const VoiceCommandLoad load = VoiceCommandSet::builtIn();
    ASSERT_TRUE(load.commands.has_value()) << describe(load.diagnostics).toStdString();
    EXPECT_TRUE(load.diagnostics.empty()) << describe(load.diagnostics).toStdString();
    ASSERT_EQ(load.commands->commands().size(), 8u);
    for (const QString& id : VoiceCommandSet::knownIds()) {
        const VoiceCommand* c = load.commands->command(id);
        ASSERT_NE(c, nullptr) << id.toStdString();
        EXPECT_FALSE(c->phrases.empty()) << id.toStdString();
    }
    EXPECT_EQ(VoiceCommandSet::knownIds(),
              (QStringList{QStringLiteral("hold"), QStringLiteral("release"), QStringLiteral("next"),
                           QStringLiteral("back"), QStringLiteral("pause"), QStringLiteral("resume"),
                           QStringLiteral("end"), QStringLiteral("safety-stop")}));
}

TEST(VoiceCommands, ValidFileLoads)
{
    const VoiceCommandLoad load = loadWith([](QJsonObject&) {});
    EXPECT_TRUE(load.commands.has_value()) << describe(load.diagnostics).toStdString();
}

TEST(VoiceCommands, BadJsonIsReportedWithItsPosition)
{
    const auto load = VoiceCommandSet::readBytes("{\"format\": \"rollwise-voice-commands\", ", QStringLiteral("c.json"));
    expectError(load, QString(), QStringLiteral("malformed JSON at line 1"));
}

TEST(VoiceCommands, WrongFormatAndVersionAreRefused)
{
    expectError(loadWith([](QJsonObject& r) { r[QStringLiteral("format")] = QStringLiteral("rollwise-routine"); }),
                QStringLiteral("format"), QStringLiteral("not a Rollwise voice commands file"));
    expectError(loadWith([](QJsonObject& r) { r[QStringLiteral("version")] = 2; }), QStringLiteral("version"),
                QStringLiteral("unsupported format version 2"));
}

TEST(VoiceCommands, DuplicateUnknownAndMissingIds)
{
    expectError(loadWith([](QJsonObject& r) {
                    QJsonArray c = r[QStringLiteral("commands")].toArray();
                    QJsonObject o = c[1].toObject();
                    o[QStringLiteral("id")] = QStringLiteral("hold");
                    c[1] = o;
                    r[QStringLiteral("commands")] = c;
                }),
                QStringLiteral("commands[1].id"), QStringLiteral("appears twice"));
    expectError(loadWith([](QJsonObject& r) {
                    QJsonArray c = r[QStringLiteral("commands")].toArray();
                    QJsonObject o = c[2].toObject();
                    o[QStringLiteral("id")] = QStringLiteral("skip");
                    c[2] = o;
                    r[QStringLiteral("commands")] = c;
                }),
                QStringLiteral("commands[2].id"), QStringLiteral("unknown command \"skip\""));
    expectError(loadWith([](QJsonObject& r) {
                    QJsonArray c = r[QStringLiteral("commands")].toArray();
                    c.removeAt(7);
                    r[QStringLiteral("commands")] = c;
                }),
                QStringLiteral("commands"), QStringLiteral("\"safety-stop\" is missing"));
}

TEST(VoiceCommands, PhraseSharedByTwoCommands)
{
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 3, 0, QStringLiteral("text"), QStringLiteral("say worda")); }),
                QStringLiteral("commands[3].phrases[0].text"), QStringLiteral("already used at commands[0].phrases[0].text"));
}

TEST(VoiceCommands, ThresholdOutOfRangeOrNotANumber)
{
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 2, 0, QStringLiteral("threshold"), 0.5); }),
                QStringLiteral("commands[2].phrases[0].threshold"), QStringLiteral("out of range"));
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 2, 0, QStringLiteral("threshold"), 1e-60); }),
                QStringLiteral("commands[2].phrases[0].threshold"), QStringLiteral("out of range"));
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 2, 0, QStringLiteral("threshold"), QStringLiteral("low")); }),
                QStringLiteral("commands[2].phrases[0].threshold"), QStringLiteral("a string"));
}

TEST(VoiceCommands, PhraseWordsAndCharacters)
{
    expectError(loadWith([](QJsonObject& r) {
                    setPhrase(r, 4, 0, QStringLiteral("text"), QStringLiteral("please stop the whole session"));
                }),
                QStringLiteral("commands[4].phrases[0].text"), QStringLiteral("has 5 words"));
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 5, 0, QStringLiteral("text"), QStringLiteral("Stop 2")); }),
                QStringLiteral("commands[5].phrases[0].text"), QStringLiteral("other than lowercase letters"));
    expectError(loadWith([](QJsonObject& r) { setPhrase(r, 5, 0, QStringLiteral("text"), QStringLiteral("   ")); }),
                QStringLiteral("commands[5].phrases[0].text"), QStringLiteral("has 0 words"));
    expectError(loadWith([](QJsonObject& r) {
                    QJsonArray c = r[QStringLiteral("commands")].toArray();
                    QJsonObject o = c[6].toObject();
                    o[QStringLiteral("phrases")] = QJsonArray();
                    c[6] = o;
                    r[QStringLiteral("commands")] = c;
                }),
                QStringLiteral("commands[6].phrases"), QStringLiteral("has no phrases"));
}

TEST(VoiceCommands, OversizedFileIsRefusedBeforeParsing)
{
    QByteArray big = QJsonDocument(validRoot()).toJson();
    big.append(QByteArray(VoiceCommandSet::kMaxFileBytes, ' '));
    expectError(VoiceCommandSet::readBytes(big, QStringLiteral("big.json")), QString(), QStringLiteral("64 KB"));
}

TEST(VoiceCommands, WordMissingFromTheDictionaryIsNamedWhenTheSpotterLoads)
{
    const VoiceCommandLoad load =
        loadWith([](QJsonObject& r) { setPhrase(r, 0, 0, QStringLiteral("text"), QStringLiteral("hold xyzzyq")); });
    ASSERT_TRUE(load.commands.has_value()) << describe(load.diagnostics).toStdString();
    KeywordSpotter spotter(*load.commands);
    QString error;
    EXPECT_FALSE(spotter.load(&error));
    EXPECT_EQ(error, QStringLiteral("voice commands: the word \"xyzzyq\" in phrase \"hold xyzzyq\" is not in the "
                                    "English dictionary"));
}

TEST(VoiceCommands, MissingModelFolderIsNamed)
{
    KeywordSpotter spotter(*VoiceCommandSet::builtIn().commands, QStringLiteral("/nonexistent/model"));
    QString error;
    EXPECT_FALSE(spotter.load(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/model")) && error.contains(QStringLiteral("pocketsphinx-en-us")))
        << error.toStdString();
}

// ---- WAV reader ----

namespace {
QByteArray le16(quint16 v)
{
    QByteArray b(2, 0);
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray le32(quint32 v)
{
    QByteArray b(4, 0);
    qToLittleEndian(v, b.data());
    return b;
}
QByteArray wavBytes(quint16 format, quint16 channels, quint32 rate, quint16 bits, const QByteArray& data,
                    quint32 declaredDataBytes, const QByteArray& extraChunk = {})
{
    QByteArray fmt = le16(format) + le16(channels) + le32(rate) + le32(rate * channels * bits / 8)
                     + le16(quint16(channels * bits / 8)) + le16(bits);
    QByteArray body = QByteArray("WAVE") + extraChunk + "fmt " + le32(quint32(fmt.size())) + fmt + "data"
                      + le32(declaredDataBytes) + data;
    return QByteArray("RIFF") + le32(quint32(body.size())) + body;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString wavError(const QByteArray& bytes, const QString& name = QStringLiteral("recording.wav"))
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, name, bytes);
    WavReader reader;
    QString error;
    if (reader.open(path, &error))
        return QStringLiteral("(accepted)");
    // The path's folder is a temporary one; compare from the file name on.
    return error.mid(error.indexOf(name));
}
} // namespace

TEST(WavReader, ReadsSixteenKilohertzMonoPcmAndSkipsOtherChunks)
{
    QTemporaryDir dir;
    const QByteArray samples = le16(1) + le16(quint16(-2)) + le16(300);
    // A LIST chunk of odd size (with its pad byte) before "fmt ", as some editors write.
    const QByteArray list = QByteArray("LIST") + le32(3) + "abc" + '\0';
    const QString path = writeFile(dir, QStringLiteral("ok.wav"), wavBytes(1, 1, 16000, 16, samples, 6, list));
    std::vector<int16_t> out;
    QString error;
    ASSERT_TRUE(WavReader::readAll(path, out, &error)) << error.toStdString();
    EXPECT_EQ(out, (std::vector<int16_t>{1, -2, 300}));
}

TEST(WavReader, RefusesOtherLayoutsWithTheConversionCommand)
{
    const QByteArray data(8, 0);
    EXPECT_EQ(wavError(wavBytes(1, 2, 44100, 16, data, 8)),
              QStringLiteral("recording.wav: 44100 Hz stereo 16-bit PCM; expected 16 kHz mono 16-bit PCM (convert "
                             "with: sox IN -r 16000 -c 1 -b 16 OUT.wav)"));
    EXPECT_TRUE(wavError(wavBytes(1, 1, 44100, 16, data, 8)).startsWith(QStringLiteral("recording.wav: 44100 Hz mono")));
    EXPECT_TRUE(wavError(wavBytes(1, 2, 16000, 16, data, 8)).startsWith(QStringLiteral("recording.wav: 16000 Hz stereo")));
    EXPECT_TRUE(wavError(wavBytes(3, 1, 16000, 32, data, 8)).contains(QStringLiteral("floating point")));
    EXPECT_TRUE(wavError(wavBytes(1, 1, 16000, 8, data, 8)).contains(QStringLiteral("8-bit PCM; expected")));
}

TEST(WavReader, RefusesTruncatedAndNonRiffFiles)
{
    EXPECT_EQ(wavError(wavBytes(1, 1, 16000, 16, QByteArray(100, 0), 32000)),
              QStringLiteral("recording.wav: truncated: the header promises 32000 bytes of audio but the file holds 100"));
    EXPECT_TRUE(wavError(wavBytes(1, 1, 16000, 16, {}, 0).left(20)).contains(QStringLiteral("truncated")));
    EXPECT_TRUE(wavError("ID3\x03 this is an mp3", QStringLiteral("song.mp3"))
                    .startsWith(QStringLiteral("song.mp3: not a WAV file (no RIFF/WAVE header)")));
    EXPECT_TRUE(wavError({}).contains(QStringLiteral("not a WAV file")));
    const QString missing = QStringLiteral("/nonexistent/recording.wav");
    WavReader reader;
    QString error;
    EXPECT_FALSE(reader.open(missing, &error));
    EXPECT_TRUE(error.startsWith(missing + QStringLiteral(": cannot be read"))) << error.toStdString();
}

// ---- Recognition on synthesised speech ----

namespace {
using test::appendSilence;
using test::speak;

std::vector<VoiceDetection> spot(KeywordSpotter& spotter, const std::vector<int16_t>& samples)
{
    return spotter.spotRecording(samples);
}
} // namespace

class VoiceRecognition : public ::testing::Test {
protected:
    void SetUp() override
    {
        const VoiceCommandLoad load = VoiceCommandSet::builtIn();
        ASSERT_TRUE(load.commands.has_value());
        spotter = std::make_unique<KeywordSpotter>(*load.commands);
        QString error;
        ASSERT_TRUE(spotter->load(&error)) << error.toStdString();
        ASSERT_TRUE(dir.isValid());
    }
    QTemporaryDir dir;
    std::unique_ptr<KeywordSpotter> spotter;
};

TEST_F(VoiceRecognition, CommandsComeOutInOrderOnceEach)
{
    // (phrase, voice, words per minute, expected command): phrases the measurements recognise in every take.
    const std::vector<std::tuple<QString, QString, int, QString>> takes{
        {QStringLiteral("wait a moment"), QStringLiteral("en+m3"), 130, QStringLiteral("pause")},
        {QStringLiteral("i feel numbness"), QStringLiteral("en-us"), 170, QStringLiteral("safety-stop")},
        {QStringLiteral("continue please"), QStringLiteral("en+f3"), 170, QStringLiteral("resume")},
        {QStringLiteral("finish my workout"), QStringLiteral("en-us"), 200, QStringLiteral("end")},
    };
    std::vector<int16_t> audio;
    // The recogniser's live normalisation needs a few seconds of input before it hears the first phrase
    // (tools/voice/README.md, "cold start"); a session listens long before anyone speaks a command.
    appendSilence(audio, 4.0);
    std::vector<double> ends;
    for (const auto& [text, voice, wpm, id] : takes) {
        const auto s = speak(dir, text, voice, wpm);
        ASSERT_FALSE(s.empty()) << text.toStdString();
        audio.insert(audio.end(), s.begin(), s.end());
        ends.push_back(double(audio.size()) / KeywordSpotter::kSampleRate);
        appendSilence(audio, 1.5);
    }
    const auto found = spot(*spotter, audio);
    QStringList ids;
    for (const VoiceDetection& d : found)
        ids << d.commandId;
    QStringList expected;
    for (const auto& t : takes)
        expected << std::get<3>(t);
    ASSERT_EQ(ids.join(QLatin1Char(' ')).toStdString(), expected.join(QLatin1Char(' ')).toStdString());
    for (size_t i = 0; i < found.size(); ++i) {
        // Reported close to where the phrase ended (espeak-ng adds a few tenths of a second of silence).
        EXPECT_NEAR(found[i].seconds, ends[i] - 0.4, 0.6) << found[i].commandId.toStdString();
        EXPECT_EQ(spotter->commands().commandFor(found[i].phrase), found[i].commandId);
    }
    // After reset() time counts from zero again and nothing half-heard carries over.
    spotter->reset();
    const auto again = spot(*spotter, std::vector<int16_t>(audio.begin(), audio.begin() + long(ends[0] * 16000 + 16000)));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_NEAR(again[0].seconds, ends[0] - 0.4, 0.6);
}

TEST_F(VoiceRecognition, OrdinaryTalkAboutASessionNeverEndsIt)
{
    // Everyday talk around a session, with the words the commands use ("session", "finish", "pain", "workout",
    // "hold", "back", "break") in ordinary sentences.
    const QString talk = QStringLiteral(
        "Before the session I usually warm up for a few minutes and drink some water. My lower back has been "
        "stiff since the weekend, so my physiotherapist suggested working on the hips and the glutes instead. "
        "When I find a tender area I try to relax and breathe slowly rather than pressing harder. Yesterday the "
        "whole routine took about twelve minutes, and I felt looser when I got up from the floor. I want to "
        "finish the program by the end of the month and then talk to her about what comes next. Sometimes the "
        "roller slips on the carpet, which is annoying, but a yoga mat under it helps a lot.");
    const auto s = speak(dir, talk, QStringLiteral("en-us"), 160);
    ASSERT_FALSE(s.empty());
    for (const VoiceDetection& d : spot(*spotter, s))
        EXPECT_NE(d.commandId, QStringLiteral("end")) << "false \"end\" at " << d.seconds << " s (\""
                                                      << d.phrase.toStdString() << "\")";
}

TEST_F(VoiceRecognition, ListenPrintsSecondsAndCommand)
{
    std::vector<int16_t> audio;
    appendSilence(audio, 4.0); // see CommandsComeOutInOrderOnceEach
    const auto s = speak(dir, QStringLiteral("wait a moment"), QStringLiteral("en+m3"), 130);
    ASSERT_FALSE(s.empty());
    audio.insert(audio.end(), s.begin(), s.end());
    appendSilence(audio, 1.0);
    QByteArray pcm;
    for (int16_t v : audio)
        pcm += le16(quint16(v));
    const QString path = writeFile(dir, QStringLiteral("listen.wav"), wavBytes(1, 1, 16000, 16, pcm, quint32(pcm.size())));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    EXPECT_EQ(listenToRecording(path, *VoiceCommandSet::builtIn().commands, out, err), 0) << errText.toStdString();
    const QStringList lines = outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << outText.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d pause$")).match(lines[0]).hasMatch())
        << lines[0].toStdString();

    EXPECT_EQ(listenToRecording(dir.filePath(QStringLiteral("none.wav")), *VoiceCommandSet::builtIn().commands, out, err), 1);
    EXPECT_TRUE(errText.contains(QStringLiteral("none.wav: cannot be read"))) << errText.toStdString();
}
