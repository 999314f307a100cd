// SPDX-License-Identifier: GPL-3.0-or-later
// Replays files through the fuzz target without libFuzzer, so every committed seed and every crash input
// is a regression test in the normal ctest suite (tests/fuzz/CMakeLists.txt).
//   fuzz_replay FILE_OR_DIR…   directories: every file in them but *.md, in name order
// A broken invariant aborts (__builtin_trap) right after the "replay: FILE" line that names the input.
// Seeds say what they are: a file named ok-* must load as a routine and one named err-* must not (with the
// errors that explain why); any other name (fuzzer finds, crash inputs) only has to keep the invariants.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern bool rollwiseFuzzLastInputLoaded;

int main(int argc, char** argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                if (!name.endsWith(QLatin1String(".md")))
                    files << dir.filePath(name);
        } else if (info.isFile()) {
            files << arg;
        } else {
            std::fprintf(stderr, "replay: %s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs (usage: %s FILE_OR_DIR…)\n", argv[0]);
        return 2;
    }
    int loaded = 0;
    int misnamed = 0;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
            return 2;
        }
        const QByteArray bytes = f.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        std::fflush(stderr);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
        loaded += rollwiseFuzzLastInputLoaded ? 1 : 0;
        const QString name = QFileInfo(path).fileName();
        if ((name.startsWith(QLatin1String("ok-")) && !rollwiseFuzzLastInputLoaded)
            || (name.startsWith(QLatin1String("err-")) && rollwiseFuzzLastInputLoaded)) {
            std::fprintf(stderr, "replay: %s: expected it %s as a routine\n", qPrintable(path),
                         rollwiseFuzzLastInputLoaded ? "not to load" : "to load");
            ++misnamed;
        }
    }
    std::printf("replay: %lld inputs (%d loaded as routines), every invariant held\n",
                static_cast<long long>(files.size()), loaded);
    if (misnamed)
        std::printf("replay: %d seeds did not load as their ok-/err- names say\n", misnamed);
    return misnamed ? 1 : 0;
}
