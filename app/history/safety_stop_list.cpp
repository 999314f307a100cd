// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/safety_stop_list.h"

#include "core/content_library.h"
#include "core/history/session_record.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rollwise {

SafetyStopList::SafetyStopList(const ContentLibrary& content, QWidget* parent) : QWidget(parent), m_content(content)
{
    setObjectName(QStringLiteral("safetyStops"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 4, 20, 8);
    m_title = new QLabel(tr("Safety stops"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("safetyStopList"));
    m_list->setAccessibleName(tr("Safety stops"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(140);
    m_title->setBuddy(m_list);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

QString SafetyStopList::describe(const SafetyStopEntry& stop, const ContentLibrary& content, const QTimeZone& zone)
{
    const QString when = QLocale().toString(stop.at.toTimeZone(zone), QLocale::ShortFormat);
    const Technique* t = stop.techniqueId.isEmpty() ? nullptr : content.technique(stop.techniqueId);
    const QString during = stop.techniqueId.isEmpty() ? tr("before rolling began")
                                                      : tr("during %1").arg(t ? t->name : stop.techniqueId);
    const QString reason = stop.reason == SessionRecord::kStopButton
                               ? tr("the STOP button (sharp, radiating pain, numbness or tingling)")
                               : stop.reason.isEmpty() ? tr("not recorded") : stop.reason;
    return tr("%1 — %2, %3. Reason: %4. Advice given: %5")
        .arg(when, stop.routineTitle, during, reason, content.stopAdvice());
}

void SafetyStopList::setStops(const std::vector<SafetyStopEntry>& stops, const QTimeZone& zone)
{
    m_list->clear();
    for (const SafetyStopEntry& s : stops)
        m_list->addItem(describe(s, m_content, zone)); // list items are plain text: a title cannot become markup
    m_title->setText(stops.size() == 1 ? tr("1 safety stop") : tr("%1 safety stops").arg(stops.size()));
    setVisible(!stops.empty());
}

QStringList SafetyStopList::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

} // namespace rollwise
