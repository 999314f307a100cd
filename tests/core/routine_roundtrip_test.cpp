// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content_library.h"
#include "core/routine_reader.h"
#include "core/routine_writer.h"
#include "unsafe_routine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <csignal>

using namespace rollwise;

namespace {
const ContentLibrary& content()
{
    return ContentLibrary::builtIn();
}

Routine richRoutine()
{
    Routine r = Routine::defaultRoutine(content());
    r.title = QStringLiteral("Post-op week 3 — José");
    r.patient = QStringLiteral("José Álvarez");
    r.clinician = QStringLiteral("Dr. Kim, PT");
    r.notes = QStringLiteral("Light pressure on the hip flexors.\nStop if it tingles.");
    r.created = QDate(2026, 11, 24);
    r.exercises[0].variant = QStringLiteral("figure-four");
    r.exercises[0].sides = SidesChoice::Left;
    r.exercises[1].holdSeconds = 20;
    r.exercises[2].rollSeconds.reset();
    r.exercises[2].passes = 6;
    r.exercises[4].notes = QStringLiteral("Top hand controls the pressure");
    Technique custom;
    custom.id = QStringLiteral("upper-glute");
    custom.name = QStringLiteral("Upper glute");
    custom.primaryTargets = QStringList{QStringLiteral("glutes")};
    custom.perSide = true;
    custom.steps = QStringList{QStringLiteral("Sit tall on the roller."), QStringLiteral("Roll 5 cm up and down.")};
    custom.custom = true;
    custom.paths.push_back({View::Posterior, Side::Right, {{11, 97}, {11.6, 92}}, 5.0, 0});
    custom.paths.push_back({View::Posterior, Side::Left, {{-11, 97}, {-11.6, 92}}, 5.0, 0});
    r.customTechniques.push_back(custom);
    Exercise e = defaultExercise(custom.id, content());
    e.rollSeconds = 30;
    r.exercises.push_back(e);
    return r;
}
} // namespace

TEST(RoutineRoundTrip, SaveThenLoadGivesTheSameRoutine)
{
    const Routine original = richRoutine();
    ASSERT_FALSE(RoutineReader(content()).validate(original, QStringLiteral("mem")).hasErrors());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    ASSERT_EQ(RoutineWriter::save(original, path), QString());

    const RoutineLoad l = RoutineReader(content()).readFile(path);
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    EXPECT_TRUE(l.diagnostics.empty()) << l.diagnostics.toText().toStdString();
    const Routine& back = *l.routine;
    EXPECT_EQ(back.title, original.title);
    EXPECT_EQ(back.patient, original.patient);
    EXPECT_EQ(back.clinician, original.clinician);
    EXPECT_EQ(back.notes, original.notes);
    EXPECT_EQ(back.created, original.created);
    ASSERT_EQ(back.exercises.size(), original.exercises.size());
    for (size_t i = 0; i < back.exercises.size(); ++i)
        EXPECT_TRUE(back.exercises[i] == original.exercises[i]) << i;
    ASSERT_EQ(back.customTechniques.size(), 1u);
    EXPECT_EQ(back.customTechniques[0].steps, original.customTechniques[0].steps);
    ASSERT_EQ(back.customTechniques[0].paths.size(), 2u);
    EXPECT_EQ(back.customTechniques[0].paths[0].points, original.customTechniques[0].paths[0].points);
    EXPECT_EQ(back.customTechniques[0].paths[1].points, original.customTechniques[0].paths[1].points);
    // Saving the loaded routine again yields the identical bytes.
    EXPECT_EQ(RoutineWriter::toBytes(back), RoutineWriter::toBytes(original));
}

TEST(RoutineRoundTrip, FailedSaveLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routine.json"));
    ASSERT_EQ(RoutineWriter::save(richRoutine(), path), QString());
    const QByteArray before = [&] {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    // Simulate a disk that fills up mid-write: cap this process's file size (applies to root too).
    struct rlimit old {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = 256;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const QString error = RoutineWriter::save(Routine::defaultRoutine(content()), path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": cannot be"))) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(RoutineRoundTrip, SavingToAMissingFolderReportsThePath)
{
    const QString error = RoutineWriter::save(Routine::defaultRoutine(content()), QStringLiteral("/nonexistent-dir/r.json"));
    EXPECT_TRUE(error.startsWith(QStringLiteral("/nonexistent-dir/r.json: cannot be"))) << error.toStdString();
}

TEST(RoutineRoundTrip, AWrittenFileAlwaysFitsTheReadersSizeCap)
{
    // A long custom path indents to several times its compact size; the writer then writes compact JSON.
    Routine r = Routine::defaultRoutine(content());
    Technique t;
    t.id = QStringLiteral("long-path");
    t.name = QStringLiteral("Long path");
    t.primaryTargets = QStringList{QStringLiteral("hamstrings")};
    t.perSide = false;
    t.steps = QStringList(20, QString(1000, QLatin1Char('x')));
    t.custom = true;
    std::vector<Point> points;
    for (int i = 0; i < 64; ++i)
        points.push_back({9.0 + (i % 2) * 0.123456789, 79.0 - i * 0.25});
    for (int p = 0; p < 6; ++p)
        t.paths.push_back({View::Posterior, Side::Centre, points, 4.0, p});
    for (int k = 0; k < 20; ++k) {
        Technique copy = t;
        copy.id = QStringLiteral("long-path-%1").arg(k);
        r.customTechniques.push_back(copy);
    }
    const QByteArray bytes = RoutineWriter::toBytes(r);
    EXPECT_LE(bytes.size(), RoutineLimits::kMaxFileBytes);
    EXPECT_TRUE(RoutineReader(content()).readBytes(bytes, QStringLiteral("big.json")).routine.has_value());
}

TEST(RoutineRoundTrip, TheDocumentedExampleFileIsValid)
{
    const RoutineLoad l = RoutineReader(content()).readFile(QStringLiteral(ROLLWISE_SOURCE_DIR "/docs/examples/clinician-routine.json"));
    ASSERT_TRUE(l.routine) << l.diagnostics.toText().toStdString();
    EXPECT_TRUE(l.diagnostics.empty()) << l.diagnostics.toText().toStdString();
    EXPECT_FALSE(l.routine->customTechniques.empty());
}

TEST(RoutineRoundTrip, AnUnsafeRoutineIsNeverWritten)
{
    Routine r = test::routineRollingTheLumbarSpine(content());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unsafe.json"));
    const QString error = RoutineWriter::save(r, path);
    EXPECT_TRUE(error.contains(QStringLiteral("not saved, the routine is unsafe"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Lumbar spine"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}
