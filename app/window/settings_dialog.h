// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sound and cue preferences: volume, mute, voice prompts or beeps only, and screen flashes for every cue.

#include "audio/audio_settings.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;
class QSlider;

namespace rollwise {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AudioSettings& initial, QWidget* parent = nullptr);
    AudioSettings settings() const;

private:
    QSlider* m_volume = nullptr;
    QCheckBox* m_mute = nullptr;
    QRadioButton* m_voice = nullptr;
    QRadioButton* m_beeps = nullptr;
    QCheckBox* m_flash = nullptr;
};

} // namespace rollwise
