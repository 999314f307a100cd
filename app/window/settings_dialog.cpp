// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/settings_dialog.h"

#include "app/voice/voice_control.h"
#include "app/window/window_fit.h"
#include "audio/microphone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace rollwise {

SettingsDialog::SettingsDialog(const AudioSettings& initial, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Sound and cues"));
    auto* form = new QFormLayout;
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(int(std::lround(initial.volume * 100)));
    m_volume->setAccessibleName(tr("Volume"));
    form->addRow(tr("&Volume"), m_volume);
    m_mute = new QCheckBox(tr("&Mute all sounds"), this);
    m_mute->setObjectName(QStringLiteral("mute"));
    m_mute->setChecked(initial.muted);
    form->addRow(m_mute);
    m_voice = new QRadioButton(tr("Beeps and &spoken prompts"), this);
    m_voice->setObjectName(QStringLiteral("voice"));
    m_beeps = new QRadioButton(tr("&Beeps only"), this);
    m_beeps->setObjectName(QStringLiteral("beepsOnly"));
    (initial.voice ? m_voice : m_beeps)->setChecked(true);
    form->addRow(m_voice);
    // Under the spoken prompts, indented: they only mean something with them.
    m_speech = new QCheckBox(tr("Speak with the speech &engine (every step, a clinician's own techniques too)"), this);
    m_speech->setObjectName(QStringLiteral("speech"));
    m_speech->setChecked(initial.speech);
    m_eyesFree = new QCheckBox(tr("E&yes-free: read each step in full, say the time left at 10 s, count 3-2-1"), this);
    m_eyesFree->setObjectName(QStringLiteral("eyesFree"));
    m_eyesFree->setChecked(initial.eyesFree);
    m_speechStatus = new QLabel(this);
    m_speechStatus->setObjectName(QStringLiteral("speechStatus"));
    m_speechStatus->setWordWrap(true);
    m_speechStatus->hide(); // until the window says what the engine can do
    auto* speechBox = new QVBoxLayout;
    speechBox->setContentsMargins(24, 0, 0, 0);
    speechBox->addWidget(m_speech);
    speechBox->addWidget(m_eyesFree);
    speechBox->addWidget(m_speechStatus);
    form->addRow(speechBox);
    form->addRow(m_beeps);
    const auto enableSpeech = [this] {
        m_speech->setEnabled(m_voice->isChecked());
        m_eyesFree->setEnabled(m_voice->isChecked() && m_speech->isChecked());
    };
    connect(m_voice, &QRadioButton::toggled, this, enableSpeech);
    connect(m_speech, &QCheckBox::toggled, this, enableSpeech);
    enableSpeech();
    m_flash = new QCheckBox(tr("&Flash the screen for every cue (for when you cannot hear them)"), this);
    m_flash->setObjectName(QStringLiteral("alwaysFlash"));
    m_flash->setChecked(initial.alwaysFlash);
    form->addRow(m_flash);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QGroupBox* voiceBox = buildVoiceCommands(initial);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(voiceBox);
    layout->addWidget(buttons);
    fitToScreen(this);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSpeechStatus(const QString& text)
{
    m_speechStatus->setText(text);
    m_speechStatus->setVisible(!text.isEmpty());
}

QGroupBox* SettingsDialog::buildVoiceCommands(const AudioSettings& initial)
{
    auto* box = new QGroupBox(tr("Voice commands"), this);
    auto* form = new QFormLayout(box);
    m_listen = new QCheckBox(tr("&Listen for voice commands (offline: nothing leaves this computer)"), box);
    m_listen->setObjectName(QStringLiteral("listen"));
    m_listen->setChecked(initial.listen);
    form->addRow(m_listen);
    m_microphone = new QComboBox(box);
    m_microphone->setObjectName(QStringLiteral("microphone"));
    m_microphone->setAccessibleName(tr("Microphone"));
    for (const Microphone::Input& in : Microphone::inputs())
        m_microphone->addItem(in.description, in.id);
    if (m_microphone->count() == 0)
        m_microphone->addItem(tr("No microphone found"), QByteArray());
    if (const int i = m_microphone->findData(initial.microphone); i >= 0)
        m_microphone->setCurrentIndex(i);
    form->addRow(tr("&Microphone"), m_microphone);
    m_level = new QProgressBar(box);
    m_level->setObjectName(QStringLiteral("microphoneLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setAccessibleName(tr("Microphone level"));
    form->addRow(tr("Level"), m_level);
    m_voiceStatus = new QLabel(box);
    m_voiceStatus->setObjectName(QStringLiteral("voiceStatus"));
    m_voiceStatus->setWordWrap(true);
    form->addRow(m_voiceStatus);
    // The commands are English whatever the texts' language: the archive has no German acoustic model.
    QStringList lines;
    if (const QLocale::Language l = QLocale().language(); l != QLocale::English && l != QLocale::C)
        lines << tr("Voice commands are English only: say the English phrases below.");
    const VoiceCommandLoad set = VoiceCommandSet::builtIn();
    if (set.commands)
        lines << VoiceControl::phraseLines(*set.commands);
    auto* phrases = new QLabel(lines.join(QLatin1Char('\n')), box);
    phrases->setObjectName(QStringLiteral("voicePhrases"));
    phrases->setWordWrap(true);
    phrases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(phrases);
    // The meter listens only while the box is ticked: the microphone is never opened without consent.
    connect(m_listen, &QCheckBox::toggled, this, &SettingsDialog::updateMeter);
    connect(m_microphone, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateMeter);
    updateMeter();
    return box;
}

void SettingsDialog::updateMeter()
{
    m_meter.reset();
    m_level->setValue(0);
    m_microphone->setEnabled(m_listen->isChecked());
    if (!m_listen->isChecked()) {
        m_voiceStatus->setText(tr("Off. The keys (H, R, arrows, Space, F12) always work."));
        return;
    }
    m_meter = std::make_unique<Microphone>();
    connect(m_meter.get(), &Microphone::level, m_level, [this](double v) { m_level->setValue(int(v * 100)); });
    connect(m_meter.get(), &Microphone::failed, m_voiceStatus, &QLabel::setText);
    if (m_meter->start(m_microphone->currentData().toByteArray()))
        m_voiceStatus->setText(tr("Speak: the bar should move. Commands work during a session."));
}

AudioSettings SettingsDialog::settings() const
{
    AudioSettings s;
    s.volume = m_volume->value() / 100.0;
    s.muted = m_mute->isChecked();
    s.voice = m_voice->isChecked();
    s.alwaysFlash = m_flash->isChecked();
    s.speech = m_speech->isChecked();
    s.eyesFree = m_eyesFree->isChecked();
    s.listen = m_listen->isChecked();
    s.microphone = m_microphone->currentData().toByteArray();
    return s;
}

} // namespace rollwise
