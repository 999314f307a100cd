// SPDX-License-Identifier: GPL-3.0-or-later
// --snapshot OUT.png [--technique ID] [--view …] [--side …] [--size WxH] [--at SECONDS]: a body view or pose
// exactly as a session shows it, written atomically.
#include "app/cli/commands.h"

#include "app/anatomy/body_art.h"
#include "app/anatomy/snapshot.h"
#include "core/atomic_file.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace rollwise {

namespace {

int writeSnapshot(const QString& out, const SnapshotRequest& request, const ContentLibrary& content)
{
    const BodyArt art;
    const SnapshotResult result = renderSnapshot(request, content, art);
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("rollwise: --snapshot: ") + result.error);
        return ExitInvalid;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    result.image.save(&buffer, "PNG");
    const QString error = writeFileAtomically(out, png);
    if (!error.isEmpty()) {
        print(stderr, error);
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace

int runSnapshot(const CommandInput& in)
{
    const QCommandLineParser& parser = in.parser;
    const CliOptions& o = in.options;
    SnapshotRequest request;
    request.techniqueId = parser.value(o.technique);
    request.view = parser.value(o.view);
    if (parser.isSet(o.side)) {
        const auto s = sideFromString(parser.value(o.side));
        if (!s || *s == Side::Centre) {
            print(stderr, Cli::tr("rollwise: --side %1: expected left or right").arg(parser.value(o.side)));
            return ExitUsage;
        }
        request.side = s;
    }
    const QStringList wh = parser.value(o.size).split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    if (wh.size() == 2)
        request.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
    if (!okW || !okH) {
        print(stderr, Cli::tr("rollwise: --size %1: expected WIDTHxHEIGHT in pixels, e.g. 900x1400").arg(parser.value(o.size)));
        return ExitUsage;
    }
    bool okAt = false;
    request.atSeconds = parser.value(o.at).toDouble(&okAt);
    if (!okAt) {
        print(stderr, Cli::tr("rollwise: --at %1: expected a number of seconds").arg(parser.value(o.at)));
        return ExitUsage;
    }
    return writeSnapshot(parser.value(o.snapshot), request, in.content);
}

} // namespace rollwise
