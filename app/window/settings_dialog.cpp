// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/window_fit.h"
#include "app/window/settings_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    form->addRow(m_beeps);
    m_flash = new QCheckBox(tr("&Flash the screen for every cue (for when you cannot hear them)"), this);
    m_flash->setObjectName(QStringLiteral("alwaysFlash"));
    m_flash->setChecked(initial.alwaysFlash);
    form->addRow(m_flash);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fitToScreen(this);
}

AudioSettings SettingsDialog::settings() const
{
    AudioSettings s;
    s.volume = m_volume->value() / 100.0;
    s.muted = m_mute->isChecked();
    s.voice = m_voice->isChecked();
    s.alwaysFlash = m_flash->isChecked();
    return s;
}

} // namespace rollwise
