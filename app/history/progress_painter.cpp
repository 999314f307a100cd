// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/progress_painter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rollwise {

namespace {
constexpr double kGap = 16;
constexpr double kCardPad = 16;
} // namespace

ProgressPainter::Layout ProgressPainter::layout(const QRectF& target) const
{
    const QRectF inner = target.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetricsF small(m_style.smallFont());
    const QFontMetricsF figure(m_style.figureFont());
    const double tilesHeight = small.height() * 2 + figure.height() + 2 * 12;
    Layout l;
    l.tiles = QRectF(inner.left(), inner.top(), inner.width(), tilesHeight);
    // The rest is split between the two charts; the trend gets more, it has a legend to hold.
    const double rest = inner.bottom() - l.tiles.bottom() - 2 * kGap;
    const double weeklyHeight = rest * 0.44;
    l.weeklyCard = QRectF(inner.left(), l.tiles.bottom() + kGap, inner.width(), weeklyHeight);
    l.trendCard = QRectF(inner.left(), l.weeklyCard.bottom() + kGap, inner.width(),
                         inner.bottom() - l.weeklyCard.bottom() - kGap);
    l.weekly = l.weeklyCard.adjusted(kCardPad, kCardPad, -kCardPad, -kCardPad / 2);
    l.trend = l.trendCard.adjusted(kCardPad, kCardPad, -kCardPad, -kCardPad / 2);
    return l;
}

void ProgressPainter::paintCard(QPainter& p, const QRectF& r) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_style.grid, 1));
    p.setBrush(m_style.panel);
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.restore();
}

void ProgressPainter::paint(QPainter& p, const QRectF& target) const
{
    p.save();
    p.fillRect(target, m_style.background);
    if (m_data.empty()) {
        paintEmpty(p, target);
        p.restore();
        return;
    }
    const Layout l = layout(target);
    paintTiles(p, l.tiles);
    paintCard(p, l.weeklyCard);
    weeklyChart().paint(p, l.weekly);
    paintCard(p, l.trendCard);
    trendChart().paint(p, l.trend);
    p.restore();
}

void ProgressPainter::paintTiles(QPainter& p, const QRectF& area) const
{
    const int tiles = 4;
    const double w = (area.width() - kGap * (tiles - 1)) / tiles;
    auto tile = [&](int i) { return QRectF(area.left() + i * (w + kGap), area.top(), w, area.height()); };
    const WeekCount* week = m_data.currentWeek();
    const int thisWeek = week ? week->sessions : 0;
    const bool met = thisWeek >= m_data.target.min;
    const QString range = tr("%1–%2").arg(m_data.target.min).arg(m_data.target.max);

    const int left = std::max(0, m_data.target.min - thisWeek);
    paintTile(p, tile(0), tr("This week"), QString::number(thisWeek),
              met ? tr("of %1 sessions: target met").arg(range)
                  : left == 1 ? tr("of %1 sessions: 1 more to go").arg(range)
                              : tr("of %1 sessions: %2 more to go").arg(range).arg(left),
              met ? ChartStyle::barMet() : ChartStyle::barBelow());
    paintTile(p, tile(1), tr("Streak"), m_data.streak == 1 ? tr("1 week") : tr("%1 weeks").arg(m_data.streak),
              tr("in a row with %1 or more sessions").arg(m_data.target.min), ChartStyle::band());
    const int past = std::max(0, int(m_data.weeks.size()) - 1);
    paintTile(p, tile(2), tr("Weekly average"), QLocale().toString(m_data.averagePerWeek(), 'f', 1),
              past == 1 ? tr("sessions a week, last week") : tr("sessions a week over the last %1 weeks").arg(past),
              ChartStyle::seriesColor(1));
    const QString last = m_data.lastSession.isValid() ? QLocale().toString(m_data.lastSession, QLocale::ShortFormat)
                                                      : QString();
    paintTile(p, tile(3), tr("All sessions"), QString::number(m_data.totalSessions),
              last.isEmpty() ? QString() : tr("last one on %1").arg(last), ChartStyle::seriesColor(4));
}

void ProgressPainter::paintTile(QPainter& p, const QRectF& r, const QString& caption, const QString& figure,
                                const QString& note, const QColor& accent) const
{
    paintCard(p, r);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // A coloured edge ties the tile to its chart without relying on the colour to carry meaning.
    QPainterPath clip;
    clip.addRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.setClipPath(clip);
    p.fillRect(QRectF(r.left(), r.top(), 5, r.height()), accent);
    p.setClipping(false);

    const QFontMetricsF small(m_style.smallFont());
    const QFontMetricsF big(m_style.figureFont());
    const QRectF text = r.adjusted(kCardPad, 12, -kCardPad / 2, -12);
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    p.drawText(QRectF(text.left(), text.top(), text.width(), small.height()), Qt::AlignLeft | Qt::AlignVCenter,
               caption.toUpper());
    p.setFont(m_style.figureFont());
    p.setPen(m_style.text);
    p.drawText(QRectF(text.left(), text.top() + small.height(), text.width(), big.height()),
               Qt::AlignLeft | Qt::AlignVCenter, figure);
    p.setFont(m_style.smallFont());
    p.setPen(m_style.mutedText);
    p.drawText(QRectF(text.left(), text.top() + small.height() + big.height(), text.width(), small.height()),
               Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(note, Qt::ElideRight, text.width()));
    p.restore();
}

void ProgressPainter::paintEmpty(QPainter& p, const QRectF& target) const
{
    const QRectF card = target.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    paintCard(p, card);
    const QRectF text = QRectF(card.center().x() - std::min(260.0, card.width() / 2 - 20), card.top(),
                               std::min(520.0, card.width() - 40), card.height());
    const QFontMetricsF heading(m_style.headingFont());
    p.setFont(m_style.headingFont());
    p.setPen(m_style.text);
    const double mid = card.center().y();
    p.drawText(QRectF(text.left(), mid - heading.height() * 2, text.width(), heading.height()), Qt::AlignCenter,
               tr("No sessions yet"));
    p.setFont(m_style.font);
    p.setPen(m_style.mutedText);
    p.drawText(QRectF(text.left(), mid - heading.height() * 0.6, text.width(), card.bottom() - mid),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               tr("Finish or stop a session and it appears here: sessions per week against the advice of %1–%2, "
                  "your streak, and how tender each muscle group felt over time.")
                   .arg(m_data.target.min)
                   .arg(m_data.target.max));
}

} // namespace rollwise
