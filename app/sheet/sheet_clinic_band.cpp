// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/sheet_clinic_band.h"

#include "app/sheet/sheet_blocks.h"

#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>

namespace rollwise {

namespace {
constexpr double kLogoMaxWidth = 110; // points; a wide word mark still leaves the clinic's name its room
constexpr double kRuleGap = 4;
const QColor kInk(40, 40, 40);
const QColor kRule(0x0e, 0x9a, 0xa7);
} // namespace

ClinicBand::ClinicBand(Clinic clinic, QString clinician, QString patient, QDate nextReview, int textPoints,
                       int namePoints)
    : m_clinic(std::move(clinic)), m_clinician(std::move(clinician)), m_patient(std::move(patient)),
      m_nextReview(nextReview),
      m_points(textPoints), m_namePoints(namePoints)
{
    const QString file = m_clinic.logoFile.isEmpty() ? m_clinic.logo : m_clinic.logoFile;
    if (file.isEmpty())
        return;
    if (const QString problem = logoProblem(file); !problem.isEmpty()) {
        m_problem = problem;
        return;
    }
    QFile f(file);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.read(RoutineLimits::kMaxLogoBytes + 1) : QByteArray();
    if (bytes.startsWith("\x89PNG")) {
        m_png.loadFromData(bytes, "PNG");
        if (m_png.isNull() || m_png.width() < 1 || m_png.height() < 1)
            m_problem = tr("%1 is a damaged PNG image: it cannot be drawn").arg(file);
        return;
    }
    m_svg = std::make_unique<QSvgRenderer>(bytes);
    if (!m_svg->isValid() || m_svg->viewBoxF().isEmpty()) {
        m_problem = tr("%1 is an SVG image that cannot be drawn").arg(file);
        m_svg.reset();
    }
}

ClinicBand::~ClinicBand() = default;

double ClinicBand::height() const
{
    if (isEmpty())
        return 0;
    const QFontMetricsF big(sheetFont(m_namePoints, true)), small(sheetFont(m_points));
    return big.height() + small.height() + 2 + kRuleGap;
}

void ClinicBand::paint(QPainter& p, const QRectF& rect) const
{
    if (isEmpty())
        return;
    p.save();
    const double textHeight = rect.height() - kRuleGap;
    double left = rect.left();
    if (!m_png.isNull() || m_svg) {
        const QSizeF natural = m_svg ? m_svg->viewBoxF().size() : QSizeF(m_png.size());
        QSizeF size = natural.scaled(QSizeF(kLogoMaxWidth, textHeight), Qt::KeepAspectRatio);
        const QRectF logo(left, rect.top() + (textHeight - size.height()) / 2, size.width(), size.height());
        if (m_svg)
            m_svg->render(&p, logo);
        else
            p.drawImage(logo, m_png);
        left = logo.right() + 8;
    }
    const QFont bigFont = sheetFont(m_namePoints, true), smallFont = sheetFont(m_points);
    const QFontMetricsF big(bigFont), small(smallFont);
    QStringList right;
    if (!m_patient.isEmpty())
        right << tr("Patient: %1").arg(m_patient);
    if (m_nextReview.isValid())
        right << tr("Next review: %1").arg(QLocale().toString(m_nextReview, QLocale::ShortFormat));
    // The right column takes what it needs, up to half the width; the clinic's lines are shortened, not overprinted.
    double rightWidth = 0;
    for (const QString& line : right)
        rightWidth = std::max(rightWidth, small.horizontalAdvance(line));
    rightWidth = std::min(rightWidth, rect.width() / 2);
    const QRectF rightColumn(rect.right() - rightWidth, rect.top(), rightWidth, textHeight);
    const double leftWidth = std::max(0.0, rightColumn.left() - 10 - left);
    // The phone is kept whole (it is what the patient needs from the band); a long address gives way.
    const QString separator = QStringLiteral(" \u00b7 ");
    QString contact = m_clinic.phone;
    if (!m_clinic.address.isEmpty()) {
        const double phoneWidth = m_clinic.phone.isEmpty() ? 0 : small.horizontalAdvance(separator + m_clinic.phone);
        const QString address = small.elidedText(m_clinic.address, Qt::ElideRight, std::max(0.0, leftWidth - phoneWidth));
        contact = m_clinic.phone.isEmpty() ? address : address + separator + m_clinic.phone;
    }
    p.setPen(kInk);
    // The clinic's name whole; the clinician after it, shortened if need be.
    const QString name = big.elidedText(m_clinic.name, Qt::ElideRight, leftWidth);
    const double nameWidth = big.horizontalAdvance(name);
    p.setFont(bigFont);
    p.drawText(QRectF(left, rect.top(), leftWidth, big.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!m_clinician.isEmpty() && nameWidth < leftWidth) {
        const QString by = name.isEmpty() ? m_clinician : separator + m_clinician;
        p.setFont(smallFont);
        p.drawText(QRectF(left + nameWidth, rect.top(), leftWidth - nameWidth, big.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(by, Qt::ElideRight, leftWidth - nameWidth));
    }
    p.setFont(smallFont);
    p.drawText(QRectF(left, rect.top() + big.height() + 2, leftWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
               small.elidedText(contact, Qt::ElideRight, leftWidth));
    for (int i = 0; i < right.size(); ++i)
        p.drawText(QRectF(rightColumn.left(), rect.top() + i * (small.height() + 2), rightWidth, small.height()),
                   Qt::AlignRight | Qt::AlignVCenter, small.elidedText(right[i], Qt::ElideRight, rightWidth));
    p.setPen(QPen(kRule, 1.2));
    p.drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1));
    p.restore();
}

} // namespace rollwise
