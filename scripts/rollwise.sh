#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/rollwise.sh run  [rollwise args…]  install what is missing, build, start the app
#   scripts/rollwise.sh test                  install what is missing, build, run every test with ctest
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
    run | test) shift ;;
    *)
        echo "usage: $0 run [rollwise arguments…] | test" >&2
        exit 2
        ;;
esac

# Build and run-time needs, all from Debian 12's own archive.
packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core xvfb xauth poppler-utils sox
)
# Only the tests need a PulseAudio server (a private one, with a null sink, started and stopped by the tests);
# a desktop running PipeWire should not get the daemon just to run the app.
if [ "$mode" = test ]; then
    packages+=(pulseaudio pulseaudio-utils)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "rollwise: installing missing packages: ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "rollwise: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROLLWISE_WERROR=ON
cmake --build build --parallel "$jobs"

if [ "$mode" = run ]; then
    exec build/app/rollwise "$@"
fi
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs"
