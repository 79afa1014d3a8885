#!/bin/sh
# Makes the class-data sharing archive of an installed Werkmap (or an app-image) where it lies: a JDK 17 dynamic
# AppCDS archive, APPDIR/werkmap.jsa, of the classes the first window needs, written by a headless training run
# (nl.werkmap.app.ClassDataTraining; no screen, no caseload, a few seconds) on the app's own runtime and jars.
# JDK 17 accepts such an archive only with the jar paths it was made with, so it is made in place: the .deb's
# postinst runs this file after install (/opt/werkmap/lib/app/train-class-data.sh), installer/Packager.java runs it
# on the app-image it built. IT can run it again by hand (as root) after moving or repairing the installation.
#
# Only when the archive was written and the JVM accepts it (-Xshare:on refuses an archive it would set aside) does
# APPDIR/Werkmap.cfg get the two launcher options; an option naming a missing archive would switch class-data
# sharing off altogether. The new file replaces the old one in one rename, so the launcher never sees half a file.
# Exit 0 with the archive and the options in place; 1 without either (the app then starts as it did without).
#
# Usage: train-class-data.sh [APPDIR]   (default: the folder this file is in)
#        train-class-data.sh --remove [APPDIR]   takes the archive and the options away again
set -u
remove=false
if [ "${1:-}" = "--remove" ]; then
    remove=true
    shift
fi
appdir="${1:-$(cd "$(dirname "$0")" && pwd)}"
cfg="$appdir/Werkmap.cfg"
archive="$appdir/werkmap.jsa"
java="$appdir/../runtime/bin/java"

say() {
    echo "werkmap: $*"
}

remove_archive() {
    if [ -f "$cfg" ]; then
        sed -i '/^java-options=-XX:SharedArchiveFile=\$APPDIR\/werkmap\.jsa$/d; /^java-options=-Xlog:cds\*=off$/d' "$cfg"
    fi
    rm -f "$archive" "$archive.new"
}

remove_archive
if $remove; then
    exit 0
fi
if [ ! -x "$java" ] || [ ! -f "$cfg" ]; then
    say "geen runtime ($java) of Werkmap.cfg in $appdir; geen klassenarchief"
    exit 1
fi
classpath="$(sed -n 's|^app\.classpath=\$APPDIR|'"$appdir"'|p' "$cfg" | paste -sd: -)"
# The launcher's own options (module exports, properties), so the training loads classes as the app does.
options="$(sed -n 's|^java-options=||p' "$cfg" | sed "s|\\\$APPDIR|$appdir|g")"
scratch="$(mktemp -d)" || exit 1
trap 'rm -rf "$scratch"' EXIT
# $options holds single words (no spaces) and is split on purpose.
# shellcheck disable=SC2086
if HOME="$scratch" timeout 300 "$java" -Duser.home="$scratch" -Djava.io.tmpdir="$scratch" \
        -XX:ArchiveClassesAtExit="$archive.new" $options -cp "$classpath" nl.werkmap.app.ClassDataTraining \
        >"$scratch/log" 2>&1 \
    && [ -s "$archive.new" ] \
    && "$java" -Xshare:on -XX:SharedArchiveFile="$archive.new" -cp "$classpath" -version >/dev/null 2>&1; then
    chmod 0644 "$archive.new"
    mv -f "$archive.new" "$archive"
    sed -i '/^\[JavaOptions\]$/a java-options=-XX:SharedArchiveFile=$APPDIR/werkmap.jsa\njava-options=-Xlog:cds*=off' "$cfg"
    say "klassenarchief $archive gemaakt ($(du -h "$archive" | cut -f1)); de app start daarmee sneller"
    exit 0
fi
grep -v '^\[.*\]\[warning\]\[cds' "$scratch/log" | tail -3 >&2
rm -f "$archive.new"
say "het klassenarchief maken is niet gelukt; de app start zonder ($archive)"
exit 1
