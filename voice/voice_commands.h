// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The spoken commands a hands-free session understands, read from one data file
// (resources/voice/commands.json). Loading never throws: a hostile or mistyped file yields diagnostics
// with the field path, and no command set.

#include "core/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rollwise {

struct VoicePhrase {
    QString text;     // lowercase English words, 1-4 of them
    double threshold; // keyword-spotting threshold (smaller = harder to trigger)
};

struct VoiceCommand {
    QString id; // one of VoiceCommandSet::knownIds()
    std::vector<VoicePhrase> phrases;
};

struct VoiceCommandLoad;

class VoiceCommandSet {
    Q_DECLARE_TR_FUNCTIONS(VoiceCommandSet)

public:
    static constexpr qsizetype kMaxFileBytes = 64 * 1024;
    static constexpr int kMaxPhrasesPerCommand = 16;
    static constexpr int kMaxWordsPerPhrase = 4;
    static constexpr int kMaxPhraseLength = 60;
    static constexpr double kMinThreshold = 1e-50;
    static constexpr double kMaxThreshold = 1e-1;

    // The ids the session understands, in the order the file lists them.
    static const QStringList& knownIds();

    static VoiceCommandLoad readBytes(const QByteArray& bytes, const QString& fileName);
    static VoiceCommandLoad readFile(const QString& path);
    // The set compiled into the program (":/rollwise/voice/commands.json").
    static VoiceCommandLoad builtIn();

    const std::vector<VoiceCommand>& commands() const { return m_commands; }
    const VoiceCommand* command(const QString& id) const;
    // The command a phrase belongs to; empty when no command has it.
    QString commandFor(const QString& phrase) const;
    // Every phrase of every command, in file order.
    std::vector<VoicePhrase> allPhrases() const;
    // Every phrase gets this threshold: for measuring sweeps, never for shipping.
    void setAllThresholds(double threshold);

private:
    std::vector<VoiceCommand> m_commands;
};

struct VoiceCommandLoad {
    std::optional<VoiceCommandSet> commands; // set only when there are no errors
    Diagnostics diagnostics;
};

} // namespace rollwise
