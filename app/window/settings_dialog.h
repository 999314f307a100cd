// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sound and cue preferences: volume, mute, voice prompts or beeps only (spoken by the speech engine or the
// recordings, eyes-free or not), screen flashes for every cue, and
// voice commands (opt-in, with the microphone to use, a live level meter and the phrases to say).

#include "audio/audio_settings.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QRadioButton;
class QSlider;

namespace rollwise {

class Microphone;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AudioSettings& initial, QWidget* parent = nullptr);
    ~SettingsDialog() override;
    AudioSettings settings() const;
    // What the speech engine can do now (which engine and voice, or why the recordings are spoken instead).
    void setSpeechStatus(const QString& text);

private:
    QGroupBox* buildVoiceCommands(const AudioSettings& initial);
    void updateMeter();

    QSlider* m_volume = nullptr;
    QCheckBox* m_mute = nullptr;
    QRadioButton* m_voice = nullptr;
    QRadioButton* m_beeps = nullptr;
    QCheckBox* m_flash = nullptr;
    QCheckBox* m_speech = nullptr;
    QCheckBox* m_eyesFree = nullptr;
    QLabel* m_speechStatus = nullptr;
    QCheckBox* m_listen = nullptr;
    QComboBox* m_microphone = nullptr;
    QProgressBar* m_level = nullptr;
    QLabel* m_voiceStatus = nullptr;
    std::unique_ptr<Microphone> m_meter;
};

} // namespace rollwise
