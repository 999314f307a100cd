// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The current technique's cautions, worded by the content, in a box of their own. The sidebar shows them with
// the steps; presentation mode hides the sidebar, and a clinician demonstrating must still have them in view.

#include <QWidget>

class QLabel;

namespace rollwise {

struct Technique;

class CautionsBox : public QWidget {
    Q_OBJECT

public:
    explicit CautionsBox(QWidget* parent = nullptr);

    // nullptr, or a technique without cautions: the box says none are listed.
    void setTechnique(const Technique* technique);
    void setTextScale(double scale);
    // An absolute size instead (the session column, fitting the words while presenting).
    void setTextPixels(int pixels);
    QString text() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    double m_basePoints = 0.0;
};

} // namespace rollwise
