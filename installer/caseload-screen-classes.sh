#!/usr/bin/env bash
# Remakes src/main/resources/nl/werkmap/app/caseload-screen-classes.txt: the classes Werkmap loads between the click
# on "Ontgrendelen" and the caseload list usable (the caseload screen's FXML, controller, table skin and cells, the
# list's read, the icons), that the installed app's class-data archives do not hold yet, in the order first needed.
# nl.werkmap.app.ClassDataTraining loads them by name, so the class-data archive train-class-data.sh makes holds them.
# Read from a class-load log of the real window (CaseloadScreenBench on the app-image's runtime and archives, Monocle
# headless, no display needed) unlocking a made-up demo caseload (never a coach's data), between the marks the
# bench loads at the click and when the list is usable. Classes the JVM makes itself (lambdas, proxies) cannot be
# named, and the bench's own and Monocle's are not the app's: all left out.
# Run after `mvn -B -q -o -Pinstaller -DskipTests -Dinstaller.types=app-image package` and
# `mvn -B -q -o -Pbench test-compile`, then rebuild; a stale list only makes the archive hold less.
# Environment: MVN_ARGS (e.g. -o), CANDIDATES (the demo caseload's size, default 2000).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
image="$root/target/installer/app-image/Werkmap"
out="$root/src/main/resources/nl/werkmap/app/caseload-screen-classes.txt"
[ -x "$image/lib/runtime/bin/java" ] || { echo "geen app-image in $image; bouw het eerst" >&2; exit 1; }
[ -d "$root/target/test-classes/nl/werkmap/bench" ] || { echo "geen benches; eerst mvn -Pbench test-compile" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -Pbench dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=test
log="$tmp/classes.log"
java -cp "target/classes:target/test-classes:$(cat "$tmp/cp.txt")" -Dbench.appImage="$image" -Dbench.cold=1 \
  -Dbench.warm=0 -Dbench.rounds=1 -Dbench.jvm="-Xlog:class+load:file=$log" \
  nl.werkmap.bench.caseload.CaseloadScreenBench "${CANDIDATES:-2000}" "$tmp/caseload" >"$tmp/bench.log" 2>&1 \
  || { cat "$tmp/bench.log" >&2; exit 1; }
grep -q 'ScreenRun\$ListUsableMark ' "$log" || { echo "geen eindmarkering in de klassenlog" >&2; exit 1; }
# Between the marks; loaded from the runtime's modules (jrt:), the app-image's own jars, or the app's archive made
# from an earlier list ("(top)", so a list remade on a trained app-image keeps them); not the runtime's archive.
awk '/ScreenRun\$UnlockClickMark / {on=1; next} /ScreenRun\$ListUsableMark / {exit}
     on && ($0 ~ /source: jrt:\// || $0 ~ /source: file:.*\/lib\/app\// || $0 ~ /source: shared objects file \(top\)/) {print $2}' "$log" \
  | grep -v -E '\$\$Lambda|LambdaForm|/0x|\$Proxy|__|Generated[A-Za-z]*Accessor' \
  | awk '!seen[$0]++' > "$tmp/classes"
{
  echo "# Made by installer/caseload-screen-classes.sh on $(date -u +%Y-%m-%d): the classes Werkmap loads from the"
  echo "# click on Ontgrendelen to the caseload list usable that its class-data archives did not hold, in the order"
  echo "# they are first needed. Loaded by nl.werkmap.app.ClassDataTraining, so the app's archive holds them."
  cat "$tmp/classes"
} > "$out"
echo "$(grep -vc '^#' "$out") klassen in $out"
