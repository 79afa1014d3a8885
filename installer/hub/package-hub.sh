#!/usr/bin/env bash
# Packages the Werkmap hub: target/hub/werkmap-hub-VERSION.tar.gz and target/hub/werkmap-hub_VERSION_all.deb.
# The hub is the same jar as the app (`java -jar werkmap.jar hub serve ...`), run by the system's Java 17 under
# systemd; the desktop-only libraries (JavaFX, ControlsFX, AtlantaFX) are left out.
# Needs: a built target/werkmap.jar + target/lib (mvn -DskipTests package), tar, gzip and dpkg-deb (Debian: dpkg).
# Run from anywhere: installer/hub/package-hub.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
hub="$root/installer/hub"
target="$root/target"
[ -f "$target/werkmap.jar" ] && [ -d "$target/lib" ] || { echo "Eerst bouwen: mvn -DskipTests package" >&2; exit 1; }
version="$(unzip -p "$target/werkmap.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
[ -n "$version" ] || { echo "Geen Implementation-Version in target/werkmap.jar" >&2; exit 1; }
out="$target/hub"
rm -rf "$out" && mkdir -p "$out"

# The application folder, shared by tarball and .deb.
app="$out/stage/opt/werkmap-hub"
mkdir -p "$app/lib"
cp "$target/werkmap.jar" "$app/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*|controlsfx-*|atlantafx-*) ;;
    *) cp "$jar" "$app/lib/" ;;
  esac
done
cp "$root/docs/operations-hub.md" "$app/"

# Tarball: the app folder plus the unit and env file to copy into place by hand.
tardir="$out/werkmap-hub-$version"
mkdir -p "$tardir"
cp -r "$app/." "$tardir/"
cp "$hub/werkmap-hub.service" "$hub/hub.env" "$tardir/"
tar -C "$out" --owner=0 --group=0 -czf "$out/werkmap-hub-$version.tar.gz" "werkmap-hub-$version"

# .deb: the same folder at /opt/werkmap-hub, the unit in /lib/systemd/system, hub.env as a conffile.
deb="$out/stage"
install -D -m 0644 "$hub/werkmap-hub.service" "$deb/lib/systemd/system/werkmap-hub.service"
install -D -m 0640 "$hub/hub.env" "$deb/etc/werkmap-hub/hub.env"
mkdir -p "$deb/DEBIAN"
sed "s/@VERSION@/$version/" "$hub/debian/control" > "$deb/DEBIAN/control"
echo "Installed-Size: $(du -sk "$deb" --exclude=DEBIAN | cut -f1)" >> "$deb/DEBIAN/control"
install -m 0644 "$hub/debian/conffiles" "$deb/DEBIAN/conffiles"
install -m 0755 "$hub/debian/postinst" "$hub/debian/prerm" "$hub/debian/postrm" "$deb/DEBIAN/"
find "$deb" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Zxz --build "$deb" "$out/werkmap-hub_${version}_all.deb" >/dev/null
rm -rf "$deb" "$tardir"
ls -l "$out"
