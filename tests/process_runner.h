// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a program (usually the real rollwise executable) as a separate process, without any display, the
// way scripts and CI use it. Shared by the CLI and sheet tests.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace rollwise::test {

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` adds or replaces variables ("NAME=value"), after the defaults below.
inline ProcessRun runProcess(const QString& program, const QStringList& args, const QStringList& environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless commands must need no display at all, and must not write logs into the user's home.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // English, whatever the developer's desktop language: expectations are written in English.
    for (const char* var : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(var));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/rollwise-test-data"));
    // Nor read the developer's settings (the clinic in Clinic Details is printed on exported sheets).
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/rollwise-test-config"));
    for (const QString& assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << program.toStdString();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

#ifdef ROLLWISE_EXE
inline ProcessRun runRollwise(const QStringList& args, const QStringList& environment = {})
{
    return runProcess(QStringLiteral(ROLLWISE_EXE), args, environment);
}
#endif

} // namespace rollwise::test
