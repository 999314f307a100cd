// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Learn window teaches, as topics built from the content library alone: the article's principles,
// why the lumbar spine is never rolled, each muscle group's "why" with its technique's roller orientation, the
// dosage, the key takeaways and the questions and answers. Only headings are Rollwise's own words; every
// teaching sentence comes from ContentLibrary, HTML-escaped, so content is never read as markup.

#include "app/anatomy/body_art.h"
#include "core/technique.h"

#include <QString>

#include <optional>
#include <vector>

namespace rollwise {

class ContentLibrary;

struct LearnTopic {
    enum class Kind { Principle, Lumbar, MuscleGroup, Dosage, Takeaways, Faq };
    Kind kind = Kind::Principle;
    QString id;    // "principle-fascia", "lumbar-spine", "group-hamstrings", "dosage", "takeaways", "faq"
    QString title; // the list entry
    QString html;  // the text, content escaped
    // The diagram beside the text: which drawing, what is highlighted (a copy, so topics own what they show)
    // and, when it helps, the part of the drawing to zoom on (drawing coordinates; empty: the whole body).
    Display display;
    std::optional<Technique> highlight;
    bool zoomOnLumbar = false;
    bool zoomOnTargets = false;
    QString diagramDescription; // what the diagram shows, for screen readers
};

std::vector<LearnTopic> learnTopics(const ContentLibrary& content);

} // namespace rollwise
