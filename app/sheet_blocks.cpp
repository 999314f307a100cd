#include "app/sheet_blocks.h"

#include "app/anatomy_painter.h"
#include "app/labels.h"
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
constexpr double kDiagramHeight = 150; // pt, the body diagram; the pose is shorter
constexpr double kGap = 8;
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

double textHeight(const QFont& font, const QString& text, double width)
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(lines, font);
    layout.setTextOption(wrapping(Qt::AlignLeft));
    layout.beginLayout();
    double h = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, h));
        h += line.height();
    }
    layout.endLayout();
    return h;
}

QString firstSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, trimmed);
    const qsizetype end = finder.toNextBoundary();
    return end > 0 ? trimmed.left(end).trimmed() : trimmed;
}

void TextBlock::add(const QFont& font, const QString& text, const QString& bullet, QColor color, double spaceBefore)
{
    m_lines.push_back({font, text, bullet, color, spaceBefore});
}

double TextBlock::indentFor(const Line& l) const
{
    return l.bullet.isEmpty() ? 0 : QFontMetricsF(l.font).horizontalAdvance(QStringLiteral("00. "));
}

double TextBlock::height(double width) const
{
    const double pad = m_border == Qt::transparent ? 0 : kPadding;
    double h = 2 * pad;
    for (const Line& l : m_lines)
        h += l.spaceBefore + textHeight(l.font, l.text, width - 2 * pad - indentFor(l) - 2) + 2;
    return h;
}

void TextBlock::paint(QPainter& p, const QRectF& rect) const
{
    const double pad = m_border == Qt::transparent ? 0 : kPadding;
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
        const double h = textHeight(l.font, l.text, w - 2);
        p.setFont(l.font);
        p.setPen(l.color);
        if (!l.bullet.isEmpty())
            p.drawText(QRectF(rect.left() + pad, y, indent, h), Qt::AlignLeft | Qt::AlignTop, l.bullet);
        p.drawText(QRectF(rect.left() + pad + indent, y, w - 2, h + 1), l.text, wrapping(Qt::AlignLeft | Qt::AlignTop));
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
    const QFont body = sheetFont(12);
    const Dosage& d = content.dosage();
    if (t->custom) // a clinician's steps must not read as the article's
        m_text.add(sheetFont(12, false, true), Sheet::tr("Written by your clinician, not from the article."));
    m_text.add(sheetFont(12, true), dosageSummary(routine, index, content));
    // The hold is in the dosage line above, as prescribed (with the article's range where it differs).
    m_text.add(body, Sheet::tr("Roll about %1 cm (%2 in) per second.")
                         .arg(d.paceCmPerSecond, 0, 'f', 1)
                         .arg(d.paceCmPerSecond / 2.54, 0, 'f', 0));
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
        m_text.add(sheetFont(12, true), markedIfOwn(t->cautions[i], t->isOwnGuidance(QStringLiteral("cautions[%1]").arg(i))),
                   QStringLiteral("!"), QColor(0x8a, 0x10, 0x12), 2);
    if (!e.notes.isEmpty())
        m_text.add(sheetFont(12, false, true), Sheet::tr("Your clinician: %1").arg(e.notes), {}, Qt::black, 4);
}

QRectF TechniqueBlock::poseRect(const QRectF& rect) const
{
    const double w = rect.width() - textWidth(rect.width()) - kGap;
    return QRectF(rect.left(), rect.top() + 26, w, kDiagramHeight * 0.8);
}

QRectF TechniqueBlock::bodyRect(const QRectF& rect) const
{
    const QRectF pose = poseRect(rect);
    return QRectF(pose.left(), pose.bottom() + kGap, pose.width(), kDiagramHeight);
}

double TechniqueBlock::height(double width) const
{
    const double diagrams = 26 + kDiagramHeight * 1.8 + kGap;
    const double text = 26 + m_text.height(textWidth(width));
    return std::max(diagrams, text) + 10;
}

void paintSheetFigure(QPainter& p, const QRectF& area, const ContentLibrary& content, const BodyArt& art,
                      const Technique& t, const Display& display)
{
    AnatomyFrame f;
    f.technique = &t;
    f.side = Side::Centre; // both sides highlighted: the sheet covers the whole exercise
    f.phase = Phase::Roll;
    f.rollSeconds = 0;
    f.showTravel = true;
    AnatomyPainter painter(content, art);
    painter.setDisplay(display);
    painter.setFocusRect(painter.focusFor(t, Side::Centre));
    p.save();
    p.setPen(QPen(QColor(180, 180, 180), 0.8));
    p.setBrush(Qt::white);
    p.drawRect(area);
    painter.paintVector(p, area.adjusted(3, 3, -3, -3), f);
    p.restore();
}

void TechniqueBlock::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(sheetFont(16, true));
    p.setPen(Qt::black);
    // One line: a long custom name is shortened rather than printed past the edge of the page.
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(m_heading, Qt::ElideRight, rect.width()));
    p.setPen(QPen(QColor(0x0e, 0x9a, 0xa7), 1.5));
    p.drawLine(QPointF(rect.left(), rect.top() + 23), QPointF(rect.right(), rect.top() + 23));
    p.restore();
    const Technique* t = m_technique.id.isEmpty() ? nullptr : &m_technique;
    if (t) {
        for (const auto& [display, area] : {std::pair{Display::posed(m_content.poseFor(*t)), poseRect(rect)},
                                            std::pair{Display::anatomy(t->views().empty() ? View::Posterior : t->views().front()), bodyRect(rect)}})
            paintSheetFigure(p, area, m_content, m_art, *t, display);
    }
    const double tw = textWidth(rect.width());
    m_text.paint(p, QRectF(rect.right() - tw, rect.top() + 30, tw, m_text.height(tw)));
}

std::vector<QRectF> TechniqueBlock::lumbarMarks(const QRectF& rect) const
{
    std::vector<QRectF> out;
    const Technique* t = m_technique.id.isEmpty() ? nullptr : &m_technique;
    if (!t)
        return out;
    for (const auto& [display, area] : {std::pair{Display::posed(m_content.poseFor(*t)), poseRect(rect)},
                                        std::pair{Display::anatomy(t->views().empty() ? View::Posterior : t->views().front()), bodyRect(rect)}}) {
        AnatomyPainter painter(m_content, m_art);
        painter.setDisplay(display);
        painter.setFocusRect(painter.focusFor(*t, Side::Centre));
        if (const auto outline = painter.lumbarOutline())
            out.push_back(painter.drawingToTarget(area.adjusted(3, 3, -3, -3)).map(*outline).boundingRect().intersected(area));
    }
    return out;
}

LogGridBlock::LogGridBlock(QString title, int weeks) : m_title(std::move(title)), m_weeks(weeks) {}

// The title wraps: it carries the clinician's frequency, which may be long with the article's range beside it.
double LogGridBlock::titleHeight(double width) const
{
    return std::max(20.0, textHeight(sheetFont(14, true), m_title, width));
}

double LogGridBlock::height(double width) const
{
    return titleHeight(width) + 4 + 20 + m_weeks * 22.0 + 4;
}

void LogGridBlock::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(sheetFont(14, true));
    p.setPen(Qt::black);
    const double titleH = titleHeight(rect.width());
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH + 1), m_title, wrapping(Qt::AlignLeft | Qt::AlignVCenter));
    const double labelW = 110;
    const double cellW = (rect.width() - labelW) / 7.0;
    const double top = rect.top() + titleH + 4;
    p.setFont(sheetFont(12, true));
    const QLocale locale;
    for (int d = 0; d < 7; ++d)
        p.drawText(QRectF(rect.left() + labelW + d * cellW, top, cellW, 18), Qt::AlignCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    p.setFont(sheetFont(12));
    p.setPen(QPen(Qt::black, 0.8));
    for (int w = 0; w < m_weeks; ++w) {
        const double y = top + 20 + w * 22.0;
        p.drawText(QRectF(rect.left(), y, labelW, 20), Qt::AlignLeft | Qt::AlignVCenter, Sheet::tr("Week %1: ____").arg(w + 1));
        for (int d = 0; d < 7; ++d)
            p.drawRect(QRectF(rect.left() + labelW + d * cellW + (cellW - 16) / 2, y + 2, 16, 16));
    }
    p.restore();
}

} // namespace rollwise
