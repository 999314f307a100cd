// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/field_feedback.h"

#include "app/editor/diagnostic_paths.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace rollwise {

namespace {
void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}
} // namespace

FieldFeedback FieldFeedback::wrap(QWidget* control, const QString& objectName)
{
    FieldFeedback f;
    f.m_container = new QWidget;
    auto* layout = new QVBoxLayout(f.m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    control->setObjectName(objectName);
    control->setParent(f.m_container);
    layout->addWidget(control);
    f.m_control = control;
    f.m_message = new QLabel(f.m_container);
    f.m_message->setObjectName(objectName + QStringLiteral("Message"));
    f.m_message->setWordWrap(true);
    f.m_message->setTextFormat(Qt::PlainText); // diagnostics quote the file's own texts
    f.m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    f.m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    f.m_message->hide();
    layout->addWidget(f.m_message);
    return f;
}

void FieldFeedback::show(const std::vector<Diagnostic>& diagnostics)
{
    if (!m_control)
        return;
    const Diagnostic* worst = nullptr;
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        if (!worst || (d.severity == Severity::Error && worst->severity != Severity::Error))
            worst = &d;
        lines << diagnosticMessage(d);
    }
    const QString validity = !worst ? QString()
                             : worst->severity == Severity::Error ? QStringLiteral("error")
                                                                  : QStringLiteral("warning");
    if (m_control->property("validity").toString() != validity) {
        m_control->setProperty("validity", validity);
        repolish(m_control);
    }
    const QString prefix = !worst ? QString()
                           : worst->severity == Severity::Error ? QStringLiteral("\u2716 ") // ✖
                                                                : QStringLiteral("\u26A0 "); // ⚠
    m_message->setText(prefix + lines.join(QStringLiteral("\n") + prefix));
    m_message->setProperty("messageSeverity", validity);
    repolish(m_message);
    m_message->setVisible(worst != nullptr);
    m_container->updateGeometry(); // a wrapped message may need another line
    // Screen readers hear the problem when they reach the control.
    m_control->setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

QString FieldFeedback::styleSheet()
{
    return QStringLiteral(
        "*[validity=\"error\"] { border: 2px solid #d01c1f; border-radius: 3px; background: #fdecea; }"
        "*[validity=\"warning\"] { border: 2px solid #b86e00; border-radius: 3px; background: #fff6e0; }"
        "QLabel[messageSeverity=\"error\"] { color: #b3261e; font-weight: 600; }"
        "QLabel[messageSeverity=\"warning\"] { color: #8a5300; }");
}

} // namespace rollwise
