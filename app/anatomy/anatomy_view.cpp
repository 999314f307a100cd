// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/anatomy/anatomy_view.h"

#include "core/content_library.h"
#include "core/routine.h"
#include "core/session_engine.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace rollwise {

namespace {
double seconds(Ms ms)
{
    return double(ms.count()) / 1000.0;
}

bool isDark(const QPalette& p)
{
    return p.color(QPalette::Window).lightness() < 110;
}
} // namespace

AnatomyFrame frameFromEngine(const SessionEngine& engine, const Routine& routine, const ContentLibrary& content)
{
    AnatomyFrame f;
    f.phase = engine.phase();
    const int index = engine.exerciseIndex();
    if (index < 0 || size_t(index) >= routine.exercises.size())
        return f;
    f.technique = routine.technique(routine.exercises[size_t(index)].techniqueId, content);
    f.side = engine.side();
    f.rollSeconds = seconds(engine.rollElapsed());
    f.phaseSeconds = seconds(engine.elapsedInPhase());
    if (f.phase == Phase::Hold) {
        f.holdLengthSeconds = seconds(engine.phaseDuration());
        f.holdRemaining = seconds(engine.remaining());
    }
    f.paused = engine.isPaused();
    return f;
}

AnatomyView::AnatomyView(const ContentLibrary& content, const BodyArt& art, QWidget* parent)
    : QWidget(parent), m_painter(content, art)
{
    setMouseTracking(true);
    setMinimumSize(200, 300);
    setAccessibleName(tr("Body diagram"));
    setAccessibleDescription(tr("Target muscles are highlighted; the lumbar spine is hatched red: do not roll."));
    m_painter.setDark(isDark(palette()));
}

void AnatomyView::setFrame(const AnatomyFrame& f)
{
    m_frame = f;
    update();
}

void AnatomyView::setDisplay(const Display& d)
{
    m_painter.setDisplay(d);
    update();
}

void AnatomyView::setMirrored(bool mirrored)
{
    m_painter.setMirrored(mirrored);
    update();
}

void AnatomyView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    m_painter.paint(p, QRectF(rect()), devicePixelRatioF(), m_frame);
}

void AnatomyView::resizeEvent(QResizeEvent* e)
{
    // Qt resizes a widget some time before painting it (at start-up, while it lays out the whole window):
    // the static layer for the new size renders meanwhile on a worker thread.
    m_painter.prepare(QRectF(rect()), devicePixelRatioF(), m_frame);
    QWidget::resizeEvent(e);
}

void AnatomyView::mouseMoveEvent(QMouseEvent* e)
{
    if (const auto hit = m_painter.hitTest(e->position(), QRectF(rect())))
        QToolTip::showText(e->globalPosition().toPoint(), QStringLiteral("<b>%1</b><br>%2").arg(hit->title.toHtmlEscaped(), hit->text.toHtmlEscaped().left(400)), this);
    else
        QToolTip::hideText();
}

void AnatomyView::mousePressEvent(QMouseEvent* e)
{
    if (const auto hit = m_painter.hitTest(e->position(), QRectF(rect())))
        emit explained(*hit);
}

void AnatomyView::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange) {
        m_painter.setDark(isDark(palette()));
        update();
    }
    QWidget::changeEvent(e);
}

} // namespace rollwise
