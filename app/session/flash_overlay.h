// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A brief coloured pulse over the window that carries a cue's timing to people who cannot hear it (and
// to everyone when there is no sound card). Purely decorative: session timing never depends on it.

#include "core/cue.h"

#include <QVariantAnimation>
#include <QWidget>

namespace rollwise {

class FlashOverlay : public QWidget {
    Q_OBJECT

public:
    explicit FlashOverlay(QWidget* parent);

    void flash(const CueEvent& e);
    int flashCount() const { return m_count; }

protected:
    void paintEvent(QPaintEvent*) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QVariantAnimation m_fade;
    QColor m_color;
    double m_strength = 0.0;
    int m_count = 0;
};

} // namespace rollwise
