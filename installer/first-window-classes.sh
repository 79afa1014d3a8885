#!/usr/bin/env bash
# Remakes src/main/resources/nl/werkmap/app/first-window-classes.txt: the classes Werkmap loads before its first
# window is on screen, in the order it first needs them. FirstWindowPreparation loads and links them on a second
# thread while JavaFX starts its toolkit. Both first windows count: the welcome card (no caseload yet) and the unlock
# card (a small demo caseload). A start-up after the window (the unlock warm-up, marked by UnlockWarmup) is cut off.
# Classes the JVM makes itself (lambdas, proxies) cannot be named and are left out.
# Run after `mvn -B -q -o -DskipTests package`, then rebuild; a stale list only makes the head start smaller.
# Needs: xvfb, xdotool (apt-get install -y xvfb xdotool libgtk-3-0).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" "$@"
fi
jar="$root/target/werkmap.jar"
out="$root/src/main/resources/nl/werkmap/app/first-window-classes.txt"
mkdir -p "$(dirname "$out")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
printf 'oefenwachtwoord-1234\n' > "$tmp/pass"
java -Duser.home="$tmp/home" -jar "$jar" demo --data "$tmp/unlock" --candidates 20 --passphrase-file "$tmp/pass" >/dev/null
# The start is logged from a copy of the jar without the list: with it, the preparation thread would load every
# class of the old list and the log would name them again, so a class the window no longer needs never left it.
mkdir -p "$tmp/app"
ln -s "$(dirname "$jar")/lib" "$tmp/app/lib"
# Repacked with the JDK's own jar tool (no zip needed): unpacked, the list removed, packed with the same manifest.
mkdir -p "$tmp/unpacked"
(cd "$tmp/unpacked" && jar xf "$jar")
rm "$tmp/unpacked/nl/werkmap/app/first-window-classes.txt"
mv "$tmp/unpacked/META-INF/MANIFEST.MF" "$tmp/MANIFEST.MF"
jar --create --file "$tmp/app/werkmap.jar" --manifest "$tmp/MANIFEST.MF" -C "$tmp/unpacked" .
jar="$tmp/app/werkmap.jar"

# The classes of one start until the first window's warm-up begins (it starts after the first frame).
first_window() {
  local data="$1" log="$2" pid
  # The jar copy has no list (see above): the log shows the plain order of need.
  java -Duser.home="$tmp/home" -Xlog:class+load:file="$log" -jar "$jar" --data "$data" >/dev/null 2>&1 &
  pid=$!
  xdotool search --sync --onlyvisible --name "Werkmap" >/dev/null
  # The warm-up's first class marks the end of the first frame; wait until it is in the log (at most a minute).
  for _ in $(seq 600); do grep -q ' nl\.werkmap\.ui\.unlock\.UnlockWarmup ' "$log" && break; sleep 0.1; done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  # Classes from the JVM's own class-data archive are already cheap to load; only the rest is worth a head start.
  awk '/ nl\.werkmap\.ui\.unlock\.UnlockWarmup / {exit} !/shared objects file/ {print $2}' "$log" \
    | grep -v -E '\$\$Lambda|LambdaForm|/0x|\$Proxy|__|Generated[A-Za-z]*Accessor' \
    | grep -v -E '^nl\.werkmap\.app\.(FirstWindowPreparation|Launcher|DesktopStarter)\b'
}
{
  first_window "$tmp/welcome" "$tmp/welcome.log"
  first_window "$tmp/unlock" "$tmp/unlock.log"
} | awk '!seen[$0]++' > "$tmp/classes"
{
  echo "# Made by installer/first-window-classes.sh on $(date -u +%Y-%m-%d): the classes of Werkmap's first window,"
  echo "# in the order they are first needed. Loaded and linked ahead by nl.werkmap.app.FirstWindowPreparation."
  cat "$tmp/classes"
} > "$out"
echo "$(grep -vc '^#' "$out") klassen in $out"
