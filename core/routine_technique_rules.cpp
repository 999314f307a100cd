// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_technique_rules.h"

#include <QRegularExpression>
#include <QStringList>

namespace rollwise {

namespace {
constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Ids and names spell words with hyphens and underscores ("low-back", "lumbar_roll").
QString words(const QString& text)
{
    QString out = text.toLower();
    out.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return out.simplified();
}

// "Kreuz" is the lower back in German, but "Kreuzbein" (sacrum) and "überkreuzen" (cross) are not.
const QRegularExpression& lumbarTerm()
{
    static const QRegularExpression re(
        QStringLiteral("\\blow(?:er)?\\s*backs?\\b|\\blumba[lr]\\w*|\\blumbo\\w*|\\blumborum\\b|\\bquadratus\\b|"
                       "\\bql\\b|\\bsmall of (?:the|your|my) back\\b|\\blower spine\\b|\\bloins?\\b|"
                       "\\blenden?\\w*|\\blws\\b|\\bunter(?:e[nmrs]?)?\\s+rücken\\w*|"
                       "\\bkreuz(?:gegend|bereich|schmerz\\w*)?\\b"),
        kOptions);
    return re;
}

// Words of doing something with the roller or the body on it.
const QRegularExpression& action()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:roll\\w*|place\\w*|position\\w*|put\\w*|rest\\w*|lie|lying|lay\\w*|move\\w*|massag\\w*|"
                       "press\\w*|work\\w*|glide\\w*|slide\\w*|sweep\\w*|set|"
                       "leg\\w*|platzier\\w*|positionier\\w*|beweg\\w*|massier\\w*|drück\\w*|lieg\\w*|schieb\\w*)\\b"),
        kOptions);
    return re;
}

// Words that turn a mention into a warning or a boundary when they come before it.
const QRegularExpression& boundary()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:not|never|no|avoid\\w*|don't|dont|stop\\w*|without|off|away|above|clear|except|around|"
                       "near|beside|before|"
                       "nicht|nie|niemals|kein\\w*|vermeid\\w*|bevor|ohne|aufhören|oberhalb|abseits|außer|neben|rund)\\b"),
        kOptions);
    return re;
}
} // namespace

bool namesLowerBack(const QString& text)
{
    return lumbarTerm().match(words(text)).hasMatch();
}

std::optional<QString> sentenceRollingLowerBack(const QString& text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?;:])\\s+|\\n"));
    for (const QString& sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
        const QString w = words(sentence);
        const QRegularExpressionMatch term = lumbarTerm().match(w);
        if (!term.hasMatch() || !action().match(w).hasMatch())
            continue;
        if (boundary().match(w.left(term.capturedStart())).hasMatch())
            continue;
        return sentence.trimmed();
    }
    return std::nullopt;
}

} // namespace rollwise
