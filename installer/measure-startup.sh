#!/usr/bin/env bash
# Measures start-up of the packaged app (target/installer/app-image) against `java -jar target/werkmap.jar`:
#   - `--version` (JVM start + launcher, no JavaFX), and
#   - time from launch to the first visible window (under Xvfb; the X server's map event, read as it comes),
# each as wall time and as CPU time (user+system of all JVM threads, robust against a busy machine).
# Each variant runs RUNS times (default 7), interleaved with the others; the minimum and the median are printed.
# Variants of the packaged app:
#   cds-javafx  the shipped runtime: CDS archive with the JDK and JavaFX classes of a start-up (installer default)
#   cds-jdk     the archive jlink makes by default (JDK classes only)
#   no-cds      -Xshare:off
#   installed   the app the .deb installed (/opt/werkmap/bin/Werkmap, or INSTALLED_APP=...), with the class-data
#               archive its postinst trained; run when it exists
# and the floor they are compared with:
#   bare        a bare JavaFX 21 window of the same size (src/bench/java/nl/werkmap/bench/startup/BareWindow.java)
#               on the JavaFX jars of target/lib, same JVM, same Xvfb; the ratio to it is printed per variant
# Before/after in the same run: BEFORE_JAR=/path/werkmap.jar and BEFORE_APP=/path/Werkmap/bin/Werkmap add the
# variants before-jar and before-app (a copy of the jar or app-image made before a change); ALT_APP=/path/bin/Werkmap
# adds the variant alt-app (another app-image copy, e.g. one trained differently); VARIANTS="java-jar bare"
# picks the variants to run (default: all that exist). THREADS=1 adds each variant's CPU per thread group (JIT
# compilers, FX thread, renderer, ended threads) at the first window.
# Needs: mvn -Pinstaller package done first; xvfb, xdotool, xev (apt-get install -y xvfb xdotool x11-utils
# libgtk-3-0).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
runs="${RUNS:-7}"
app="$root/target/installer/app-image/Werkmap/bin/Werkmap"
installed="${INSTALLED_APP:-/opt/werkmap/bin/Werkmap}"
jar="$root/target/werkmap.jar"
default_jsa="$root/target/installer/cds-jdk-default.jsa"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JAVA_TOOL_OPTIONS_BASE="-Duser.home=$tmp/home"
mkdir -p "$tmp/home"
# The floor: a bare JavaFX window, compiled here against the very JavaFX jars the jar runs with.
javafx_cp="$(ls "$root"/target/lib/javafx-*.jar | tr '\n' ':')"
mkdir -p "$tmp/bare"
javac -nowarn -cp "$javafx_cp" -d "$tmp/bare" "$root/src/bench/java/nl/werkmap/bench/startup/BareWindow.java"

# Milliseconds from bash's own clock: no process is started to read it, so nothing is added to what is timed.
now_ms() { local t="${EPOCHREALTIME/[.,]/}"; echo $(( t / 1000 )); }
# "min/median": on a busy machine the minimum is the better estimate of what the start-up itself costs.
stats() { sort -n | awk '{a[NR]=$1} END {print a[1] "/" a[int((NR+1)/2)]}'; }

variant_opts() {
  case "$1" in
    cds-javafx|java-jar|bare|before-jar|before-app|installed|alt-app) echo "" ;;
    cds-jdk) echo "-XX:SharedArchiveFile=$default_jsa" ;;
    no-cds) echo "-Xshare:off" ;;
  esac
}

command_for() {
  case "$1" in
    java-jar) echo "java -jar $jar" ;;
    before-jar) echo "java -jar $BEFORE_JAR" ;;
    before-app) echo "$BEFORE_APP" ;;
    alt-app) echo "$ALT_APP" ;;
    installed) echo "$installed" ;;
    bare) echo "java -cp $javafx_cp:$tmp/bare nl.werkmap.bench.startup.BareWindow" ;;
    *) echo "$app" ;;
  esac
}

version_ms() {
  local variant="$1" start end
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS_BASE $(variant_opts "$variant")" $(command_for "$variant") --version >/dev/null 2>&1
  end=$(now_ms)
  echo $((end - start))
}

# CPU time (user+system, all threads) of `--version`: unlike wall time it hardly changes when other work shares
# the machine, so it still compares the variants on a busy build server.
version_cpu_ms() {
  local variant="$1" TIMEFORMAT='%3U %3S' t
  t=$( { time JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS_BASE $(variant_opts "$variant")" \
        $(command_for "$variant") --version >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%d\n", ($1 + $2) * 1000}' <<<"$t"
}

# Prints "WALL CPU" in ms at the moment the first window is visible; CPU is read from /proc (all threads).
# The moment is taken from the X server's MapNotify for the app's first named top-level window, read as it arrives
# (xev listens on the root window), so it has millisecond resolution; `xdotool search --sync` polls only every
# half second, which quantized every figure. Without xev it falls back to asking xdotool every 10 ms.
window_ms() {
  local variant="$1" n="$2" start end pid ticks events line window name
  if command -v xev >/dev/null; then
    events="$tmp/xev-$variant-$n"
    mkfifo "$events"
    stdbuf -oL xev -root -event substructure >"$events" 2>/dev/null &
    local xev_pid=$!
    exec 3<"$events"
    sleep 0.2   # xev listening before the clock starts; outside the timed span
    start=$(now_ms)
    JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS_BASE $(variant_opts "$variant")" \
      $(command_for "$variant") --data "$tmp/data-$variant-$n" >/dev/null 2>&1 &
    pid=$!
    end=""
    while IFS= read -r -t 60 line <&3; do
      [[ "$line" == MapNotify* ]] || continue
      end=$(now_ms)
      IFS= read -r -t 5 line <&3 || break
      [[ "$line" == *"override NO"* ]] || { end=""; continue; }
      window=$(sed -E 's/.*window (0x[0-9a-f]+),.*/\1/' <<<"$line")
      name=$(xdotool getwindowname "$window" 2>/dev/null || true)
      [ -n "$name" ] && break
      end=""
    done
    exec 3<&-
    kill "$xev_pid" 2>/dev/null || true
    wait "$xev_pid" 2>/dev/null || true
    rm -f "$events"
  else
    start=$(now_ms)
    JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS_BASE $(variant_opts "$variant")" \
      $(command_for "$variant") --data "$tmp/data-$variant-$n" >/dev/null 2>&1 &
    pid=$!
    end=""
    for _ in $(seq 6000); do
      if xdotool search --onlyvisible --name ".+" >/dev/null 2>&1; then end=$(now_ms); break; fi
      sleep 0.01
    done
  fi
  if [ -n "$end" ]; then
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    echo "$((end - start)) $((ticks * 1000 / $(getconf CLK_TCK)))"
    if [ "${THREADS:-}" = 1 ]; then thread_cpu "$variant" "$pid" "$ticks"; fi
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# THREADS=1: the CPU time of each JVM thread at the first window, grouped (JIT compilers, FX thread, renderer, GC,
# threads that already ended such as Werkmap's preparation thread), one line per run; the medians are printed at the
# end. Shows where the CPU beyond the bare window goes.
thread_cpu() {
  local variant="$1" pid="$2" ticks="$3" hz
  hz=$(getconf CLK_TCK)
  for task in /proc/"$pid"/task/*; do
    printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed -E 's/^.*\) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}')"
  done | awk -F'\t' -v total="$ticks" -v hz="$hz" '
    { name = $1; t = $2 + 0; sum += t
      if (name ~ /^C2 /) g = "c2"; else if (name ~ /^C1 /) g = "c1"; else if (name ~ /^JavaFX Applic/) g = "fx"
      else if (name ~ /^QuantumRend/) g = "renderer"; else if (name ~ /^JavaFX-Launch/) g = "launcher"
      else if (name ~ /^GC /) g = "gc"; else if (name == "java" || name == "Werkmap") g = "main"; else g = "other"
      cpu[g] += t }
    END { cpu["ended"] = total - sum
          n = split("c2 c1 fx renderer launcher main gc other ended", order, " ")
          for (i = 1; i <= n; i++) printf "%s=%d ", order[i], cpu[order[i]] * 1000 / hz; print "" }' \
    >> "$tmp/threads-$variant"
}

variants=(cds-javafx cds-jdk no-cds java-jar bare)
[ -f "$default_jsa" ] || variants=(cds-javafx no-cds java-jar bare)
# -Djar.only=true (JAR_ONLY=1): only java -jar against the bare window, without an app-image.
if [ "${JAR_ONLY:-}" = 1 ] || [ ! -x "$app" ]; then variants=(java-jar bare); fi
if [ "${JAR_ONLY:-}" != 1 ] && [ -x "$installed" ]; then variants=(installed "${variants[@]}"); fi
if [ -n "${VARIANTS:-}" ]; then read -r -a variants <<<"$VARIANTS"; fi
if [ -n "${ALT_APP:-}" ]; then variants=(alt-app "${variants[@]}"); fi
if [ -n "${BEFORE_APP:-}" ]; then variants=(before-app "${variants[@]}"); fi
if [ -n "${BEFORE_JAR:-}" ]; then variants=(before-jar "${variants[@]}"); fi
printf '%-11s %16s %16s %18s %18s\n' variant "version wall" "version cpu" "window wall" "window cpu"
# (the bare window has no --version: it is only timed to its window)
for variant in "${variants[@]}"; do [ "$variant" = bare ] || version_ms "$variant" >/dev/null; done   # warm the file cache once
# Interleaved: run i of every variant before run i+1 of any, so a change in the machine's load hits all alike.
for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    if [ "$variant" != bare ]; then
      version_ms "$variant" >> "$tmp/version-wall-$variant"
      version_cpu_ms "$variant" >> "$tmp/version-cpu-$variant"
    fi
    window_ms "$variant" "$i" >> "$tmp/window-$variant"
  done
done
for variant in "${variants[@]}"; do
  vw=$( [ -f "$tmp/version-wall-$variant" ] && stats < "$tmp/version-wall-$variant" || echo -)
  vc=$( [ -f "$tmp/version-cpu-$variant" ] && stats < "$tmp/version-cpu-$variant" || echo -)
  ww=$(cut -d' ' -f1 "$tmp/window-$variant" | stats)
  wc=$(cut -d' ' -f2 "$tmp/window-$variant" | stats)
  printf '%-11s %16s %16s %18s %18s\n' "$variant" "$vw" "$vc" "${ww:-geen venster}" "${wc:--}"
done
echo "(ms, min/median of $runs runs; cpu = user+system time of all JVM threads)"
# The ratio the issue asks for: each variant's median first-window wall and CPU time against the bare window's.
bare_wall=$(cut -d' ' -f1 "$tmp/window-bare" | stats | cut -d/ -f2)
bare_cpu=$(cut -d' ' -f2 "$tmp/window-bare" | stats | cut -d/ -f2)
for variant in "${variants[@]}"; do
  [ "$variant" = bare ] && continue
  w=$(cut -d' ' -f1 "$tmp/window-$variant" | stats | cut -d/ -f2)
  c=$(cut -d' ' -f2 "$tmp/window-$variant" | stats | cut -d/ -f2)
  awk -v v="$variant" -v w="$w" -v c="$c" -v bw="$bare_wall" -v bc="$bare_cpu" \
    'BEGIN {printf "%-11s first window %.2fx the bare JavaFX window (wall, median), %.2fx (cpu)\n", v, w / bw, c / bc}'
done
if [ "${THREADS:-}" = 1 ]; then
  echo "CPU per thread group at the first window (ms, median of $runs runs; ended = threads that had ended):"
  for variant in "${variants[@]}"; do
    [ -f "$tmp/threads-$variant" ] || continue
    printf '%-11s' "$variant"
    for group in c2 c1 fx renderer launcher main gc other ended; do
      tr ' ' '\n' < "$tmp/threads-$variant" | sed -n "s/^$group=//p" | stats | cut -d/ -f2 | xargs printf ' %s=%s' "$group"
    done
    echo
  done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
