#!/usr/bin/env bash
# Training run for the app-image's own class-data sharing archive (AppCDS, JDK 17 dynamic archive): starts the
# app-image's launcher with -XX:ArchiveClassesAtExit, waits until its first window is on screen and the unlock
# warm-up has had a few seconds, then ends it; at exit the JVM writes every class it loaded from the app's jars
# (and the JDK/JavaFX classes the runtime's base archive lacks) into ARCHIVE. installer/Packager.java calls it after
# jpackage made the app-image and, if ARCHIVE exists afterwards, adds -XX:SharedArchiveFile=$APPDIR/... to the
# launcher's options.
#
# The archive holds the app-image's own jar paths: JDK 17 uses it only where it was made (the app-image in
# target/installer). Elsewhere (the .deb under /opt/werkmap) the JVM sets it aside and starts on the runtime's
# base archive, exactly as without it; -Xlog:cds*=off keeps that set-aside off the console.
#
# Usage: train-appcds.sh APP_IMAGE_DIR ARCHIVE.  Needs xdotool and a display (or xvfb-run).
set -euo pipefail
image="$1"
archive="$2"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "[installer] geen DISPLAY en geen xvfb-run: geen AppCDS-archief"; exit 0; }
  exec xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" "$@"
fi
command -v xdotool >/dev/null || { echo "[installer] xdotool ontbreekt: geen AppCDS-archief"; exit 0; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
rm -f "$archive"
JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home -XX:ArchiveClassesAtExit=$archive" \
  "$image/bin/Werkmap" --data "$tmp/data" >"$tmp/out" 2>&1 &
pid=$!
if timeout 120 xdotool search --sync --onlyvisible --name "Werkmap" >/dev/null; then
  sleep 5   # the unlock warm-up (crypto, SQLite, jOOQ) loads its classes too; they speed up the first unlock
fi
# SIGTERM ends the JVM through its normal exit, which writes the archive (a kill -9 would not).
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ -s "$archive" ]; then
  echo "[installer] AppCDS-archief: $archive ($(du -h "$archive" | cut -f1))"
else
  echo "[installer] AppCDS-training leverde geen archief op; het app-image start op het basisarchief"
  tail -5 "$tmp/out" || true
  rm -f "$archive"
fi
