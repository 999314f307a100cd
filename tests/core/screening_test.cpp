// SPDX-License-Identifier: GPL-3.0-or-later
// The safety check's tiers and the start decision: every re-screen rule on hand-made histories, with the
// time and the time zone passed in.
#include "core/content_library.h"
#include "core/safety/screening.h"
#include "core/safety/start_decision.h"

#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}
const Screening& screening()
{
    return content().screening();
}

QDateTime utc(int y, int m, int d, int h = 7, int min = 30)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

ScreeningAnswers allNo()
{
    ScreeningAnswers a;
    for (const ScreeningSign& s : screening().signs())
        a[s.id] = false;
    return a;
}
ScreeningAnswers with(const QString& yesId)
{
    ScreeningAnswers a = allNo();
    a[yesId] = true;
    return a;
}
ScreeningRecord check(const QDateTime& t, const ScreeningAnswers& answers, bool confirmed = false,
                      std::optional<ClinicianClearance> clearance = {})
{
    return ScreeningRecord::check(t, assess(screening(), answers, confirmed, clearance, t.date()), answers, confirmed, clearance);
}
SessionRecord session(const QDateTime& start, SessionOutcome outcome)
{
    SessionRecord s;
    s.start = start;
    s.end = start.addSecs(600);
    s.routineTitle = QStringLiteral("Lower-back relief");
    s.outcome = outcome;
    if (outcome == SessionOutcome::SafetyStop)
        s.stopReason = SessionRecord::kStopButton;
    return s;
}
StartVerdict decide(const std::vector<ScreeningRecord>& checks, const std::vector<SessionRecord>& sessions,
                    const QDateTime& now, std::optional<ClinicianClearance> clearance = {})
{
    return decideStart(screening(), checks, sessions, now, kBerlin, clearance);
}
const ClinicianClearance kClearance{QStringLiteral("Dr. A. Meyer"), QDate(2025, 1, 2)};
} // namespace

TEST(Screening, ThreeTiersWithTheArticleAdviceWordForWordAndOurOwnMarkedAsOurs)
{
    EXPECT_EQ(screening().signs(ScreeningTier::Consult).size(), content().redFlags().size());
    EXPECT_EQ(screening().signs(ScreeningTier::Urgent).size(), 6u);
    EXPECT_EQ(screening().signs(ScreeningTier::ClinicianFirst).size(), 7u);
    const ScreeningAdvice& consult = screening().advice(ScreeningTier::Consult);
    EXPECT_EQ(consult.origin, TextOrigin::Article);
    QFile article(QStringLiteral("/work/shared/seed/000_154a8bfe43670579.txt"));
    const QString expected = QStringLiteral(
        "If you experience persistent or severe lower back pain, pain radiating down your leg (sciatica), numbness, "
        "tingling, or weakness, consult a doctor, physical therapist, or other qualified healthcare professional. They "
        "can accurately diagnose the cause of your pain and recommend an appropriate treatment plan.");
    EXPECT_EQ(consult.advice, expected);
    if (article.open(QIODevice::ReadOnly)) { // the seed is outside the repository; where it exists, check against it
        EXPECT_TRUE(QString::fromUtf8(article.readAll()).contains(expected));
    }
    for (ScreeningTier own : {ScreeningTier::Urgent, ScreeningTier::ClinicianFirst}) {
        EXPECT_EQ(screening().advice(own).origin, TextOrigin::Rollwise);
        EXPECT_FALSE(screening().advice(own).why.isEmpty());
    }
    EXPECT_EQ(screening().advice(ScreeningTier::Urgent).title, QStringLiteral("Seek medical care now"));
    EXPECT_EQ(screening().advice(ScreeningTier::ClinicianFirst).title, QStringLiteral("Ask your clinician first"));
    EXPECT_EQ(screening().repeatedStops().title, QStringLiteral("Talk to your clinician before rolling again"));
    EXPECT_EQ(screening().repeatedStops().origin, TextOrigin::Rollwise);
}

TEST(Screening, ProvenanceClaimingTheArticleForTheUrgentTierIsRefused)
{
    QFile f(QStringLiteral(":/rollwise/content.json"));
    QFile p(QStringLiteral(":/rollwise/provenance.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    QByteArray provenance = p.readAll();
    const QByteArray from = "\"screening.urgent.advice\": \"rollwise\"";
    ASSERT_TRUE(provenance.contains(from));
    provenance.replace(from, "\"screening.urgent.advice\": \"article\"");
    Diagnostics d;
    const auto tampered = Provenance::read(provenance, p.fileName(), d);
    ASSERT_TRUE(tampered) << d.toText().toStdString();
    EXPECT_FALSE(ContentLibrary::fromJson(f.readAll(), QStringLiteral("content.json"), d, &*tampered));
    EXPECT_TRUE(d.toText().contains(QStringLiteral("a tier has the wrong provenance"))) << d.toText().toStdString();
}

TEST(Screening, AssessOrdersTheTiersAndOnlyTheClearanceLiftsTheConditions)
{
    const QDate today(2025, 1, 6);
    EXPECT_FALSE(assess(screening(), {}, false, {}, today).complete);
    EXPECT_EQ(assess(screening(), allNo(), false, {}, today).verdict, CheckVerdict::Clear);
    EXPECT_EQ(assess(screening(), with(QStringLiteral("numbness")), false, {}, today).verdict, CheckVerdict::ConsultNotCleared);
    EXPECT_EQ(assess(screening(), with(QStringLiteral("numbness")), true, {}, today).verdict, CheckVerdict::ConsultCleared);
    EXPECT_EQ(assess(screening(), with(QStringLiteral("pregnancy")), false, {}, today).verdict, CheckVerdict::ClinicianFirst);
    EXPECT_EQ(assess(screening(), with(QStringLiteral("pregnancy")), false, kClearance, today).verdict,
              CheckVerdict::ClinicianCleared);
    // Neither confirmation nor clearance lifts an urgent sign.
    EXPECT_EQ(assess(screening(), with(QStringLiteral("saddle-numbness")), true, kClearance, today).verdict, CheckVerdict::Urgent);
    // The clearance does not lift the consult tier.
    ScreeningAnswers both = with(QStringLiteral("pregnancy"));
    both[QStringLiteral("weakness")] = true;
    EXPECT_EQ(assess(screening(), both, false, kClearance, today).verdict, CheckVerdict::ConsultNotCleared);
    // A clearance without a name, or dated in the future, is no clearance.
    EXPECT_EQ(assess(screening(), with(QStringLiteral("pregnancy")), false, ClinicianClearance{QStringLiteral(" "), today}, today).verdict,
              CheckVerdict::ClinicianFirst);
    EXPECT_EQ(assess(screening(), with(QStringLiteral("pregnancy")), false, ClinicianClearance{QStringLiteral("Dr. B"), today.addDays(1)}, today).verdict,
              CheckVerdict::ClinicianFirst);
}

TEST(StartDecision, TheFirstStartAsksTheCheckAndAClearOneStands)
{
    const QDateTime now = utc(2025, 1, 6);
    EXPECT_EQ(decide({}, {}, now).decision, StartDecision::AnswerCheck);
    EXPECT_EQ(decide({}, {}, now).reason, RecheckReason::FirstTime);
    const std::vector<ScreeningRecord> checks{check(now.addDays(-3), allNo())};
    EXPECT_EQ(decide(checks, {session(now.addDays(-2), SessionOutcome::Completed)}, now).decision, StartDecision::MayStart);
}

TEST(StartDecision, ASafetyStopMeansTheCheckIsAskedAgain)
{
    const QDateTime now = utc(2025, 1, 6);
    const std::vector<ScreeningRecord> checks{check(now.addSecs(-3600), allNo())};
    const std::vector<SessionRecord> stopped{session(now.addSecs(-1800), SessionOutcome::SafetyStop)};
    EXPECT_EQ(decide(checks, stopped, now).decision, StartDecision::AnswerCheck);
    EXPECT_EQ(decide(checks, stopped, now).reason, RecheckReason::AfterSafetyStop);
    // An ordinary stop is not a safety stop.
    EXPECT_EQ(decide(checks, {session(now.addSecs(-1800), SessionOutcome::Stopped)}, now).decision, StartDecision::MayStart);
    // Answered again after the stop: one stop in a week, so the session may start.
    std::vector<ScreeningRecord> again = checks;
    again.push_back(check(now.addSecs(-60), allNo()));
    EXPECT_EQ(decide(again, stopped, now).decision, StartDecision::MayStart);
}

TEST(StartDecision, MoreThanThirtyDaysAfterTheLastCheckItIsAskedAgain)
{
    const QDateTime now = utc(2025, 3, 1);
    EXPECT_EQ(decide({check(now.addDays(-30), allNo())}, {}, now).decision, StartDecision::MayStart);
    const StartVerdict v = decide({check(now.addDays(-30).addSecs(-1), allNo())}, {}, now);
    EXPECT_EQ(v.decision, StartDecision::AnswerCheck);
    EXPECT_EQ(v.reason, RecheckReason::Expired);
}

TEST(StartDecision, AnUrgentSignBlocksTheRestOfTheLocalDayAndTheNextDayAsksAgain)
{
    // 23:30 UTC on 5 January is 00:30 on 6 January in Berlin: the local day is what counts.
    const QDateTime answered = utc(2025, 1, 5, 23, 30);
    const std::vector<ScreeningRecord> checks{check(answered, with(QStringLiteral("bladder-bowel")))};
    EXPECT_EQ(decide(checks, {}, utc(2025, 1, 6, 22, 59)).decision, StartDecision::UrgentToday);
    // Answering all-no later the same day does not lift it.
    std::vector<ScreeningRecord> later = checks;
    later.push_back(check(utc(2025, 1, 6, 12, 0), allNo()));
    EXPECT_EQ(decide(later, {}, utc(2025, 1, 6, 12, 5), kClearance).decision, StartDecision::UrgentToday);
    // 23:00 UTC on 6 January is midnight in Berlin: a new day, and the check is asked again.
    const StartVerdict next = decide(checks, {}, utc(2025, 1, 6, 23, 0));
    EXPECT_EQ(next.decision, StartDecision::AnswerCheck);
    EXPECT_EQ(next.reason, RecheckReason::NotCleared);
}

TEST(StartDecision, AConfirmedConsultClearanceCoversOneSession)
{
    const QDateTime t = utc(2025, 1, 6);
    const std::vector<ScreeningRecord> checks{check(t, with(QStringLiteral("radiating-leg-pain")), true)};
    EXPECT_EQ(decide(checks, {}, t.addSecs(5)).decision, StartDecision::MayStart);
    const StartVerdict after = decide(checks, {session(t.addSecs(5), SessionOutcome::Completed)}, t.addSecs(3600));
    EXPECT_EQ(after.decision, StartDecision::AnswerCheck);
    EXPECT_EQ(after.reason, RecheckReason::ClearedOnce);
    // Not confirmed: no session at all.
    EXPECT_EQ(decide({check(t, with(QStringLiteral("tingling")))}, {}, t.addSecs(5)).reason, RecheckReason::NotCleared);
}

TEST(StartDecision, AClearanceLiftsTheConditionsOnlyWhileTheRoutineCarriesIt)
{
    const QDateTime t = utc(2025, 1, 6);
    const std::vector<ScreeningRecord> cleared{check(t, with(QStringLiteral("osteoporosis")), false, kClearance)};
    EXPECT_EQ(decide(cleared, {}, t.addSecs(5), kClearance).decision, StartDecision::MayStart);
    EXPECT_EQ(decide(cleared, {}, t.addSecs(5)).reason, RecheckReason::ClearanceGone);
    EXPECT_EQ(decide({check(t, with(QStringLiteral("osteoporosis")))}, {}, t.addSecs(5), kClearance).reason,
              RecheckReason::NotCleared);
}

TEST(StartDecision, TwoSafetyStopsWithinSevenDaysNeedAnAcknowledgementAtEveryStart)
{
    const QDateTime now = utc(2025, 1, 10);
    const std::vector<SessionRecord> stops{session(utc(2025, 1, 4), SessionOutcome::SafetyStop),
                                           session(utc(2025, 1, 8), SessionOutcome::SafetyStop)};
    std::vector<ScreeningRecord> checks{check(utc(2025, 1, 9), allNo())};
    StartVerdict v = decide(checks, stops, now);
    EXPECT_EQ(v.decision, StartDecision::AcknowledgeRepeatedStops);
    EXPECT_EQ(v.recentStops, 2);
    checks.push_back(ScreeningRecord::acknowledgement(now));
    EXPECT_EQ(decide(checks, stops, now.addSecs(1)).decision, StartDecision::MayStart);
    // The acknowledgement covered that start; the next one asks again.
    std::vector<SessionRecord> afterwards = stops;
    afterwards.push_back(session(now.addSecs(1), SessionOutcome::Completed));
    EXPECT_EQ(decide(checks, afterwards, now.addSecs(3600)).decision, StartDecision::AcknowledgeRepeatedStops);
    // Once the first stop is more than 7 days old, one stop is left in the window.
    EXPECT_EQ(decide(checks, afterwards, utc(2025, 1, 11, 8, 0)).decision, StartDecision::MayStart);
}

TEST(StartDecision, AYesInTheCheckCountsAsASafetyStop)
{
    const QDateTime now = utc(2025, 1, 10);
    const std::vector<SessionRecord> stops{session(utc(2025, 1, 7), SessionOutcome::SafetyStop)};
    const std::vector<ScreeningRecord> checks{check(utc(2025, 1, 9), with(QStringLiteral("numbness")), true)};
    EXPECT_EQ(decide(checks, stops, now).decision, StartDecision::AcknowledgeRepeatedStops);
    // A clinician-first condition is a standing state, not a warning sign: it does not count.
    const std::vector<ScreeningRecord> condition{check(utc(2025, 1, 9), with(QStringLiteral("pregnancy")), false, kClearance)};
    EXPECT_EQ(decide(condition, stops, now, kClearance).decision, StartDecision::MayStart);
}
