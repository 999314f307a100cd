// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <gtest/gtest.h>

TEST(Logging, WritesInfoAndAboveToARotatingFileInTheGivenFolder)
{
    QTemporaryDir dir;
    const QString path = rollwise::initLogging(dir.filePath(QStringLiteral("logs")));
    ASSERT_EQ(path, dir.filePath(QStringLiteral("logs/rollwise.log")));
    spdlog::debug("too chatty for the file");
    spdlog::info("session started");
    spdlog::warn("audio output missing");
    spdlog::default_logger()->flush();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("session started"));
    EXPECT_TRUE(text.contains("audio output missing"));
    EXPECT_FALSE(text.contains("too chatty"));
}

TEST(Logging, AnUnusableFolderStillLogsToStderr)
{
    const QString path = rollwise::initLogging(QStringLiteral("/proc/rollwise-cannot-be-created"));
    EXPECT_TRUE(path.isEmpty());
    ASSERT_NE(spdlog::default_logger(), nullptr);
    EXPECT_EQ(spdlog::default_logger()->sinks().size(), 1u);
}
