#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a build tree and checks it as a user would get it:
#   check_package.sh BUILD_DIR WORK_DIR VERSION
# lintian reports no errors; the control fields and file list are complete; unpacked into a scratch root, its
# rollwise answers --version and writes a routine sheet; the man page documents every option of --help.
set -euo pipefail
build=$1 work=$2 version=$3
here="$(cd "$(dirname "$0")" && pwd)"
fail() { echo "check_package: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian pdfinfo; do
    command -v "$tool" >/dev/null || fail "'$tool' not found (apt-get install -y dpkg-dev lintian poppler-utils cmake)"
done

rm -rf "$work" && mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$work/rollwise_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb (cpack made: $(ls "$work"))"
echo "package: $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KB"

# Control fields: dependencies computed by dpkg-shlibdeps reach Qt, and the description is there.
dpkg-deb -f "$deb" Package Version Architecture Depends Section Maintainer Description >"$work/control"
grep -q "^Depends: .*libqt6widgets6" "$work/control" || fail "Depends does not name Qt 6 Widgets: $(cat "$work/control")"
grep -q "^Version: ${version}$" "$work/control" || fail "wrong version: $(cat "$work/control")"

# The files Debian and desktops expect, at their standard places.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/rollwise /usr/share/applications/io.github.rollwise.Rollwise.desktop \
    /usr/share/metainfo/io.github.rollwise.Rollwise.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.rollwise.Rollwise.svg /usr/share/man/man1/rollwise.1.gz \
    /usr/share/doc/rollwise/copyright /usr/share/doc/rollwise/changelog.gz; do
    grep -qx "$f" "$work/files" || fail "missing from the package: $f"
done

# lintian: errors fail the check; warnings are printed (docs/install.md says why each one stays).
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then fail "lintian reports errors"; fi

# Unpacked into a scratch root, the program runs from there (its libraries are the system's).
root="$work/root"
dpkg-deb -x "$deb" "$root"
out="$("$root/usr/bin/rollwise" --version)"
[ "$out" = "Rollwise ${version}" ] || fail "--version printed '$out'"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/rollwise" --export-pdf "$work/sheet.pdf"
pdfinfo "$work/sheet.pdf" | grep -Eq '^Pages: +[1-9]' || fail "the packaged rollwise wrote no sheet"

# The man page is written by hand: it must name every option --help lists.
help="$("$root/usr/bin/rollwise" --help)"
for opt in $(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u); do
    [ "$opt" = --help-all ] && continue
    man_opt="${opt//-/\\\\-}"
    grep -q -- "$man_opt" "$here/rollwise.1" || fail "the man page does not document $opt"
done
echo "package ok: lintian clean of errors, $(wc -l <"$work/files") entries, runs from the unpacked root"
