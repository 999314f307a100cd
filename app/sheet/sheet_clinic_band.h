// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The band at the top of every page of a sheet or card given by a clinic: its logo, name (and the clinician),
// address and phone on the left; the patient and the next review on the right (the sheet's date is in the
// footer of the same pages). Pages get separated on a fridge door or in a folder; each one still says whose it
// is, when to come back and where to call.

#include "core/routine.h"

#include <QDate>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QSvgRenderer;

namespace rollwise {

class ClinicBand {
    Q_DECLARE_TR_FUNCTIONS(ClinicBand)

public:
    // The band's text size: the card's smallest type is 11 pt, the full sheet's footer 9 pt; the clinic's name is
    // `namePoints`.
    ClinicBand(Clinic clinic, QString clinician, QString patient, QDate nextReview, int textPoints, int namePoints);
    ~ClinicBand();

    // A band is printed when there is a clinic or a next review to show.
    static bool wanted(const Clinic& clinic, QDate nextReview) { return !clinic.isEmpty() || nextReview.isValid(); }
    bool isEmpty() const { return !wanted(m_clinic, m_nextReview); }
    // Why the logo cannot be drawn (core checked only its size and signature), or empty.
    QString problem() const { return m_problem; }
    double height() const;
    void paint(QPainter& p, const QRectF& rect) const;

private:
    Clinic m_clinic;
    QString m_clinician;
    QString m_patient;
    QDate m_nextReview;
    int m_points;
    int m_namePoints;
    QImage m_png;
    std::unique_ptr<QSvgRenderer> m_svg;
    QString m_problem;
};

} // namespace rollwise
