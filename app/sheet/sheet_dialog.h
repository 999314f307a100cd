// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks who the printed sheet is for before printing or exporting it, prefilled from the routine.

#include "app/sheet/sheet_renderer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QSettings;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;

namespace rollwise {

class SheetDialog : public QDialog {
    Q_OBJECT

public:
    SheetDialog(const SheetOptions& initial, const QString& action, QWidget* parent = nullptr);
    // For printing or exporting `routine`: filled from the routine, with the clinic from the routine file or
    // else from `settings` (ClinicSettings::forSheet), and Clinic Details offered when there are settings.
    SheetDialog(const Routine& routine, QSettings* settings, const QString& action, QWidget* parent = nullptr);
    SheetOptions options() const;
    // Shows the "Clinic Details…" button, which edits the clinic kept in `settings`; it is printed when the
    // routine gives no clinic of its own.
    void offerClinicSettings(QSettings* settings, bool routineHasClinic);

signals:
    // "Why these muscles?": the sheet's teaching in full, in the Learn window.
    void learnRequested();

private:
    void checkLimits();
    void showClinic();
    void editClinic();

    SheetOptions m_initial;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_clinician = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_page = nullptr;
    QComboBox* m_layout = nullptr;
    QDateEdit* m_nextReview = nullptr;
    QLabel* m_clinicSummary = nullptr;
    QPushButton* m_clinicButton = nullptr;
    QSettings* m_settings = nullptr;
    bool m_routineHasClinic = false;
    Clinic m_clinic;
    QLabel* m_limits = nullptr;
    QPushButton* m_accept = nullptr;
};

// The whole "print the routine sheet" path shared by every window that prints one: this dialog, then the print
// preview. Never prints an unsafe routine. `learn` opens the Learn window over the dialog it is given.
// `settings` holds the clinic printed for routines without one (ClinicSettings); null: the routine's only.
void printRoutineSheet(const ContentLibrary& content, const BodyArt& art, const Routine& routine, QWidget* parent,
                       const std::function<void(QWidget* over)>& learn, QSettings* settings);

} // namespace rollwise
