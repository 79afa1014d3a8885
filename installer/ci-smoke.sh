#!/usr/bin/env bash
# CI smoke test of the Linux package: builds the app-image and .deb through `mvn -Pinstaller package`, then runs
# the packaged app (not the jar) headless on a temporary data folder, so a broken package fails the build:
#   --version, --help, demo (50 candidates), export, and the first window under Xvfb (its WM class must be the
#   .desktop file's StartupWMClass). The .deb, when built, must declare JavaFX's libraries, ship Debian's copyright
#   and changelog, and have a postrm. A coach's whole path on the app-image is installer/ci-coach-path.sh.
# A command the app does not have yet (not listed in --help) is skipped with a SKIP line, not failed.
# Installs what a fresh Debian machine lacks (fakeroot for the .deb; xvfb, libgtk-3-0, xdotool and xprop for the
# window, xvfb also for the runtime's class-data sharing training) with apt-get.
#
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o), SMOKE_BUILD=0 (reuse target/installer/app-image),
# SMOKE_DEB=0 (app-image only, no .deb), SMOKE_INSTALL=1 (as root on a throwaway machine: also install the .deb,
# check the class-data archive its postinst makes is used, and remove it again).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
log() { echo "[ci-smoke] $*"; }
die() { echo "[ci-smoke] FOUT: $*" >&2; exit 1; }

# --- what a fresh Debian machine lacks -------------------------------------------------------------------------
missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v xprop >/dev/null || missing+=(x11-utils)
command -v unzip >/dev/null || missing+=(unzip)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  log "installeert ontbrekende pakketten: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build ------------------------------------------------------------------------------------------------------
types=default; [ "${SMOKE_DEB:-1}" = 0 ] && types=app-image
if [ "${SMOKE_BUILD:-1}" != 0 ]; then
  log "bouwt app-image (en .deb) met mvn -Pinstaller package"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -Pinstaller -DskipTests -Dinstaller.types="$types" package
fi
app="$root/target/installer/app-image/Werkmap/bin/Werkmap"
[ -x "$app" ] || die "geen app-image in target/installer/app-image"
if [ "$types" = default ]; then
  deb="$(ls "$root"/target/installer/dist/werkmap_*.deb 2>/dev/null | head -1)"
  [ -n "$deb" ] || die "geen .deb in target/installer/dist"
  # Read whole before grep: with pipefail, grep -q closing the pipe early would fail dpkg-deb with SIGPIPE.
  [ "$(dpkg-deb --field "$deb" Package)" = werkmap ] || die "$deb heeft geen pakketnaam werkmap"
  contents="$(dpkg-deb --contents "$deb")"
  grep -q "/opt/werkmap/bin/Werkmap" <<<"$contents" || die "$deb mist /opt/werkmap/bin/Werkmap"
  grep -q "werkmap-Werkmap.desktop" <<<"$contents" || die "$deb mist de menu-ingang (.desktop)"
  grep -q "/opt/werkmap/lib/runtime/lib/libglass.so" <<<"$contents" || die "$deb mist JavaFX' native bibliotheken"
  # JavaFX's libraries are declared whatever this machine has installed: the list in installer.args must all be there.
  depends="$(dpkg-deb --field "$deb" Depends)"
  required="$(sed -n 's/^--linux-package-deps "\(.*\)"$/\1/p' installer/linux/installer.args)"
  [ -n "$required" ] || die "installer/linux/installer.args noemt geen --linux-package-deps"
  IFS=', ' read -r -a required_list <<<"$required"
  for package in "${required_list[@]}"; do
    grep -qE "(^|, )$package(,|$| )" <<<"$depends" || die "$deb hangt niet af van $package (Depends: $depends)"
  done
  grep -q "\./usr/share/doc/werkmap/copyright$" <<<"$contents" || die "$deb mist /usr/share/doc/werkmap/copyright"
  grep -q "\./usr/share/doc/werkmap/changelog.Debian.gz$" <<<"$contents" || die "$deb mist changelog.Debian.gz"
  dpkg-deb --info "$deb" postrm >/dev/null 2>&1 || die "$deb heeft geen postrm (die de iconen opruimt)"
  wm_class="$(sed -n 's/^StartupWMClass=//p' installer/linux/resources/Werkmap.desktop)"
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/werkmap/lib/werkmap-Werkmap.desktop | grep -qx "StartupWMClass=$wm_class" \
    || die "de .desktop in $deb heeft geen StartupWMClass=$wm_class"
  log "OK .deb: hangt af van ${required_list[*]}; copyright, changelog.Debian.gz, postrm en StartupWMClass aanwezig"
  # The class-data archive is made at install by postinst (train-class-data.sh); the package itself must not carry
  # the app-image's archive (useless under /opt) nor launcher options naming it.
  grep -q "\./opt/werkmap/lib/app/train-class-data.sh$" <<<"$contents" || die "$deb mist lib/app/train-class-data.sh"
  if grep -q "werkmap\.jsa$" <<<"$contents"; then die "$deb bevat een werkmap.jsa; die hoort pas bij installatie te ontstaan"; fi
  if dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/werkmap/lib/app/Werkmap.cfg | grep -q "SharedArchiveFile"; then
    die "Werkmap.cfg in $deb noemt al een klassenarchief"
  fi
  dpkg-deb --info "$deb" postinst | grep -q "train-class-data.sh" || die "de postinst van $deb maakt geen klassenarchief"
  # SMOKE_INSTALL=1 (as root, on a throwaway machine): install, start the installed app, remove, check what is left.
  if [ "${SMOKE_INSTALL:-0}" = 1 ]; then
    [ "$(dpkg-query -W -f='${Status}' werkmap 2>/dev/null || true)" != "install ok installed" ] \
      || die "werkmap is al geinstalleerd; SMOKE_INSTALL wil een schone machine"
    dpkg -i "$deb" >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null
    [ -s /opt/werkmap/lib/app/werkmap.jsa ] || die "postinst maakte geen /opt/werkmap/lib/app/werkmap.jsa"
    grep -qx 'java-options=-XX:SharedArchiveFile=$APPDIR/werkmap.jsa' /opt/werkmap/lib/app/Werkmap.cfg \
      || die "postinst zette het klassenarchief niet in Werkmap.cfg"
    tmp_home="$(mktemp -d)"
    JAVA_TOOL_OPTIONS="-Duser.home=$tmp_home -Xlog:class+load:file=$tmp_home/classes.log" /opt/werkmap/bin/Werkmap --version \
      >/dev/null 2>&1 || die "de geinstalleerde app start niet (--version)"
    grep -q "shared objects file (top)" "$tmp_home/classes.log" || die "de geinstalleerde app gebruikt werkmap.jsa niet"
    rm -rf "$tmp_home"
    dpkg -r werkmap >/dev/null
    [ ! -e /opt/werkmap ] || die "na dpkg -r staat er nog iets in /opt/werkmap: $(find /opt/werkmap | head -3)"
    log "OK .deb: installeren maakt werkmap.jsa en de app gebruikt het; verwijderen laat /opt/werkmap leeg achter"
  fi
  log "OK .deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
fi

# --- run the packaged app headless ------------------------------------------------------------------------------
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A fresh home: the package must not need anything from the builder's home, and must not unpack JavaFX there.
# Java takes user.home from the password database, not from $HOME, hence the system property as well.
export HOME="$tmp/home"; mkdir -p "$HOME"
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"

version_out="$("$app" --version)" || die "--version faalde"
expected="$(unzip -p target/werkmap.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
[ "$version_out" = "Werkmap $expected" ] || die "--version gaf '$version_out', verwacht 'Werkmap $expected'"
log "OK --version: $version_out"

help_out="$("$app" --help)" || die "--help faalde"
has() { grep -qE "^ +$1( |$)" <<<"$help_out"; }

printf 'smoke-wachtwoord-%s\n' "$RANDOM$RANDOM$RANDOM" > "$tmp/passphrase"
chmod 600 "$tmp/passphrase"
data="$tmp/data"

has demo || die "de app heeft geen commando 'demo' (niet in --help)"
"$app" demo --data "$data" --candidates 50 --passphrase-file "$tmp/passphrase" > "$tmp/demo.log" 2>&1 \
  || { cat "$tmp/demo.log"; die "demo faalde"; }
[ -s "$data/werkmap.db" ] || die "demo maakte geen $data/werkmap.db"
log "OK demo: 50 kandidaten in $data"

has export || die "de app heeft geen commando 'export' (niet in --help)"
for format in xlsx csv pdf; do
  out="$tmp/teamoverzicht.$format"
  "$app" export --data "$data" --period "$(date +%Y)" --scope all --format "$format" --out "$out" \
    --passphrase-file "$tmp/passphrase" > "$tmp/export.log" 2>&1 || { cat "$tmp/export.log"; die "export $format faalde"; }
  [ -s "$out" ] || die "export $format schreef geen bestand"
done
head -c 2 "$tmp/teamoverzicht.xlsx" | grep -q "PK" || die "de xlsx is geen zip-bestand"
head -c 5 "$tmp/teamoverzicht.pdf" | grep -q "%PDF-" || die "de pdf begint niet met %PDF-"
log "OK export: xlsx, csv en pdf"

# --- the first window -------------------------------------------------------------------------------------------
set +e
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$1" --data "$2" > "$3" 2>&1 &
  pid=$!
  if window="$(timeout 90 xdotool search --sync --onlyvisible --name ".+" 2>/dev/null | head -1)" && [ -n "$window" ]; then
    xprop -id "$window" WM_CLASS > "$4"
    kill $pid; wait $pid 2>/dev/null; exit 0
  fi
  if kill -0 $pid 2>/dev/null; then kill $pid; wait $pid 2>/dev/null; exit 1; fi
  wait $pid; exit 10' _ "$app" "$tmp/gui-data" "$tmp/gui.log" "$tmp/wm-class"
code=$?
set -e
if [ $code -eq 0 ]; then
  log "OK venster: de app opende een venster onder Xvfb"
  # The desktop matches a window to its menu entry by this class; a mismatch shows a second, icon-less entry.
  wm_class="$(sed -n 's/^StartupWMClass=//p' installer/linux/resources/Werkmap.desktop)"
  grep -q "\"$wm_class\"\$" "$tmp/wm-class" \
    || die "het venster heeft WM_CLASS $(cat "$tmp/wm-class"), de .desktop zegt StartupWMClass=$wm_class"
  log "OK WM_CLASS van het venster is $wm_class, als in de .desktop"
  [ ! -e "$HOME/.openjfx" ] || die "JavaFX pakte zijn native bibliotheken uit in ~/.openjfx: ze staan niet naast de JVM"
  log "OK JavaFX laadt zijn native bibliotheken uit de runtime (niets in ~/.openjfx)"
elif grep -q "nog niet gebouwd" "$tmp/gui.log"; then
  log "SKIP venster: de desktop-app is in deze versie nog niet gebouwd"
else
  cat "$tmp/gui.log"; die "de app opende geen venster (code $code)"
fi
log "klaar"
