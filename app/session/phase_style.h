// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Each phase's colour, so a glance from the floor tells rolling from holding before the word is read. The
// word is always shown too (colour alone fails colour-blind users); each pair keeps a contrast of 4.5:1 or more.

#include "core/session_plan.h"

#include <QColor>

namespace rollwise {

struct PhaseStyle {
    QColor background;
    QColor text;
};

inline PhaseStyle phaseStyle(Phase phase)
{
    switch (phase) {
    case Phase::Prepare: return {QColor(0x1f, 0x4e, 0x8c), Qt::white};
    case Phase::Roll: return {QColor(0x0b, 0x6e, 0x4f), Qt::white};
    case Phase::Hold: return {QColor(0xf2, 0xb1, 0x34), QColor(0x2b, 0x1d, 0x00)};
    case Phase::Release: return {QColor(0x8e, 0xd1, 0xe6), QColor(0x06, 0x2b, 0x3a)};
    case Phase::SwitchSide: return {QColor(0x6a, 0x3d, 0x9a), Qt::white};
    case Phase::Rest: return {QColor(0x5f, 0x63, 0x68), Qt::white};
    case Phase::Complete: return {QColor(0x1b, 0x5e, 0x20), Qt::white};
    case Phase::Stopped: return {QColor(0xa1, 0x12, 0x1f), Qt::white};
    case Phase::Idle: break;
    }
    return {QColor(0xe0, 0xe0, 0xe0), QColor(0x20, 0x20, 0x20)};
}

} // namespace rollwise
