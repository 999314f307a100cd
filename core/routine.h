// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A routine: the ordered technique uses a clinician prescribes (or the built-in "Lower-back relief"),
// with per-use dosage and the metadata printed on the take-home sheet.

#include "core/technique.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rollwise {

class ContentLibrary;

enum class SidesChoice { Both, Right, Left };
QString toString(SidesChoice s);
std::optional<SidesChoice> sidesChoiceFromString(const QString& s);

// The prescription for one technique. Its times start at zero here: the defaults are content.json's
// ("dosage"), filled in by defaultExercise(), so no number is restated in code.
struct Exercise {
    QString techniqueId;
    SidesChoice sides = SidesChoice::Both;
    QString variant;              // empty: the technique's basic form
    int holdSeconds = 0;          // the prescribed hold on a tender spot
    std::optional<int> rollSeconds; // per side; exactly one of rollSeconds / passes is set
    std::optional<int> passes;      // one pass = one traverse of the roller path at the seed's pace
    int restSeconds = 0;            // after this exercise, before the next one
    int transitionSeconds = 0;      // the get-ready countdown and the switch-side pause
    QString notes;                  // the clinician's note for this exercise
    // The clinician's prescription where it differs from the routine's: rounds of the whole exercise, and how
    // often a week this exercise is done. Unset: the routine's value (and for sets, one).
    std::optional<int> sets;
    std::optional<int> sessionsPerWeek;

    friend bool operator==(const Exercise& a, const Exercise& b);
};

// An exercise of `techniqueId` with content.json's default dosage (hold, roll, rest, transition).
Exercise defaultExercise(const QString& techniqueId, const ContentLibrary& content);

// Hard limits: values outside them are errors. The seed's own range for holds (15-30 s) is a warning.
struct RoutineLimits {
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxNestingDepth = 32;
    static constexpr int kMaxExercises = 50;
    static constexpr int kMaxCustomTechniques = 20;
    static constexpr int kHoldMin = 5;
    static constexpr int kHoldMax = 120;
    static constexpr int kRollMin = 10;
    static constexpr int kRollMax = 600;
    static constexpr int kPassesMin = 1;
    static constexpr int kPassesMax = 50;
    static constexpr int kRestMin = 0;
    static constexpr int kRestMax = 300;
    static constexpr int kTransitionMin = 3;
    static constexpr int kTransitionMax = 60;
    static constexpr int kMaxTextLength = 2000;
    static constexpr int kSetsMin = 1;
    static constexpr int kSetsMax = 10;
    static constexpr int kSessionsPerWeekMin = 1;
    static constexpr int kSessionsPerWeekMax = 14; // twice a day is the most anyone prescribes
    static constexpr qint64 kMaxLogoBytes = 1024 * 1024;
    // Longer than any routine of the seed's dosage (about 20 minutes) by far, short of a session nobody can
    // finish: passes over a long custom path once made a 431-day session.
    static constexpr int kMaxSessionSeconds = 2 * 60 * 60;
};

// The longest text each printed field may hold. Each limit is the length that still fits its place on the
// sheet, A4 and Letter, English and German, with every field at its longest at once and the widest letters
// (measured by SheetLayout.* in tests/app/sheet_test.cpp); the reader, the editor, the sheet dialog and the
// command line refuse anything longer rather than print over the footer or off the page.
struct SheetTextLimits {
    static constexpr int kTitle = 120;
    static constexpr int kPerson = 80;       // patient, clinician, the clinician who gave a clearance
    static constexpr int kNotes = 1000;      // the routine's notes (or --notes)
    static constexpr int kExerciseNotes = 400;
    static constexpr int kClinicName = 80;
    static constexpr int kClinicLine = 120;  // the address, the phone number

    // "2345 characters, at most 1000 fit on the sheet", for the command line and the sheet dialog.
    static QString tooLong(qsizetype length, int limit);
};

// A clinician's written clearance for this patient and routine ("clearance": {"clinician": …, "date": …} in the
// routine file). It lifts the "ask your clinician first" tier of the safety check, never the urgent tier nor
// the article's consult signs.
struct ClinicianClearance {
    QString clinician; // who cleared the patient
    QDate date;        // when

    friend bool operator==(const ClinicianClearance& a, const ClinicianClearance& b)
    {
        return a.clinician == b.clinician && a.date == b.date;
    }
};

// The clinic that hands the sheet over ("clinic" in the routine file, or Settings), printed at the top of every
// page. Its logo is a PNG or SVG file of at most RoutineLimits::kMaxLogoBytes.
struct Clinic {
    Q_DECLARE_TR_FUNCTIONS(Clinic)

public:
    QString name;
    QString address;
    QString phone;
    QString logo; // as the routine file writes it: relative to the file's folder, or absolute
    QString logoFile; // where that is on this machine (not saved)

    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && phone.isEmpty() && logo.isEmpty(); }
    friend bool operator==(const Clinic& a, const Clinic& b)
    {
        return a.name == b.name && a.address == b.address && a.phone == b.phone && a.logoFile == b.logoFile;
    }
};

// Why `file` cannot be the clinic's logo ("is 2 MB", "is not a PNG or SVG image"), or empty when it can. Checks
// size and signature only (core draws nothing); the sheet reports a logo that still fails to draw.
QString logoProblem(const QString& file);
QString logoExpectation();

struct Routine {
    Q_DECLARE_TR_FUNCTIONS(Routine)

public:
    QString title;
    QString patient;
    QString clinician;
    QString notes;
    QDate created;
    std::optional<ClinicianClearance> clearance;
    std::vector<Technique> customTechniques;
    std::vector<Exercise> exercises;
    // The routine's own prescription: how often a week, rounds of each exercise, and the hold and roll an
    // exercise gets when it does not give its own. Unset: the article's frequency, one set, content.json's times.
    std::optional<int> sessionsPerWeek;
    std::optional<int> sets;
    std::optional<int> holdSeconds;
    std::optional<int> rollSeconds;
    QDate nextReview;
    Clinic clinic;

    // All five techniques in the seed's order, with the seed's dosage.
    static Routine defaultRoutine(const ContentLibrary& content);
    // A new exercise of `techniqueId`: content.json's dosage with this routine's hold and roll defaults.
    Exercise newExercise(const QString& techniqueId, const ContentLibrary& content) const;
    int setsOf(const Exercise& e) const { return e.sets.value_or(sets.value_or(1)); }
    // Sessions per week for this exercise; unset when neither it nor the routine says (the article's range).
    std::optional<int> sessionsPerWeekOf(const Exercise& e) const { return e.sessionsPerWeek ? e.sessionsPerWeek : sessionsPerWeek; }
    // Custom techniques shadow nothing: their ids may not collide with built-ins (the reader enforces it).
    const Technique* technique(const QString& id, const ContentLibrary& content) const;
    // The sides one exercise is rolled on, in order; Centre when both sides are rolled together.
    std::vector<Side> sidesFor(const Exercise& e, const ContentLibrary& content) const;
    // Rolling time per side, from rollSeconds or from passes over the path at the seed's pace.
    qint64 rollMilliseconds(const Exercise& e, const ContentLibrary& content) const;
    // The same in whole seconds (the nearest), as the sheet prints it and as the editor prescribes it when an
    // exercise is switched from passes to a time.
    int wholeRollSeconds(const Exercise& e, const ContentLibrary& content) const;
    // The other way round: how many passes (at least 1) take about `seconds` at the seed's pace, for an
    // exercise switched from a time to passes; `fallback` when the technique has no path to count on.
    int passesForSeconds(const Exercise& e, int seconds, const ContentLibrary& content, int fallback = 10) const;
    // The rest that follows exercise `index`: its restSeconds, except after the last exercise, where the session
    // simply ends (the stored value is kept, so it returns if an exercise is added after it).
    int restSecondsAfter(size_t index) const;
    // Length of one pass of the exercise's roller path in centimetres; 0 for an unknown technique.
    double passLengthCm(const Exercise& e, const ContentLibrary& content) const;
};

} // namespace rollwise
