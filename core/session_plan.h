// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scripted shape of a session: the sequence of timed phases a routine expands into when nobody
// presses anything. The engine walks it, inserting holds where the user reports a tender spot.

#include "core/body.h"
#include "core/clock.h"

#include <QString>

#include <vector>

namespace rollwise {

class ContentLibrary;
struct Routine;

enum class Phase { Idle, Prepare, Roll, Hold, Release, SwitchSide, Rest, Complete, Stopped };
QString toString(Phase p);

struct Segment {
    Phase phase = Phase::Idle;
    int exercise = -1;
    Side side = Side::Centre;
    Ms duration{0};
    int set = 0; // 0-based round of the exercise, when the clinician prescribed several sets
};

struct ExerciseTiming {
    QString techniqueId;
    Ms roll{0}; // per side
    Ms hold{0};
    Ms suggestedMinHold{0}; // the article's 15 s (or the whole hold, if shorter): releasing sooner gets a note
    Ms release{0};
    Ms transition{0};
    Ms rest{0};
    std::vector<Side> sides;
    int sets = 1;
};

class SessionPlan {
public:
    static SessionPlan build(const Routine& routine, const ContentLibrary& content);

    const std::vector<Segment>& segments() const { return m_segments; }
    const std::vector<ExerciseTiming>& exercises() const { return m_exercises; }
    // Length of the session when nobody presses anything.
    Ms totalDuration() const;

private:
    std::vector<Segment> m_segments; // always ends with a single Complete segment
    std::vector<ExerciseTiming> m_exercises;
};

} // namespace rollwise
