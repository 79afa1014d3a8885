#!/usr/bin/env bash
# Finishes the .deb that jpackage made: adds what Debian expects in /usr/share/doc/werkmap (copyright, and
# changelog.Debian.gz for this version), checks that the copyright file names every bundled jar, and compresses.
# jpackage cannot place files outside the install folder (/opt/werkmap) and writes no changelog, so
# installer/Packager.java has jpackage build the .deb uncompressed (DPKG_DEB_COMPRESSOR_TYPE=none) and this script
# unpacks, adds and builds it once more: the package is compressed once, here.
#
# Usage: installer/linux/finish-deb.sh FILE.deb   (from the project folder; replaces FILE.deb)
# Environment: FINAL_COMPRESSOR (default xz; none for a quick trial build); SOURCE_DATE_EPOCH for the changelog date.
set -euo pipefail
deb="$1"
doc_src="installer/linux/doc"
die() { echo "[installer] FOUT: $*" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tree="$work/tree"
dpkg-deb --raw-extract "$deb" "$tree"

package="$(dpkg-deb --field "$deb" Package)"
version="$(dpkg-deb --field "$deb" Version)"
maintainer="$(dpkg-deb --field "$deb" Maintainer)"
doc="$tree/usr/share/doc/$package"
install -d -m 0755 "$doc"
install -m 0644 "$doc_src/copyright" "$doc/copyright"

# Every jar the package ships must be named in the copyright file, so a new dependency cannot slip in unlisted.
unlisted=()
for jar in "$tree"/opt/"$package"/lib/app/*.jar; do
  name="$(basename "$jar")"
  pattern="$(sed -E 's/-[0-9][^/]*\.jar$/-*.jar/' <<<"$name")"
  grep -qF "lib/app/$pattern" "$doc/copyright" || unlisted+=("$name")
done
[ ${#unlisted[@]} -eq 0 ] || die "$doc_src/copyright noemt deze meegeleverde jars niet: ${unlisted[*]}. Voeg ze toe met hun licentie."

# Debian changelog: one entry for the version being packaged; the history itself lives in the project.
when="$(date -u -R ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})"
{
  echo "$package ($version) stable; urgency=medium"
  echo
  echo "  * Werkmap $version, packaged with its own Java runtime (OpenJDK 17, OpenJFX 21)."
  echo
  echo " -- $maintainer  $when"
} | gzip -9 -n > "$doc/changelog.Debian.gz"
chmod 0644 "$doc/changelog.Debian.gz"
# dpkg-deb refuses group-writable folders; mktemp and umask may have made some.
find "$tree/usr" -type d -exec chmod 0755 {} +

# jpackage appends --linux-package-deps (installer/linux/installer.args) to what it found on this machine; keep
# each package once, in the order first named.
depends="$(sed -n 's/^Depends: //p' "$tree/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' \
  | paste -sd, - | sed 's/,/, /g')"
sed -i "s/^Depends: .*/Depends: $depends/" "$tree/DEBIAN/control"

# The Installed-Size in the control file must count the new files too.
size_kb="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
sed -i -E "s/^Installed-Size: .*/Installed-Size: $size_kb/" "$tree/DEBIAN/control"

export DPKG_DEB_COMPRESSOR_TYPE="${FINAL_COMPRESSOR:-xz}"
fakeroot dpkg-deb --root-owner-group --build "$tree" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "[installer] .deb afgemaakt: /usr/share/doc/$package/copyright en changelog.Debian.gz toegevoegd ($deb)"
