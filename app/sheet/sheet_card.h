// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one-page "fridge card" (issue 15, item 6): every exercise of the routine with a small picture of its pose,
// its dosage and its first caution, the DO NOT ROLL warning and the STOP signs, on one page, in nothing smaller
// than 11 pt. The full sheet is for learning the technique; the card is for remembering it.

#include "app/sheet/sheet_blocks.h"

#include <memory>
#include <vector>

namespace rollwise {

struct SheetOptions;

// The smallest type on the card, in points, the page footer included.
constexpr int kCardMinPoints = 11;
// The card's blocks, top to bottom: header, lumbar warning, the exercises in `columns` columns, the STOP signs.
// One column gives each exercise the most room; the renderer takes two when one does not fit on the page.
std::vector<std::unique_ptr<SheetBlock>> cardBlocks(const Routine& routine, const ContentLibrary& content,
                                                    const BodyArt& art, const SheetOptions& options, int columns);

} // namespace rollwise
