// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace rollwise {

QString initLogging(const QString& logDirectory)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    console->set_pattern("rollwise: %l: %v");
    std::vector<spdlog::sink_ptr> sinks{console};

    QString logPath;
    std::string fileProblem;
    if (!logDirectory.isEmpty() && QDir().mkpath(logDirectory)) {
        logPath = QDir(logDirectory).filePath(QStringLiteral("rollwise.log"));
        try {
            // spdlog reports file problems by exception; a read-only home must not stop the program.
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logPath.toStdString(), 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            fileProblem = e.what();
            logPath.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("rollwise", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty())
        logger->warn("cannot open the log file: {}", fileProblem);
    return logPath;
}

} // namespace rollwise
