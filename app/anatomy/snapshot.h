// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `rollwise --snapshot`: render a view or pose exactly as the session would show it at a given moment of a
// technique, without a display. Used by tests, documentation and printed sheets.

#include "core/body.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace rollwise {

class BodyArt;
class ContentLibrary;

struct SnapshotRequest {
    QString techniqueId = QStringLiteral("glutes");
    QString view;              // "posterior", "anterior", "lateral", "pose"; empty: the technique's main view
    std::optional<Side> side;  // only for per-side techniques
    QSize size{900, 1400};
    double atSeconds = 20.0;   // since the technique began (its get-ready countdown counts)
};

struct SnapshotResult {
    QImage image;
    QString error; // set instead of an image when the request makes no sense
};

SnapshotResult renderSnapshot(const SnapshotRequest& request, const ContentLibrary& content, const BodyArt& art);

} // namespace rollwise
