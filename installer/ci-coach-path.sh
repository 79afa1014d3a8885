#!/usr/bin/env bash
# CI: a coach's real path on the packaged app (target/installer/app-image), not on `java -jar`:
#   GUI (the TestFX flows tagged `packaged`, headless Monocle, run by the app-image's own Java runtime on the
#   app-image's own jars): first start makes a real (not demo) caseload, a candidate is registered, a session
#   logged, the app locked and unlocked; then a new JVM starts, unlocks and finds both again.
#   CLI (the app-image's launcher bin/Werkmap): a summary of that caseload in xlsx, csv and pdf; a hub on loopback
#   with a self-signed certificate; an enrolment code; this caseload enrolled, synced, and a .werkmapbundle written.
# Every step checks its result; any failure ends the script non-zero, so a broken package fails CI.
#
# Needs: the app-image (installer/ci-smoke.sh or `mvn -Pinstaller -DskipTests package` builds it; -DskipTests
# still compiles the test classes), Maven for the test class path and the JUnit console launcher.
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
log() { echo "[coach-path] $*"; }
die() { echo "[coach-path] FOUT: $*" >&2; exit 1; }

# Pinned: the JUnit Platform release that belongs to junit.version 5.14.1 in pom.xml.
console_version=1.14.1

image="$root/target/installer/app-image/Werkmap"
app="$image/bin/Werkmap"
java="$image/lib/runtime/bin/java"
[ -x "$app" ] && [ -x "$java" ] || die "geen app-image in $image; bouw het eerst (installer/ci-smoke.sh)"
[ -d target/test-classes/nl/werkmap/packaged ] || die "target/test-classes mist de packaged flows; bouw zonder -Dmaven.test.skip"

tmp="$(mktemp -d)"
hub_pid=""
cleanup() {
  if [ -n "$hub_pid" ] && kill -0 "$hub_pid" 2>/dev/null; then
    kill "$hub_pid" 2>/dev/null || true
    wait "$hub_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
data="$tmp/caseload"
printf 'Werkdag-%s-aan-de-dijk\n' "$RANDOM$RANDOM" > "$tmp/passphrase"
chmod 600 "$tmp/passphrase"

# --- GUI: the packaged flows on the packaged runtime -------------------------------------------------------------
tools="$root/target/packaged-test"
mkdir -p "$tools"
console="$tools/junit-platform-console-standalone-$console_version.jar"
if [ ! -s "$console" ]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:$console_version" \
    -DoutputDirectory="$tools" >/dev/null || die "kon junit-platform-console-standalone $console_version niet ophalen"
fi
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$tools/test.classpath" \
  >/dev/null || die "kon het test-classpath niet bepalen"

# The app's classes and libraries come from the app-image, JavaFX from its runtime. From the test class path only
# what tests add: minus JavaFX (in the runtime), minus what the app-image has, minus JUnit (in the console jar).
cp="$image/lib/app/werkmap.jar"
for jar in "$image"/lib/app/lib/*.jar; do cp="$cp:$jar"; done
cp="$cp:$root/target/test-classes"
while IFS= read -r jar || [ -n "$jar" ]; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*|junit-*|opentest4j-*|apiguardian-*|jqwik-*|archunit-*) continue ;;
  esac
  [ -e "$image/lib/app/lib/$name" ] && continue
  cp="$cp:$jar"
done < <(tr ':' '\n' < "$tools/test.classpath")
cp="$cp:$console"

# From here on a fresh home, as for a new user (after Maven, which needs the builder's ~/.m2). Java takes user.home
# from the password database, not from $HOME, hence the property as well.
export HOME="$tmp/home"; mkdir -p "$HOME"
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"

# The app's own JVM options (as its launcher passes them), then Monocle's headless settings of the surefire run;
# Monocle sits on the class path and needs the glass internals of the runtime's javafx.graphics module, and TestFX
# hands the app its --data parameter through javafx.graphics' ParametersImpl.
mapfile -t jvm < <(grep -v '^\s*\(#\|$\)' installer/runtime/java-options.args)
jvm+=(-Xmx1g -Duser.language=nl -Duser.country=NL
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless
  -Dprism.order=sw -Djava.awt.headless=true -Dheadless.geometry=1366x768-32
  --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED
  --add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED
  --add-opens=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED
  "-Dwerkmap.packaged.data=$data" "-Dwerkmap.packaged.passphrase-file=$tmp/passphrase")

flow() {
  log "GUI: $1 op de runtime van het app-image"
  "$java" "${jvm[@]}" -cp "$cp" org.junit.platform.console.ConsoleLauncher execute --disable-banner \
    --disable-ansi-colors --details=tree --fail-if-no-tests --select-class "nl.werkmap.packaged.$1" \
    > "$tmp/$1.log" 2>&1 || { cat "$tmp/$1.log"; die "de flow $1 faalde op de verpakte app"; }
  grep -qE '\[ *[1-9][0-9]* tests successful' "$tmp/$1.log" || { cat "$tmp/$1.log"; die "$1: geen geslaagde tests gemeld"; }
}
flow PackagedFirstStartTest
[ -s "$data/werkmap.db" ] && [ -s "$data/keyring.json" ] || die "de eerste start maakte geen caseload in $data"
flow PackagedRestartTest
log "OK GUI: eerste start, kandidaat, sessie, vergrendelen, herstart en ontgrendelen"

# --- CLI: the packaged launcher on that caseload -----------------------------------------------------------------
run() { # run NAME COMMAND...: runs the packaged launcher, shows its output when it fails
  local name="$1"; shift
  "$app" "$@" > "$tmp/$name.log" 2>&1 || { cat "$tmp/$name.log"; die "'Werkmap $*' faalde (zie hierboven)"; }
}

for format in xlsx csv pdf; do
  run "export-$format" export --data "$data" --period "$(date +%Y)" --scope all --format "$format" \
    --out "$tmp/overzicht.$format" --passphrase-file "$tmp/passphrase"
  [ -s "$tmp/overzicht.$format" ] || die "export $format schreef geen bestand"
done
head -c 2 "$tmp/overzicht.xlsx" | grep -q "PK" || die "de xlsx is geen zip-bestand"
head -c 5 "$tmp/overzicht.pdf" | grep -q "%PDF-" || die "de pdf begint niet met %PDF-"
log "OK export van de echte caseload: xlsx, csv en pdf"

# A hub on loopback with a self-signed certificate, as a municipality tries it out.
hub="$tmp/hub"
printf 'Hub-proef-%s-gemeente\n' "$RANDOM$RANDOM" > "$tmp/hub-passphrase"
printf 'keystore-%s\n' "$RANDOM$RANDOM" > "$tmp/keystore-password"
chmod 600 "$tmp/hub-passphrase" "$tmp/keystore-password"
run hub-cert hub cert --out "$tmp/hub.p12" --password-file "$tmp/keystore-password"
[ -s "$tmp/hub.p12.crt" ] || die "hub cert schreef geen $tmp/hub.p12.crt"
port=$((20000 + RANDOM % 20000))
"$app" hub serve --data "$hub" --municipality Proefstad --port "$port" --passphrase-file "$tmp/hub-passphrase" \
  --keystore "$tmp/hub.p12" --keystore-password-file "$tmp/keystore-password" > "$tmp/hub-serve.log" 2>&1 &
hub_pid=$!
for _ in $(seq 1 120); do
  grep -q "luistert op" "$tmp/hub-serve.log" && break
  kill -0 "$hub_pid" 2>/dev/null || { cat "$tmp/hub-serve.log"; die "de hub stopte bij het starten"; }
  sleep 0.5
done
grep -q "luistert op" "$tmp/hub-serve.log" || { cat "$tmp/hub-serve.log"; die "de hub luisterde niet binnen 60 s"; }
log "OK hub: $(grep "luistert op" "$tmp/hub-serve.log")"

run enroll-code hub enroll-code --data "$hub" --municipality Proefstad --name "Fatima Yilmaz" --role jobcoach \
  --team "Team Noord" --passphrase-file "$tmp/hub-passphrase"
code="$(sed -n 's/^Aanmeldcode[^:]*: *//p' "$tmp/enroll-code.log" | tr -d '[:space:]')"
[ -n "$code" ] || { cat "$tmp/enroll-code.log"; die "hub enroll-code gaf geen aanmeldcode"; }

run enroll enroll --data "$data" --hub "https://127.0.0.1:$port" --code "$code" --trust-cert "$tmp/hub.p12.crt" \
  --name ci-laptop --passphrase-file "$tmp/passphrase"
grep -q "^Aangemeld bij Proefstad" "$tmp/enroll.log" || { cat "$tmp/enroll.log"; die "enroll meldde geen aanmelding"; }
log "OK enroll: $(grep "^Aangemeld" "$tmp/enroll.log")"

# The bundle first: after a sync the hub has acknowledged everything and there would be nothing left to write.
run sync-export sync --data "$data" --export "$tmp/laptop.werkmapbundle" --passphrase-file "$tmp/passphrase"
[ -s "$tmp/laptop.werkmapbundle" ] || { cat "$tmp/sync-export.log"; die "sync --export schreef geen bundel"; }
log "OK sync --export: $(grep -oE '[0-9]+ bundels?' "$tmp/sync-export.log"), $(wc -c < "$tmp/laptop.werkmapbundle") bytes"

run sync sync --data "$data" --passphrase-file "$tmp/passphrase"
grep -qE "^Verstuurd: [1-9][0-9]* bundel" "$tmp/sync.log" || { cat "$tmp/sync.log"; die "sync verstuurde niets"; }
log "OK sync: $(grep "^Verstuurd" "$tmp/sync.log")"

# What IT does with a bundle that came by mail or USB stick; the hub already has it, and a second import is harmless.
run hub-import hub import "$tmp/laptop.werkmapbundle" --data "$hub" --municipality Proefstad \
  --passphrase-file "$tmp/hub-passphrase"
log "OK hub import van de bundel"

run counts hub counts --data "$hub" --municipality Proefstad
grep -v "^Picked up" "$tmp/counts.log"
count_of() { awk -v e="$1" '$1 == e {print $2}' "$tmp/counts.log"; }
[ "$(count_of candidate)" = 1 ] || die "de hub telt niet precies de ene kandidaat van deze laptop"
[ "$(count_of coaching_session)" = 1 ] || die "de hub telt niet precies de ene sessie van deze laptop"
log "OK hub counts: de kandidaat en de sessie van de eerste start staan op de hub"
log "klaar"
