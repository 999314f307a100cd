// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <gtest/gtest.h>

#ifdef ROLLWISE_TEST_SCREEN
// A suite that checks windows against the screen (ROLLWISE_TEST_SCREEN="1366x768") gets an offscreen screen of
// that size, through the offscreen platform's own configuration file, instead of its default 800×800.
static QString useScreen(const QByteArray& size)
{
    const QList<QByteArray> wh = size.split('x');
    const QString path = QDir::temp().filePath(QStringLiteral("rollwise-screen-%1-%2.json")
                                                   .arg(QString::fromLatin1(size))
                                                   .arg(QCoreApplication::applicationPid()));
    QFile f(path);
    if (wh.size() == 2 && f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("{\"screens\":[{\"name\":\"test\",\"x\":0,\"y\":0,\"width\":" + wh[0] + ",\"height\":" + wh[1]
                + ",\"logicalDpi\":96,\"logicalBaseDpi\":96,\"dpr\":1}]}");
        f.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
        return path;
    }
    return {};
}
#endif

int main(int argc, char** argv)
{
    // Set before QApplication exists: test discovery runs this binary without ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef ROLLWISE_TEST_SCREEN
    const QString screenFile = useScreen(QByteArrayLiteral(ROLLWISE_TEST_SCREEN));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
#ifdef ROLLWISE_TEST_SCREEN
    QFile::remove(screenFile); // the platform has read it
#endif
    return RUN_ALL_TESTS();
}
