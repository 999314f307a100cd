// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/history/session_history.h"

#include "app/history/progress_view.h"
#include "app/history/tenderness_dialog.h"
#include "app/session/session_controller.h"
#include "core/content_library.h"
#include "core/routine.h"

#include <QLayout>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rollwise {

SessionHistory::SessionHistory(const ContentLibrary& content, QString directory, QObject* parent)
    : QObject(parent), m_content(content), m_store(std::move(directory)), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_load = m_store.load();
    if (!m_load.diagnostics.empty())
        spdlog::warn("history: {}", m_load.diagnostics.toText().toStdString());
    spdlog::info("history: {} session(s) in {}", m_store.sessions().size(), m_store.filePath().toStdString());
}

SessionHistory::~SessionHistory()
{
    delete m_view; // it reads the store, which goes away with this object
    if (m_recorder && !m_recorder->finished() && m_recorder->hasStarted()) {
        m_recorder->abandon();
        const QString error = m_store.append(m_recorder->record());
        if (!error.isEmpty())
            spdlog::error("history: the unfinished session was not saved: {}", error.toStdString());
    }
}

QString SessionHistory::recordScreening(ScreeningRecord record)
{
    const QString error = m_store.appendScreening(std::move(record));
    if (!error.isEmpty())
        emit saveFailed(error);
    emit changed();
    return error;
}

QString SessionHistory::loadReport() const
{
    return m_load.diagnostics.toReadableText();
}

void SessionHistory::attach(SessionController* controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller)
        return;
    connect(
        controller, &SessionController::cue, this,
        [this](const CueEvent& e) {
            const SessionEngine* engine = m_controller ? m_controller->engine() : nullptr;
            onCue(e, engine && engine->inTenderSpotHold(), engine);
        },
        Qt::DirectConnection);
}

void SessionHistory::setRoutine(const Routine& routine)
{
    m_routineTitle = routine.title;
    m_routineExercises = SessionRecorder::exercisesOf(routine, m_content);
}

void SessionHistory::onCue(const CueEvent& e, bool tenderSpotHold, const void* source)
{
    // A cue from another engine, or a fresh engine's first cue (the same address may be reused), means the
    // open session was replaced without a last cue of its own. "Back" to the start emits GetReady too, but
    // never at offset 0 once the session has moved on.
    const bool fresh = e.type == CueType::GetReady && e.offset == Ms{0};
    if (m_recorder && !m_recorder->finished()
        && (source != m_source || (fresh && m_recorder->record().end > m_recorder->record().start))) {
        m_recorder->abandon();
        finishSession();
    }
    if (!m_recorder || m_recorder->finished()) {
        // Every session opens with GetReady; an ending cue with no session open has nothing to record.
        if (e.type == CueType::SessionComplete || e.type == CueType::Stopped || e.type == CueType::SafetyStop)
            return;
        if (m_dialog)
            m_dialog->reject(); // a new session: the last one's unanswered ratings stay unrated
        m_recorder.emplace(m_routineTitle, m_routineExercises, m_now().addMSecs(-e.offset.count()));
        m_source = source;
    }
    m_recorder->onCue(e, tenderSpotHold);
    if (m_recorder->finished())
        finishSession();
}

void SessionHistory::finishSession()
{
    const SessionRecord record = m_recorder->record();
    const QString error = m_store.append(record);
    if (!error.isEmpty()) {
        spdlog::error("history: session not saved: {}", error.toStdString());
        emit saveFailed(error);
    } else {
        spdlog::info("history: recorded a {} session of \"{}\"", toString(record.outcome).toStdString(),
                     record.routineTitle.toStdString());
    }
    emit recorded(record);
    emit changed();
    const bool kept = !m_store.sessions().empty() && m_store.sessions().back() == record;
    if (kept && record.outcome != SessionOutcome::SafetyStop && !record.workedGroups().isEmpty() && m_dialogParent) {
        // Not from inside the engine's cue delivery: open the dialog once the event loop is back.
        const size_t index = m_store.sessions().size() - 1;
        QTimer::singleShot(0, this, [this, index] { askTenderness(index); });
    }
}

void SessionHistory::askTenderness(size_t index)
{
    if (!m_dialogParent || index >= m_store.sessions().size())
        return;
    if (m_dialog)
        m_dialog->reject(); // an unanswered dialog from an earlier session: its session stays unrated
    const QStringList groups = m_store.sessions()[index].workedGroups();
    TendernessDialog* dialog = nullptr;
    if (m_inlineHost) {
        // On the Done screen itself, so the summary and the frequency reminder stay in view.
        dialog = new TendernessDialog(groups, m_content, m_inlineHost);
        dialog->setWindowFlags(Qt::Widget);
        if (m_inlineHost->layout())
            m_inlineHost->layout()->addWidget(dialog);
        connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    } else {
        dialog = new TendernessDialog(groups, m_content, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        if (index >= m_store.sessions().size())
            return;
        SessionRecord rated = m_store.sessions()[index];
        dialog->applyTo(rated);
        const QString error = m_store.replace(index, std::move(rated));
        if (!error.isEmpty())
            emit saveFailed(error);
        emit changed();
    });
    if (m_inlineHost) {
        dialog->show();
        m_inlineHost->show();
        emit changed(); // the Done screen fits its words again, now with the ratings in them
    } else {
        dialog->open();
    }
}

ProgressView* SessionHistory::showProgress(QWidget* parent)
{
    if (!m_view) {
        m_view = new ProgressView(m_store, m_content, parent);
        m_view->setWindowFlag(Qt::Window);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &SessionHistory::changed, m_view, &ProgressView::refresh);
    }
    m_view->refresh();
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    return m_view;
}

} // namespace rollwise
