// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where spoken words go. CuePlayer only knows this interface, so what it says and when is tested against a
// recording speaker; the real one (TextToSpeechSpeaker) is Qt TextToSpeech and may have no engine at all, in
// which case the recorded prompts are spoken instead.

#include <QString>
#include <QStringList>

#include <vector>

namespace rollwise {

class Speaker {
public:
    virtual ~Speaker() = default;
    // Whether words in this language ("en", "de") can be spoken now.
    virtual bool isAvailable(const QString& language) const = 0;
    // Replaces whatever is being said.
    virtual void say(const QString& text, const QString& language, double volume) = 0;
    virtual void stop() = 0;
    // Whether words are coming out now: voice commands are not listened for meanwhile.
    virtual bool isSpeaking() const = 0;
};

// Remembers every call. For tests.
class RecordingSpeaker final : public Speaker {
public:
    struct Said {
        QString text;
        QString language;
        double volume = 0;
    };

    bool isAvailable(const QString& language) const override { return m_available && !m_missing.contains(language); }
    void say(const QString& text, const QString& language, double volume) override
    {
        m_said.push_back({text, language, volume});
        m_speaking = true;
    }
    void stop() override
    {
        ++m_stops;
        m_speaking = false;
    }
    bool isSpeaking() const override { return m_speaking; }

    void setAvailable(bool available) { m_available = available; }
    void setMissingLanguage(const QString& language) { m_missing << language; }
    void setSpeaking(bool speaking) { m_speaking = speaking; }
    const std::vector<Said>& said() const { return m_said; }
    QStringList texts() const
    {
        QStringList t;
        for (const Said& s : m_said)
            t << s.text;
        return t;
    }
    int stopCount() const { return m_stops; }
    void clear()
    {
        m_said.clear();
        m_stops = 0;
    }

private:
    bool m_available = true;
    QStringList m_missing;
    bool m_speaking = false;
    std::vector<Said> m_said;
    int m_stops = 0;
};

} // namespace rollwise
