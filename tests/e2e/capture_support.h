// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the recording end-to-end tests share: waiting on the event loop for a condition, and keeping a recording
// (16-bit mono PCM) as a WAV file to listen to.

#include <QByteArray>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTest>

#include <functional>

namespace rollwise::test {

// Spins the event loop (so Qt Multimedia's and the speech engine's signals arrive) until `done` or the timeout.
inline bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

inline void writeMonoWav(const QString& path, const QByteArray& pcm, int rate)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + pcm.size());
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(pcm.size());
    out.writeRawData(pcm.constData(), int(pcm.size()));
}

} // namespace rollwise::test
