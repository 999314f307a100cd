// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_blocks.h"

#include "app/anatomy/anatomy_painter.h"
#include "app/text/labels.h"
#include "app/sheet/sheet_figures.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QTextOption>

namespace rollwise {

namespace {
struct Sheet {
    Q_DECLARE_TR_FUNCTIONS(Sheet)
};
constexpr double kHeadingHeight = 26; // an exercise's name and the rule under it
constexpr double kGap = 8;
constexpr double kRow = 18; // a week of the log grid
constexpr double kNoLigatureSpacingPercent = 100.0 + 1.0 / 64;
} // namespace

QFont sheetFont(int points, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Unhinted metrics are the same on screen, in images and in PDFs, so measured text always fits.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fl" and "ff" printed as one glyph come back from pdftotext, a viewer's search and screen
    // readers as U+FB02 and U+FB00, so "flexors" cannot be found. Qt 6.4 has no QFont feature switch; any letter
    // spacing makes its shaper leave ligatures out. A percentage (100% and Qt's smallest step, 1/64) rather than
    // an absolute spacing: it scales with the painter, so text measured for the layout and text painted on a
    // 720 dpi PDF page wrap at the same words.
    f.setLetterSpacing(QFont::PercentageSpacing, kNoLigatureSpacingPercent);
    return f;
}

QTextOption wrapping(Qt::Alignment alignment)
{
    // A word wider than the line (a name without spaces, a pasted link) is broken rather than printed past
    // the edge of the page.
    QTextOption o(alignment);
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}

std::unique_ptr<QTextLayout> layOutText(const QFont& font, const QString& text, double width)
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_unique<QTextLayout>(lines, font);
    layout->setTextOption(wrapping(Qt::AlignLeft));
    layout->beginLayout();
    double h = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        // A compound word is never broken at its hyphen: pdftotext and screen readers would join "well-" and
        // "padded" into "wellpadded". The line ends at the space before the compound instead.
        const int end = line.textStart() + line.textLength();
        if (end < lines.size() && end >= 2 && lines.at(end - 1) == QLatin1Char('-') && lines.at(end - 2).isLetter()
            && lines.at(end).isLetter()) {
            const int space = int(lines.lastIndexOf(QLatin1Char(' '), end - 1));
            if (space > line.textStart())
                line.setNumColumns(space - line.textStart() + 1);
        }
        line.setPosition(QPointF(0, h));
        h += line.height();
    }
    layout->endLayout();
    return layout;
}

namespace {
double heightOf(const QTextLayout& layout)
{
    if (layout.lineCount() == 0)
        return 0;
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.y() + last.height();
}
} // namespace

double textHeight(const QFont& font, const QString& text, double width)
{
    return heightOf(*layOutText(font, text, width));
}

QString firstSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, trimmed);
    const qsizetype end = finder.toNextBoundary();
    return end > 0 ? trimmed.left(end).trimmed() : trimmed;
}

bool everySentenceIn(const QString& text, const QString& printed)
{
    const QString simplified = text.simplified();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, simplified);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; start = end, end = finder.toNextBoundary()) {
        const QString sentence = simplified.mid(start, end - start).trimmed();
        if (!sentence.isEmpty() && !printed.contains(sentence))
            return false;
    }
    return !simplified.isEmpty();
}

void TextBlock::add(const QFont& font, const QString& text, const QString& bullet, QColor color, double spaceBefore)
{
    m_lines.push_back({font, text, bullet, color, spaceBefore});
}

double TextBlock::indentFor(const Line& l) const
{
    return l.bullet.isEmpty() ? 0 : QFontMetricsF(l.font).horizontalAdvance(QStringLiteral("00. "));
}

double TextBlock::lineHeight(const Line& l, double width) const
{
    const double pad = padding();
    return l.spaceBefore + textHeight(l.font, l.text, width - 2 * pad - indentFor(l) - 2) + 2;
}

double TextBlock::height(double width) const
{
    const double pad = padding();
    double h = 2 * pad;
    for (const Line& l : m_lines)
        h += lineHeight(l, width);
    return h;
}

bool TextBlock::isHeading(size_t line) const
{
    // A heading is bold, unbulleted and larger than what follows it: it belongs on the page of its first item.
    const Line& l = m_lines[line];
    return line + 1 < m_lines.size() && l.bullet.isEmpty() && l.font.bold()
           && l.font.pixelSize() > m_lines[line + 1].font.pixelSize();
}

SheetBlock::Split TextBlock::split(double width, double room) const
{
    const double pad = padding();
    double h = 2 * pad;
    size_t fit = 0;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        h += lineHeight(m_lines[i], width);
        if (h > room)
            break;
        if (i + 1 < m_lines.size() && !isHeading(i))
            fit = i + 1;
    }
    if (fit == 0)
        return {};
    auto head = std::make_unique<TextBlock>(*this);
    auto tail = std::make_unique<TextBlock>(*this);
    head->m_lines.erase(head->m_lines.begin() + qsizetype(fit), head->m_lines.end());
    tail->m_lines.erase(tail->m_lines.begin(), tail->m_lines.begin() + qsizetype(fit));
    tail->m_lines.front().spaceBefore = 0; // the top of a page needs no space above
    return {std::move(head), std::move(tail)};
}

void TextBlock::paint(QPainter& p, const QRectF& rect) const
{
    const double pad = padding();
    if (m_border != Qt::transparent) {
        p.save();
        p.setPen(QPen(m_border, 1.2));
        p.setBrush(m_fill);
        p.drawRoundedRect(rect, 4, 4);
        p.restore();
    }
    double y = rect.top() + pad;
    for (const Line& l : m_lines) {
        y += l.spaceBefore;
        const double indent = indentFor(l);
        const double w = rect.width() - 2 * pad - indent;
        const auto layout = layOutText(l.font, l.text, w - 2);
        const double h = heightOf(*layout);
        p.setFont(l.font);
        p.setPen(l.color);
        if (!l.bullet.isEmpty())
            p.drawText(QRectF(rect.left() + pad, y, indent, h), Qt::AlignLeft | Qt::AlignTop, l.bullet);
        layout->draw(&p, QPointF(rect.left() + pad + indent, y));
        y += h + 2;
    }
}

TechniqueBlock::TechniqueBlock(size_t index, const Routine& routine, const ContentLibrary& content, const BodyArt& art)
    : m_content(content), m_art(art), m_techniqueId(routine.exercises.at(index).techniqueId)
{
    const Exercise& e = routine.exercises[index];
    const size_t number = index + 1;
    const Technique* t = routine.technique(e.techniqueId, content);
    m_heading = QStringLiteral("%1. %2").arg(number).arg(t ? t->name : e.techniqueId);
    if (!t)
        return;
    m_technique = *t;
    m_perSide = t->perSideWith(e.variant);
    const QFont body = sheetFont(kSheetBody);
    if (t->custom) // a clinician's steps must not read as the article's
        m_text.add(sheetFont(kSheetBody, false, true), Sheet::tr("Written by your clinician, not from the article."));
    m_text.add(sheetFont(kSheetBody, true), dosageSummary(routine, index, content));
    // The hold is in the dosage line above, as prescribed (with the article's range where it differs).
    // The pace is the same for every exercise: the sheet's header gives it once.
    if (const TechniqueVariant* v = t->variant(e.variant))
        m_text.add(body, Sheet::tr("Variation: %1. %2")
                             .arg(v->name, markedIfOwn(v->description,
                                                       t->isOwnGuidance(QStringLiteral("variants.%1.description").arg(v->id)))));
    for (int i = 0; i < t->steps.size(); ++i)
        m_text.add(body, t->steps[i], QStringLiteral("%1.").arg(i + 1), Qt::black, i == 0 ? 6 : 0);
    if (!t->pressure.isEmpty())
        m_text.add(body, Sheet::tr("Pressure: %1").arg(markedIfOwn(t->pressure, t->isOwnGuidance(QStringLiteral("pressure")))),
                   {}, Qt::black, 4);
    for (int i = 0; i < t->cautions.size(); ++i)
        m_text.add(sheetFont(kSheetBody, true), markedIfOwn(t->cautions[i], t->isOwnGuidance(QStringLiteral("cautions[%1]").arg(i))),
                   QStringLiteral("!"), QColor(0x8a, 0x10, 0x12), 2);
    if (!e.notes.isEmpty())
        m_text.add(sheetFont(kSheetBody, false, true), Sheet::tr("Your clinician: %1").arg(e.notes), {}, Qt::black, 4);
}

double TechniqueBlock::height(double width) const
{
    const double pictures = figures() ? SheetFigures::height() + kGap : 0;
    return kHeadingHeight + pictures + m_text.height(width) + 4;
}

void TechniqueBlock::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(sheetFont(kSheetExercise, true));
    p.setPen(Qt::black);
    // One line: a long custom name is shortened rather than printed past the edge of the page.
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(m_heading, Qt::ElideRight, rect.width()));
    p.setPen(QPen(QColor(0x0e, 0x9a, 0xa7), 1.5));
    p.drawLine(QPointF(rect.left(), rect.top() + 21), QPointF(rect.right(), rect.top() + 21));
    p.restore();
    double y = rect.top() + kHeadingHeight;
    if (const auto f = figures()) {
        f->paint(p, figuresRow(rect));
        y += SheetFigures::height() + kGap;
    }
    m_text.paint(p, QRectF(rect.left(), y, rect.width(), m_text.height(rect.width())));
}

std::vector<QRectF> TechniqueBlock::lumbarMarks(const QRectF& rect) const
{
    const auto f = figures();
    return f ? f->lumbarMarks(figuresRow(rect)) : std::vector<QRectF>{};
}

QRectF TechniqueBlock::figuresRow(const QRectF& rect) const
{
    if (m_technique.id.isEmpty())
        return {};
    return QRectF(rect.left(), rect.top() + kHeadingHeight, rect.width(), SheetFigures::height());
}

std::optional<SheetFigures> TechniqueBlock::figures() const
{
    if (m_technique.id.isEmpty())
        return std::nullopt;
    return SheetFigures(m_content, m_art, m_technique);
}

LogGridBlock::LogGridBlock(QString title, int weeks) : m_title(std::move(title)), m_weeks(weeks) {}

// The title wraps: it carries the clinician's frequency, which may be long with the article's range beside it.
double LogGridBlock::titleHeight(double width) const
{
    return std::max(20.0, textHeight(sheetFont(kSheetHeading, true), m_title, width));
}

int LogGridBlock::columns(double width)
{
    // Two grids side by side (weeks 1-3 and 4-6) on a page's width: half the height, and still a 13 pt box a day.
    return width >= 440 ? 2 : 1;
}

double LogGridBlock::height(double width) const
{
    const int rows = (m_weeks + columns(width) - 1) / columns(width);
    return titleHeight(width) + 4 + 20 + rows * kRow + 4;
}

void LogGridBlock::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(sheetFont(kSheetHeading, true));
    p.setPen(Qt::black);
    const double titleH = titleHeight(rect.width());
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH + 1), m_title, wrapping(Qt::AlignLeft | Qt::AlignVCenter));
    const int cols = columns(rect.width());
    const int rows = (m_weeks + cols - 1) / cols;
    const double gridGap = 20;
    const double gridW = (rect.width() - (cols - 1) * gridGap) / cols;
    const double labelW = std::min(110.0, gridW * 0.3);
    const double cellW = (gridW - labelW) / 7.0;
    const double top = rect.top() + titleH + 4;
    const QLocale locale;
    for (int c = 0; c < cols; ++c) {
        const double left = rect.left() + c * (gridW + gridGap);
        p.setFont(sheetFont(kSheetBody - 1, true));
        for (int d = 0; d < 7; ++d)
            p.drawText(QRectF(left + labelW + d * cellW, top, cellW, 18), Qt::AlignCenter, locale.dayName(d + 1, QLocale::ShortFormat));
        p.setFont(sheetFont(kSheetBody));
        p.setPen(QPen(Qt::black, 0.8));
        for (int w = c * rows; w < std::min(m_weeks, (c + 1) * rows); ++w) {
            const double y = top + 20 + (w - c * rows) * kRow;
            p.drawText(QRectF(left, y, labelW, kRow - 2), Qt::AlignLeft | Qt::AlignVCenter, Sheet::tr("Week %1: ____").arg(w + 1));
            for (int d = 0; d < 7; ++d)
                p.drawRect(QRectF(left + labelW + d * cellW + (cellW - 13) / 2, y + 2, 13, 13));
        }
    }
    p.restore();
}

} // namespace rollwise
