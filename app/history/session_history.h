// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one object the main window needs for history: it owns the store (in a directory passed in; the app
// uses QStandardPaths::AppDataLocation), follows the session controller's cues through a SessionRecorder,
// saves each session the moment it ends, then (after a completed or stopped session, not after a safety stop)
// asks how tender the worked muscle groups were and saves the ratings too. It also opens the progress view.
//
// Wiring: create it, attach(controller), call setRoutine() whenever the window's routine changes, and
// setDialogParent(window) to be asked for ratings; show loadReport() if it is not empty.

#include "core/history/history_store.h"
#include "core/history/screening_record.h"
#include "core/history/session_record.h"
#include "core/history/session_recorder.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace rollwise {

class ContentLibrary;
class ProgressView;
class SessionController;
class SessionEngine;
class TendernessDialog;
struct CueEvent;
struct Routine;

class SessionHistory : public QObject {
    Q_OBJECT

public:
    // Loads <directory>/history.json at once; see loadReport() for anything that went wrong.
    SessionHistory(const ContentLibrary& content, QString directory, QObject* parent = nullptr);
    // A session still running is recorded as stopped: closing the app mid-session still counts what was done.
    ~SessionHistory() override;

    const HistoryStore& store() const { return m_store; }
    const HistoryLoad& loadResult() const { return m_load; }
    // Empty when the history loaded cleanly; otherwise every problem and where the backup went, one per line.
    QString loadReport() const;

    // Follows this controller's sessions. The cue connection is direct, so the engine can be asked, while
    // the HoldStart cue is being delivered, whether the user started that hold (inTenderSpotHold()).
    void attach(SessionController* controller);
    // The routine sessions are run from (title, exercises and their muscle groups). Call it whenever the
    // main window's routine changes; a session already running keeps the routine it started with.
    void setRoutine(const Routine& routine);
    // Where the tenderness dialog opens (window-modal); nullptr: never ask.
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    // Where the tenderness entry goes inline instead of a dialog (the player's Done screen); nullptr: a dialog.
    void setInlineHost(QWidget* host) { m_inlineHost = host; }
    // Records a safety check or an acknowledgement and saves it; an empty string on success, else why not
    // (also sent as saveFailed). A failed write keeps it in memory, so the start decision still sees it; a
    // record refused for a full history is not kept, so the check is asked again (failing safe).
    QString recordScreening(ScreeningRecord record);
    // Wall-clock time used to stamp sessions; tests inject a fixed one.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Feeds one cue. attach() does this; call it directly only without a controller (tests, tools).
    // source identifies the engine: a cue from a new engine while a session is open ends that session.
    void onCue(const CueEvent& e, bool tenderSpotHold, const void* source = nullptr);

    // The tenderness dialog currently open, if any.
    TendernessDialog* pendingDialog() const { return m_dialog; }
    // Opens the progress window (created once, a child window of `parent`) and brings it to the front.
    ProgressView* showProgress(QWidget* parent);

signals:
    // A session ended and was saved (or saving failed; saveFailed says why).
    void recorded(const rollwise::SessionRecord& record);
    void saveFailed(const QString& message);
    // The stored sessions changed (a new one, or ratings added): views should refresh.
    void changed();

private:
    void finishSession();
    void askTenderness(size_t index);

    const ContentLibrary& m_content;
    HistoryStore m_store;
    HistoryLoad m_load;
    QString m_routineTitle;
    std::vector<ExerciseRecord> m_routineExercises;
    std::optional<SessionRecorder> m_recorder;
    const void* m_source = nullptr;
    QPointer<SessionController> m_controller;
    QPointer<QWidget> m_dialogParent;
    QPointer<QWidget> m_inlineHost;
    QPointer<TendernessDialog> m_dialog;
    QPointer<ProgressView> m_view;
    std::function<QDateTime()> m_now;
};

} // namespace rollwise
