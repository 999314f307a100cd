// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/anatomy/snapshot.h"

#include "app/anatomy/anatomy_painter.h"
#include "app/anatomy/anatomy_view.h"
#include "core/content_library.h"
#include "core/routine.h"
#include "core/routine_reader.h"
#include "core/session_engine.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace rollwise {

namespace {
struct Snapshot {
    Q_DECLARE_TR_FUNCTIONS(Snapshot)
};
} // namespace

SnapshotResult renderSnapshot(const SnapshotRequest& request, const ContentLibrary& content, const BodyArt& art)
{
    const Technique* t = content.technique(request.techniqueId);
    if (!t) {
        QStringList ids;
        for (const Technique& b : content.techniques())
            ids << b.id;
        return {{}, Snapshot::tr("unknown technique \"%1\" (expected one of: %2)")
                        .arg(request.techniqueId, ids.join(QStringLiteral(", ")))};
    }
    Display display = Display::anatomy(t->views().empty() ? View::Posterior : t->views().front());
    if (request.view == u"pose") {
        display = Display::posed(t->pose);
    } else if (!request.view.isEmpty()) {
        const auto v = viewFromString(request.view);
        if (!v)
            return {{}, Snapshot::tr("unknown view \"%1\" (expected posterior, anterior, lateral or pose)").arg(request.view)};
        display = Display::anatomy(*v);
    }
    if (!request.size.isValid() || request.size.width() < 16 || request.size.height() < 16
        || request.size.width() > 8000 || request.size.height() > 8000)
        return {{}, Snapshot::tr("size %1x%2 is out of range (expected 16x16 to 8000x8000)")
                        .arg(request.size.width())
                        .arg(request.size.height())};
    if (!std::isfinite(request.atSeconds) || request.atSeconds < 0 || request.atSeconds > 24 * 3600)
        return {{}, Snapshot::tr("--at %1 is out of range (expected seconds from 0)").arg(request.atSeconds)};

    // The moment is computed by the real engine on a one-exercise routine, so a snapshot shows exactly what
    // a session shows.
    Routine routine = Routine::defaultRoutine(content);
    routine.exercises.erase(std::remove_if(routine.exercises.begin(), routine.exercises.end(),
                                           [&](const Exercise& e) { return e.techniqueId != t->id; }),
                            routine.exercises.end());
    if (request.side)
        routine.exercises.front().sides = *request.side == Side::Left ? SidesChoice::Left : SidesChoice::Right;
    const Diagnostics problems = RoutineReader(content).validate(routine, QStringLiteral("--side"));
    if (problems.hasErrors())
        return {{}, problems.items().front().message};

    ManualClock clock;
    SessionEngine engine(SessionPlan::build(routine, content), clock);
    engine.start();
    clock.set(Ms{qint64(std::llround(request.atSeconds * 1000))});
    engine.tick();

    AnatomyPainter painter(content, art);
    painter.setDisplay(display);
    if (!art.document(display))
        return {{}, Snapshot::tr("drawing %1 is missing").arg(display.fileName())};
    QImage image(request.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(request.size)), 1.0, frameFromEngine(engine, routine, content));
    p.end();
    return {image, {}};
}

} // namespace rollwise
