// SPDX-License-Identifier: GPL-3.0-or-later
// Measures a voice commands file against the corpus made by make_corpus.py: recognition per command and
// condition, false actions per 10 minutes of the article, and CPU per second of audio. README.md has the
// figures and how to build and run it.
//
//   voice_measure CORPUS_DIR [--commands FILE] [--threshold T] [--phrases]
//
// --threshold gives every phrase the same threshold (for sweeps); --phrases adds one line per phrase
// ("PHRASE<TAB>text<TAB>command<TAB>hits<TAB>takes<TAB>article false actions") for choosing thresholds.

#include "voice/keyword_spotter.h"
#include "voice/voice_commands.h"
#include "voice/wav_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <ctime>
#include <map>
#include <vector>

using namespace rollwise;

namespace {
struct Tally {
    int hits = 0;
    int takes = 0;
    int wrong = 0; // takes where some other command was (also) recognised
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Feeds the samples in 20 ms chunks, as listen.cpp does, and adds the CPU time spent to cpu.
std::vector<VoiceDetection> run(KeywordSpotter& spotter, const std::vector<int16_t>& samples, double& cpu)
{
    std::vector<VoiceDetection> out;
    spotter.reset();
    const double start = cpuSeconds();
    out = spotter.spotRecording(samples);
    cpu += cpuSeconds() - start;
    return out;
}

QString percent(int a, int b)
{
    return b == 0 ? QStringLiteral("-") : QString::number(100.0 * a / b, 'f', 1) + QLatin1Char('%');
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString commandsFile = QStringLiteral(ROLLWISE_SOURCE_DIR "/resources/voice/commands.json");
    double threshold = 0;
    bool phraseLines = false;
    QString corpus;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--commands") && i + 1 < args.size())
            commandsFile = args[++i];
        else if (args[i] == QLatin1String("--threshold") && i + 1 < args.size())
            threshold = args[++i].toDouble();
        else if (args[i] == QLatin1String("--phrases"))
            phraseLines = true;
        else
            corpus = args[i];
    }
    if (corpus.isEmpty()) {
        err << "usage: voice_measure CORPUS_DIR [--commands FILE] [--threshold T] [--phrases]\n";
        return 2;
    }
    auto load = VoiceCommandSet::readFile(commandsFile);
    if (!load.commands) {
        err << load.diagnostics.toText() << Qt::endl;
        return 1;
    }
    VoiceCommandSet set = *load.commands;
    if (threshold > 0)
        set.setAllThresholds(threshold);
    KeywordSpotter spotter(set);
    QString error;
    if (!spotter.load(&error)) {
        err << error << Qt::endl;
        return 1;
    }

    QFile manifest(QDir(corpus).filePath(QStringLiteral("manifest.tsv")));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << manifest.fileName() << ": " << manifest.errorString() << Qt::endl;
        return 1;
    }
    std::map<QString, std::map<QString, Tally>> byCommand; // command -> condition -> tally
    std::map<QString, Tally> byPhrase;
    std::map<QString, int> confusions; // "expected -> got"
    double cpu = 0;
    double audio = 0;
    int skipped = 0;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 6)
            continue;
        const QString expected = f[1];
        if (set.commandFor(f[2]) != expected) {
            ++skipped; // a phrase this commands file does not have
            continue;
        }
        std::vector<int16_t> samples;
        if (!WavReader::readAll(QDir(corpus).filePath(f[0]), samples, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        audio += double(samples.size()) / KeywordSpotter::kSampleRate;
        bool hit = false;
        bool wrong = false;
        for (const VoiceDetection& d : run(spotter, samples, cpu)) {
            if (d.commandId == expected) {
                hit = true;
            } else {
                wrong = true;
                ++confusions[expected + QStringLiteral(" -> ") + d.commandId + QStringLiteral(" (\"")
                             + d.phrase + QStringLiteral("\")")];
            }
        }
        for (Tally* t : {&byCommand[expected][f[5]], &byCommand[expected][QStringLiteral("all")], &byPhrase[f[2]]}) {
            ++t->takes;
            t->hits += hit ? 1 : 0;
            t->wrong += wrong ? 1 : 0;
        }
    }

    std::map<QString, int> articleByCommand;
    std::map<QString, int> articleByPhrase;
    double articleSeconds = 0;
    std::vector<int16_t> article;
    const QString articlePath = QDir(corpus).filePath(QStringLiteral("article.wav"));
    if (QFile::exists(articlePath)) {
        if (!WavReader::readAll(articlePath, article, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        articleSeconds = double(article.size()) / KeywordSpotter::kSampleRate;
        audio += articleSeconds;
        for (const VoiceDetection& d : run(spotter, article, cpu)) {
            ++articleByCommand[d.commandId];
            ++articleByPhrase[d.phrase];
            if (!phraseLines)
                out << "  article false action at " << QString::number(d.seconds, 'f', 2) << " s: " << d.commandId
                    << " (\"" << d.phrase << "\")\n";
        }
    }

    out << "commands file: " << commandsFile << (threshold > 0 ? QStringLiteral(" (all thresholds %1)").arg(threshold)
                                                                : QString())
        << "\n";
    out << "recognition (takes recognised / takes; clean, white 10 dB, pink 10 dB, all):\n";
    int hits = 0;
    int takes = 0;
    int wrongTakes = 0;
    for (const QString& id : VoiceCommandSet::knownIds()) {
        auto& c = byCommand[id];
        out << "  " << id.leftJustified(12);
        for (const char* cond : {"clean", "white", "pink", "all"}) {
            const Tally& t = c[QString::fromLatin1(cond)];
            out << "  " << QStringLiteral("%1/%2 %3").arg(t.hits).arg(t.takes).arg(percent(t.hits, t.takes)).leftJustified(15);
        }
        out << "\n";
        hits += c[QStringLiteral("all")].hits;
        takes += c[QStringLiteral("all")].takes;
        wrongTakes += c[QStringLiteral("all")].wrong;
    }
    const Tally& safety = byCommand[QStringLiteral("safety-stop")][QStringLiteral("all")];
    out << "overall " << hits << "/" << takes << " " << percent(hits, takes) << "; safety-stop " << percent(safety.hits, safety.takes)
        << "; takes with a wrong command " << wrongTakes << "\n";
    for (const auto& [what, n] : confusions)
        out << "  confusion " << what << ": " << n << "\n";
    int falseActions = 0;
    for (const auto& [id, n] : articleByCommand)
        falseActions += n;
    out << "article: " << QString::number(articleSeconds, 'f', 0) << " s, " << falseActions << " false actions = "
        << QString::number(articleSeconds > 0 ? falseActions * 600.0 / articleSeconds : 0.0, 'f', 2) << " per 10 min; end: "
        << articleByCommand[QStringLiteral("end")] << "\n";
    for (const auto& [id, n] : articleByCommand)
        out << "  " << id << ": " << n << "\n";
    out << "real-time factor " << QString::number(audio > 0 ? cpu / audio : 0.0, 'f', 4) << " (CPU " << QString::number(cpu, 'f', 1)
        << " s for " << QString::number(audio, 'f', 0) << " s of audio = " << QString::number(audio > 0 ? 100 * cpu / audio : 0.0, 'f', 1)
        << "% of one core while listening)\n";
    if (skipped)
        out << "(" << skipped << " takes of phrases not in this file skipped)\n";
    if (phraseLines)
        for (const auto& [phrase, t] : byPhrase)
            out << "PHRASE\t" << phrase << "\t" << set.commandFor(phrase) << "\t" << t.hits << "\t" << t.takes << "\t"
                << articleByPhrase[phrase] << "\n";
    return 0;
}
