// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/keyword_spotter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>

#include <pocketsphinx.h>
#include <sphinxbase/ckd_alloc.h>
#include <sphinxbase/cmd_ln.h>

#ifndef ROLLWISE_POCKETSPHINX_MODELDIR
#define ROLLWISE_POCKETSPHINX_MODELDIR "/usr/share/pocketsphinx/model"
#endif

namespace rollwise {

namespace {
const char* const kSearchName = "rollwise-commands";
// PocketSphinx computes 100 feature frames a second and reports a spotted phrase 10 frames (its default
// -kws_delay) after the phrase ended.
constexpr double kFramesPerSecond = 100;
constexpr double kReportDelaySeconds = 0.1;

struct ConfigDeleter {
    void operator()(cmd_ln_t* c) const { cmd_ln_free_r(c); }
};
struct DecoderDeleter {
    void operator()(ps_decoder_t* d) const { ps_free(d); }
};
struct SegmentDeleter {
    void operator()(ps_seg_t* s) const { ps_seg_free(s); }
};
} // namespace

// Both handles are reference counted by PocketSphinx; each owner releases its own reference.
struct KeywordSpotter::Decoder {
    std::unique_ptr<cmd_ln_t, ConfigDeleter> config;
    std::unique_ptr<ps_decoder_t, DecoderDeleter> ps;
    bool inUtterance = false;
};

KeywordSpotter::KeywordSpotter(VoiceCommandSet commands, QString modelDir)
    : m_commands(std::move(commands)), m_modelDir(std::move(modelDir))
{
}

KeywordSpotter::~KeywordSpotter()
{
    if (m_decoder && m_decoder->inUtterance)
        ps_end_utt(m_decoder->ps.get());
}

QString KeywordSpotter::defaultModelDir()
{
    return QStringLiteral(ROLLWISE_POCKETSPHINX_MODELDIR);
}

bool KeywordSpotter::isLoaded() const
{
    return m_decoder != nullptr;
}

bool KeywordSpotter::load(QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    m_decoder.reset();
    const QString hmm = QDir(m_modelDir).filePath(QStringLiteral("en-us/en-us"));
    const QString dict = QDir(m_modelDir).filePath(QStringLiteral("en-us/cmudict-en-us.dict"));
    if (!QFileInfo(hmm).isDir() || !QFileInfo(dict).isFile())
        return fail(tr("voice commands: the English speech model is missing from %1 (install the package "
                       "pocketsphinx-en-us)")
                        .arg(QDir::toNativeSeparators(m_modelDir)));

    auto decoder = std::make_unique<Decoder>();
    const QByteArray hmmBytes = QFile::encodeName(hmm);
    const QByteArray dictBytes = QFile::encodeName(dict);
    decoder->config.reset(cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmmBytes.constData(), "-dict",
                                      dictBytes.constData(), "-logfn", "/dev/null", nullptr));
    if (!decoder->config)
        return fail(tr("voice commands: the speech recogniser rejected its settings"));
    decoder->ps.reset(ps_init(decoder->config.get()));
    if (!decoder->ps)
        return fail(tr("voice commands: the speech model in %1 could not be loaded")
                        .arg(QDir::toNativeSeparators(m_modelDir)));

    for (const VoicePhrase& phrase : m_commands.allPhrases()) {
        for (const QString& word : phrase.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            char* pronunciation = ps_lookup_word(decoder->ps.get(), word.toUtf8().constData());
            if (!pronunciation)
                return fail(tr("voice commands: the word \"%1\" in phrase \"%2\" is not in the English dictionary")
                                .arg(word, phrase.text));
            ckd_free(pronunciation);
        }
    }

    // The keyword search reads its phrases, each with its own threshold, only from a file.
    QTemporaryFile list(QDir::tempPath() + QStringLiteral("/rollwise-voice-XXXXXX.kws"));
    if (!list.open())
        return fail(tr("voice commands: cannot write the phrase list: %1").arg(list.errorString()));
    {
        QTextStream out(&list);
        for (const VoicePhrase& phrase : m_commands.allPhrases())
            out << phrase.text << " /" << QString::number(phrase.threshold, 'e', 3) << "/\n";
    }
    list.close();
    if (ps_set_kws(decoder->ps.get(), kSearchName, QFile::encodeName(list.fileName()).constData()) < 0
        || ps_set_search(decoder->ps.get(), kSearchName) < 0)
        return fail(tr("voice commands: the speech recogniser refused the phrase list"));

    m_decoder = std::move(decoder);
    reset();
    return true;
}

void KeywordSpotter::restartUtterance()
{
    ps_decoder_t* ps = m_decoder->ps.get();
    if (m_decoder->inUtterance)
        ps_end_utt(ps);
    m_decoder->inUtterance = ps_start_utt(ps) >= 0;
    m_pendingSince = -1;
}

void KeywordSpotter::reset()
{
    m_samplesFed = 0;
    m_noiseState = 1;
    m_lastDetection.clear();
    if (m_decoder)
        restartUtterance();
}

std::vector<VoiceDetection> KeywordSpotter::feed(const int16_t* samples, size_t count)
{
    std::vector<VoiceDetection> out;
    if (!m_decoder || count == 0)
        return out;
    ps_decoder_t* ps = m_decoder->ps.get();
    if (!m_decoder->inUtterance)
        restartUtterance();
    // Digitally quiet input (exact zeros between words, a muted microphone, a very quiet room) throws the
    // recogniser's live normalisation off and most phrases after it are missed (tools/voice/README.md:
    // 10 of 27 clean takes against 24 of 27 with this floor). A fixed, reproducible noise floor about 45 dB
    // below full scale keeps the input in the range the model was trained on and is lost under any real
    // room's own noise.
    m_buffer.resize(count);
    for (size_t i = 0; i < count; ++i) {
        m_noiseState = m_noiseState * 1664525u + 1013904223u;
        const int noise = int((m_noiseState >> 16) % (2 * kNoiseFloor + 1)) - kNoiseFloor;
        m_buffer[i] = int16_t(std::clamp(int(samples[i]) + noise, -32768, 32767));
    }
    ps_process_raw(ps, m_buffer.data(), count, FALSE, FALSE);
    m_samplesFed += count;

    int32 score = 0;
    const char* hyp = ps_get_hyp(ps, &score);
    if (!hyp || !*hyp)
        return out;
    if (m_pendingSince < 0)
        m_pendingSince = int64_t(m_samplesFed);
    if (m_samplesFed - uint64_t(m_pendingSince) < uint64_t(kSettleSeconds * kSampleRate))
        return out;
    return decide();
}

std::vector<VoiceDetection> KeywordSpotter::spotRecording(const std::vector<int16_t>& samples)
{
    std::vector<VoiceDetection> out;
    for (size_t i = 0; i < samples.size(); i += kChunkSamples) {
        const auto d = feed(samples.data() + i, std::min(kChunkSamples, samples.size() - i));
        out.insert(out.end(), d.begin(), d.end());
    }
    const auto last = flush();
    out.insert(out.end(), last.begin(), last.end());
    return out;
}

std::vector<VoiceDetection> KeywordSpotter::flush()
{
    if (!m_decoder || !m_decoder->inUtterance)
        return {};
    int32 score = 0;
    const char* hyp = ps_get_hyp(m_decoder->ps.get(), &score);
    if (!hyp || !*hyp)
        return {};
    return decide();
}

std::vector<VoiceDetection> KeywordSpotter::decide()
{
    std::vector<VoiceDetection> out;
    ps_decoder_t* ps = m_decoder->ps.get();

    // The hypothesis joins every phrase spotted so far into one string; the segments keep them apart and
    // carry where each began and ended.
    struct Spotted {
        int startFrame;
        int endFrame;
        QString phrase;
    };
    std::vector<Spotted> spotted;
    for (std::unique_ptr<ps_seg_t, SegmentDeleter> seg(ps_seg_iter(ps)); seg;) {
        Spotted s{0, 0, {}};
        ps_seg_frames(seg.get(), &s.startFrame, &s.endFrame);
        // The keyword search appends a space to each phrase it reports.
        s.phrase = QString::fromUtf8(ps_seg_word(seg.get())).simplified();
        spotted.push_back(std::move(s));
        seg.reset(ps_seg_next(seg.release()));
    }
    std::sort(spotted.begin(), spotted.end(),
              [](const Spotted& a, const Spotted& b) { return a.startFrame < b.startFrame; });
    int firstEnd = spotted.empty() ? 0 : spotted.front().endFrame;
    for (const Spotted& s : spotted)
        firstEnd = std::min(firstEnd, s.endFrame);
    // Phrases that overlap in time are rival readings of one utterance: the one covering the most speech
    // explains it best (a short phrase inside a longer one is the usual false reading).
    for (size_t i = 0; i < spotted.size();) {
        size_t best = i;
        int groupEnd = spotted[i].endFrame;
        size_t j = i + 1;
        for (; j < spotted.size() && spotted[j].startFrame <= groupEnd; ++j) {
            groupEnd = std::max(groupEnd, spotted[j].endFrame);
            const auto length = [&](size_t k) { return spotted[k].endFrame - spotted[k].startFrame; };
            if (length(j) > length(best))
                best = j;
        }
        const Spotted& s = spotted[best];
        const QString id = m_commands.commandFor(s.phrase);
        // The search numbers frames from its own start, not from the utterance's, so only differences of
        // frame numbers are used: the phrase that ended first is the one whose appearance (after the
        // search's reporting delay) started the wait.
        const double seconds = double(m_pendingSince) / kSampleRate - kReportDelaySeconds
                               + double(s.endFrame - firstEnd) / kFramesPerSecond;
        const auto last = m_lastDetection.find(id);
        if (!id.isEmpty() && (last == m_lastDetection.end() || seconds - last->second >= kRepeatGapSeconds)) {
            out.push_back({seconds, id, s.phrase});
            m_lastDetection[id] = seconds;
        }
        i = j;
    }
    // A fresh utterance, so the phrases just reported are not reported again on the next chunk.
    restartUtterance();
    return out;
}

} // namespace rollwise
