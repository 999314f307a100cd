// SPDX-License-Identifier: GPL-3.0-or-later
// Where each block of the sheet goes: by flow, text split between pages, exercises whole, gaps filled from the
// back matter, and of the layouts that gives the one with the fewest and fullest pages.
#include "app/sheet/sheet_renderer.h"

#include "app/sheet/sheet_blocks.h"

#include <climits>
#include <deque>

namespace rollwise {

namespace {
constexpr double kBlockGap = 10;
} // namespace

int SheetRenderer::paginate(int gapsLeftOpen)
{
    // By flow: each block goes where the last one ended. Text that does not fit in what is left of a page
    // continues on the next one (SheetBlock::split); an exercise is kept whole and, when it must start a new
    // page, the gap it leaves is filled from the back matter (the boxes after the exercises), so no page but
    // the last is left part empty. The exercises keep their order, and so do the boxes.
    m_placements.clear();
    m_parts.clear();
    const QRectF content = contentRect();
    const double width = content.width();
    double y = content.top();
    int pageIndex = 0;
    int gaps = 0;
    auto place = [&](const SheetBlock* block, double h) {
        m_placements.push_back({pageIndex, QRectF(content.left(), y, width, h), block});
        y += h + kBlockGap;
    };
    auto newPage = [&] {
        ++pageIndex;
        y = content.top();
    };
    // Places as much of `block` as fits on this page; returns the rest (nullptr when all of it went).
    auto fillPage = [&](const SheetBlock* block) -> const SheetBlock* {
        const double h = block->height(width);
        if (y + h <= content.bottom()) {
            place(block, h);
            return nullptr;
        }
        SheetBlock::Split split = block->split(width, content.bottom() - y);
        if (!split.head)
            return block;
        place(split.head.get(), split.head->height(width));
        const SheetBlock* rest = split.tail.get();
        m_parts.push_back(std::move(split.head));
        m_parts.push_back(std::move(split.tail));
        return rest;
    };
    std::deque<const SheetBlock*> backMatter;
    for (size_t i = std::min(m_firstBackMatter, m_blocks.size()); i < m_blocks.size(); ++i)
        backMatter.push_back(m_blocks[i].get());
    auto flow = [&](const SheetBlock* block, bool fillGapsFromBackMatter) {
        for (const SheetBlock* rest = fillPage(block); rest; block = rest, rest = fillPage(block)) {
            if (rest != block) { // a text split: its first part ends this page
                newPage();
                continue;
            }
            if (y <= content.top()) {
                place(block, block->height(width)); // taller than a page and unbreakable: fitProblem() says so
                return;
            }
            const bool fill = fillGapsFromBackMatter && gaps++ >= gapsLeftOpen;
            while (fill && !backMatter.empty()) {
                const SheetBlock* left = fillPage(backMatter.front());
                if (left == backMatter.front())
                    break; // does not fit the gap, not even in part
                if (left) {
                    backMatter.front() = left;
                    break;
                }
                backMatter.pop_front();
            }
            newPage();
        }
    };
    for (size_t i = 0; i < std::min(m_firstBackMatter, m_blocks.size()); ++i)
        flow(m_blocks[i].get(), true);
    while (!backMatter.empty()) {
        const SheetBlock* next = backMatter.front();
        backMatter.pop_front();
        flow(next, false);
    }
    m_pages = pageIndex + 1;
    return gaps;
}

double SheetRenderer::leastFilledPage() const
{
    // The emptiest page but the last, as a share of the room on a page; 1 for a one-page sheet.
    const QRectF content = contentRect();
    std::vector<double> bottom(size_t(m_pages), content.top());
    for (const Placement& pl : m_placements)
        bottom[size_t(pl.page)] = std::max(bottom[size_t(pl.page)], pl.rect.bottom());
    double least = 1;
    for (int p = 0; p + 1 < m_pages; ++p)
        least = std::min(least, (bottom[size_t(p)] - content.top()) / content.height());
    return least;
}

void SheetRenderer::paginateFilled()
{
    // Filling the first gaps greedily can use up the boxes before a later exercise leaves a bigger gap: try
    // leaving the first 0, 1, 2 … gaps open and keep the layout with the fewest pages, then the fullest.
    int best = 0;
    std::pair<int, double> bestScore{INT_MAX, -1};
    for (int open = 0;; ++open) {
        const int gaps = paginate(open);
        const std::pair<int, double> score{m_pages, leastFilledPage()};
        if (score.first < bestScore.first || (score.first == bestScore.first && score.second > bestScore.second + 1e-9)) {
            bestScore = score;
            best = open;
        }
        if (open >= gaps)
            break; // every gap was left open: leaving more open lays the sheet out the same way
    }
    paginate(best);
}

} // namespace rollwise
