// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's start gate: what has to happen before a session may start (the safety check, the repeated-stops
// notice, an urgent sign that blocks the day), recorded in the history, and the safety stop.
#include "app/window/main_window.h"

#include "app/history/session_history.h"
#include "app/history/tenderness_dialog.h"
#include "app/session/safety_dialogs.h"
#include "app/session/session_controller.h"
#include "core/content_library.h"
#include "core/history/history_store.h"
#include "core/history/screening_record.h"
#include "core/session_engine.h"
#include "core/session_plan.h"

#include <QDialog>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace rollwise {

void MainWindow::startOrPause()
{
    const SessionEngine* e = m_controller->engine();
    if (e && e->isRunning()) {
        m_controller->togglePause();
        return;
    }
    proceedToStart();
}

void MainWindow::setWallClock(std::function<QDateTime()> now, QTimeZone zone)
{
    m_now = std::move(now);
    m_timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_history->setNow(m_now);
}

StartVerdict MainWindow::startVerdict() const
{
    const HistoryStore& store = m_history->store();
    return decideStart(m_content.screening(), store.screenings(), store.sessions(), m_now(), m_timeZone,
                       m_routine.clearance);
}

void MainWindow::proceedToStart()
{
    if (m_controller->engine() && m_controller->engine()->isRunning())
        return;
    const StartVerdict v = startVerdict();
    switch (v.decision) {
    case StartDecision::MayStart: startSession(); return;
    case StartDecision::AnswerCheck: openCheck(recheckText(v.reason), true); return;
    case StartDecision::UrgentToday: showUrgentToday(); return;
    case StartDecision::AcknowledgeRepeatedStops: {
        auto* notice = new RepeatedStopsNotice(m_content, v.recentStops, this);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        connect(notice, &QDialog::accepted, this, [this] {
            m_history->recordScreening(ScreeningRecord::acknowledgement(m_now()));
            proceedToStart();
        });
        notice->open();
        return;
    }
    }
}

QString MainWindow::recheckText(RecheckReason reason) const
{
    switch (reason) {
    case RecheckReason::None: return {};
    case RecheckReason::FirstTime: return tr("Before your first session, please answer these questions.");
    case RecheckReason::Expired:
        return tr("It is more than %1 days since you last answered these questions.").arg(ScreeningRules::kRecheckAfterDays);
    case RecheckReason::AfterSafetyStop:
        return tr("A session was stopped for safety since you last answered these questions. Please answer them again "
                  "before you roll.");
    case RecheckReason::NotCleared:
        return tr("Last time a warning sign or condition stopped the session. Please answer the questions again.");
    case RecheckReason::ClearedOnce:
        return tr("A professional's clearance that you confirm covers one session. Please answer the questions again.");
    case RecheckReason::ClearanceGone:
        return tr("The clinician's clearance that allowed your last session is not in this routine. Please answer the "
                  "questions again.");
    }
    return {};
}

void MainWindow::showUrgentToday()
{
    const ScreeningAdvice& urgent = m_content.screening().advice(ScreeningTier::Urgent);
    auto* box = new QMessageBox(QMessageBox::Warning, urgent.title,
                                tr("%1\n\nToday you answered yes to a sign that needs a doctor. %2\n\n(Rollwise guidance)")
                                    .arg(urgent.title, urgent.advice),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("urgentToday"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::startSession()
{
    m_controller->load(SessionPlan::build(m_routine, m_content));
    m_controller->start();
}

void MainWindow::showRedFlagCheck()
{
    openCheck({}, true);
}

void MainWindow::openCheck(const QString& reason, bool startAfterwards)
{
    const QDate today = m_now().toTimeZone(m_timeZone).date();
    auto* check = new RedFlagCheck(m_content, m_routine.clearance, today, reason, this);
    check->setAttribute(Qt::WA_DeleteOnClose);
    connect(check, &QDialog::finished, this, [this, check, startAfterwards](int result) {
        const CheckAssessment a = check->assessment();
        // Every completed set of answers is kept, "Not now" included: an urgent "yes" must block the day.
        if (a.complete)
            m_history->recordScreening(ScreeningRecord::check(m_now(), a, check->answers(), check->confirmedCleared(),
                                                              m_routine.clearance));
        const bool running = m_controller->engine() && m_controller->engine()->isRunning();
        if (running && a.complete && !allowsSession(a.verdict)) {
            safetyStop(); // a warning sign answered mid-session (from the menu) ends it like the stop button
            return;
        }
        if (result == QDialog::Accepted && startAfterwards && !running)
            proceedToStart();
    });
    check->open();
}

void MainWindow::safetyStop()
{
    spdlog::warn("session stopped by the user for sharp pain, numbness or tingling");
    m_controller->safetyStop();
}

} // namespace rollwise
