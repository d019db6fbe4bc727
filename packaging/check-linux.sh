#!/usr/bin/env bash
# Builds Penholder's Linux application folder and .deb (./mvnw -Pinstaller package) and checks
# them as a person installing Penholder would see them:
#   - the launcher answers --version, sample and info on the sample project, with output on
#     stdout, messages on stderr and the CLI's exit codes (0 done, 1 failed, 2 bad usage);
#   - the window starts from the trimmed runtime, on the welcome screen and on a file given
#     (as a double-click gives it), with the WM_CLASS the desktop entry names;
#   - the runtime holds every module jdeps finds the jars need;
#   - the .deb has sane metadata, menu entry, file type and /usr/bin/penholder, and its
#     payload runs;
#   - the .tar.gz unpacks and runs, and its install-desktop-entry.sh puts Penholder in one
#     person's menu (and takes it out again).
#   - the folder carries the start-up cache its launcher uses, trained with its own runtime, and
#     the installed window's start is measured against the jar's (both printed, not judged).
# Prints the size of the installed folder and what takes the space. Called by .ci/run.
# Usage: packaging/check-linux.sh [--no-build]   (takes JAVA_HOME, else a JDK 25 found as ./mvnw finds it)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  verbose() { :; }
  . .mvn/wrapper/pick-jdk.sh
fi

passed=0
fail() { echo "check-linux: $*" >&2; echo "check-linux: $passed passed, 1 failed"; exit 1; }
step() { echo "== $*"; }
ok() { echo "   $*"; passed=$((passed + 1)); }

[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] || fail "JAVA_HOME must point at a JDK 25 with jpackage"

# What jpackage needs for a .deb, and what the window check needs.
need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v zip >/dev/null || need+=(zip)
if [ ${#need[@]} -gt 0 ]; then
  step "installing ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null \
    || fail "could not install ${need[*]}"
fi

if [ "${1:-}" != "--no-build" ]; then
  step "building the application folder and the .deb"
  # A release .deb is compressed with xz (dpkg's default, minutes on two cores); the check only
  # needs a valid package, so it asks dpkg-deb for fast gzip unless told otherwise.
  export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"
  ./mvnw -B -ntp -q -Pinstaller package -DskipTests
fi

image=target/jpackage/image/penholder
launcher="$image/bin/penholder"
deb=$(ls target/installer/penholder_*.deb 2>/dev/null | head -1)
[ -x "$launcher" ] || fail "no launcher at $launcher"
[ -f "$deb" ] || fail "no .deb in target/installer"
version=$(sed -n 's/^version=//p' target/classes/org/penholder/version.properties)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

step "the launcher runs the commands"
"$launcher" --version >"$work/out" 2>"$work/err" || fail "--version exited $?: $(cat "$work/err")"
grep -qx "Penholder $version" <(head -1 "$work/out") || fail "--version printed: $(cat "$work/out")"
"$launcher" sample "$work/s.penholder" >"$work/out" 2>"$work/err" || fail "sample exited $?: $(cat "$work/err")"
grep -q "15 inputs" "$work/err" || fail "sample said: $(cat "$work/err")"
"$launcher" info "$work/s.penholder" >"$work/out" 2>"$work/err" || fail "info exited $?: $(cat "$work/err")"
grep -Eq '^Inputs +15$' "$work/out" && grep -Eq '^Paragraphs +28$' "$work/out" || fail "info printed: $(cat "$work/out")"
"$launcher" info "$work/s.penholder" --json >"$work/out" || fail "info --json failed"
grep -q '"inputs" : 15' "$work/out" || fail "info --json printed: $(cat "$work/out")"
set +e
"$launcher" info "$work/missing.penholder" >"$work/out" 2>"$work/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "info on a missing file exited $rc, not 1"
[ ! -s "$work/out" ] && grep -q "missing.penholder" "$work/err" || fail "a failed command should say why on stderr only"
set +e
"$launcher" info >/dev/null 2>&1; rc=$?
set -e
[ $rc -eq 2 ] || fail "bad usage exited $rc, not 2"
ok "--version, sample, info, info --json, exit codes 1 and 2: as the jar"

step "the runtime holds what the jars need"
# jdeps reads a jar with a module-info as a module and then wants its modules too; the
# application runs them all from the class path, so they are read as plain jars here.
mkdir -p "$work/jars"
cp "$image"/lib/app/*.jar "$image"/lib/app/lib/*.jar "$work/jars/"
for jar in "$work"/jars/*.jar; do
  zip -q -d "$jar" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
needed=$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 "$work"/jars/*.jar 2>/dev/null)
rm -rf "$work/jars"
[ -n "$needed" ] || fail "jdeps found nothing"
present=" $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release") "
missing=""
for m in ${needed//,/ }; do
  case "$present" in *" $m "*) ;; *) missing="$missing $m" ;; esac
done
[ -z "$missing" ] || fail "the runtime lacks$missing, which the jars use: add them to installer.modules in pom.xml"
ok "jdeps: $needed"

step "the window starts, on the welcome screen and on a file given"
display=":$(( 300 + RANDOM % 300 ))"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
window_of() {  # waits up to 40 s for a window whose title contains $1; prints its id
  for _ in $(seq 1 80); do
    id=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -F "$1" | grep -v '"penholder":' | awk '{print $1}' | head -1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.5
  done
  return 1
}
DISPLAY=$display "$launcher" >"$work/gui.log" 2>&1 & app=$!
id=$(window_of '"Penholder"') || { kill $app 2>/dev/null; fail "no window appeared: $(tail -20 "$work/gui.log")"; }
wm_class=$(DISPLAY=$display xprop -id "$id" WM_CLASS | sed 's/.*= "\([^"]*\)".*/\1/')
kill $app; wait $app 2>/dev/null || true
grep -qx "StartupWMClass=$wm_class" packaging/linux/penholder.desktop \
  || fail "the window's WM_CLASS is $wm_class; packaging/linux/penholder.desktop names another"
DISPLAY=$display "$launcher" "$work/s.penholder" >"$work/gui.log" 2>&1 & app=$!
window_of 's.penholder' >/dev/null || { kill $app 2>/dev/null; fail "the file given did not open: $(tail -20 "$work/gui.log")"; }
kill $app; wait $app 2>/dev/null || true
ok "welcome screen, then s.penholder opened; WM_CLASS $wm_class"

step "the start-up cache"
cfg="$image/lib/app/penholder.cfg"
[ -s "$image/lib/app/penholder.aot" ] || fail "no start-up cache in $image/lib/app"
grep -qx 'java-options=-XX:AOTCache=$APPDIR/penholder.aot' "$cfg" || fail "the launcher does not use the cache: $(cat "$cfg")"
probe="-Dglass.platform=Headless -Dprism.order=sw -Dpenholder.startup.probe=true -Dpenholder.config.dir=$work/probe"
# the launcher takes no JVM options: JAVA_TOOL_OPTIONS carries the probe (it quits once the draft shows)
from_cache() {  # classes of Penholder's the launcher in $1 loaded from the cache, starting the window
  JAVA_TOOL_OPTIONS="$probe -Xlog:class+load=info:file=$work/classes.log" "$1" "$work/s.penholder" >/dev/null 2>&1 \
    || fail "$1 did not show the draft"
  grep 'org\.penholder\.' "$work/classes.log" | grep -c 'shared objects file' || true
}
cached=$(from_cache "$launcher")
[ "$cached" -gt 100 ] || fail "the window loaded $cached of Penholder's classes from the start-up cache"
median_ms() {  # the median of three starts: "shown after N ms" from the probe
  for _ in 1 2 3; do "$@" 2>/dev/null | sed -n 's/^shown after \([0-9]*\) ms$/\1/p'; done | sort -n | sed -n 2p
}
installed=$(JAVA_TOOL_OPTIONS="$probe" median_ms "$launcher" "$work/s.penholder")
jar=$(median_ms "$JAVA_HOME/bin/java" -XX:AOTCache=target/penholder.aot $probe -jar target/penholder.jar "$work/s.penholder")
[ -n "$installed" ] && [ -n "$jar" ] || fail "the probe did not report a start (installed: '$installed', jar: '$jar')"
ok "$(du -h "$image/lib/app/penholder.aot" | cut -f1) cache, $cached classes of Penholder's from it; draft on screen after $installed ms installed, $jar ms from the jar (median of 3)"

step "the .deb"
dpkg-deb --info "$deb" >"$work/info"
field() { sed -n "s/^ $1: //p" "$work/info"; }
[ "$(field Package)" = penholder ] || fail ".deb Package: $(field Package)"
[ "$(field Version)" = "${version%-SNAPSHOT}" ] || fail ".deb Version $(field Version), project $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail ".deb Architecture: $(field Architecture)"
field Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' || fail ".deb Maintainer: $(field Maintainer)"
for dep in xdg-utils libgtk-3-0 libgl1; do field Depends | grep -q "$dep" || fail ".deb Depends lacks $dep: $(field Depends)"; done
[ -n "$(field Description)" ] && [ "$(field Installed-Size)" -gt 0 ] || fail ".deb has no Description or size"
dpkg-deb -c "$deb" >"$work/files"
for f in ./opt/penholder/bin/penholder ./opt/penholder/lib/penholder-penholder.desktop \
         ./opt/penholder/lib/penholder-penholder-MimeInfo.xml ./opt/penholder/lib/application-x-penholder.png \
         ./opt/penholder/lib/runtime/release; do
  grep -q " $f\$" "$work/files" || fail ".deb lacks $f"
done
mkdir "$work/deb" && dpkg-deb -R "$deb" "$work/deb"
grep -q 'xdg-mime install' "$work/deb/DEBIAN/postinst" && grep -q '/usr/bin/penholder' "$work/deb/DEBIAN/postinst" \
  || fail "postinst does not register the file type or /usr/bin/penholder"
grep -q '^MimeType=application/x-penholder' "$work/deb/opt/penholder/lib/penholder-penholder.desktop" \
  && grep -q '^Exec=/opt/penholder/bin/penholder %f' "$work/deb/opt/penholder/lib/penholder-penholder.desktop" \
  || fail "the menu entry does not open .penholder files: $(cat "$work/deb/opt/penholder/lib/penholder-penholder.desktop")"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$work/deb/opt/penholder/lib/penholder-penholder.desktop"; fi
"$work/deb/opt/penholder/bin/penholder" info "$work/s.penholder" >/dev/null || fail "the .deb's launcher does not run"
rm -rf "$work/deb"
sed -n '/Package:/,/Installed-Size:/p' "$work/info"
ok ".deb: metadata, menu entry, file type, /usr/bin/penholder, payload runs"

step "the .tar.gz, unpacked and put in the menu by one person"
tarball=$(ls target/installer/penholder-*-linux-*.tar.gz 2>/dev/null | head -1)
[ -f "$tarball" ] || fail "no .tar.gz in target/installer"
mkdir -p "$work/apps" && tar -C "$work/apps" -xzf "$tarball"
folder="$work/apps/penholder"
"$folder/bin/penholder" info "$work/s.penholder" >/dev/null || fail "the unpacked launcher does not run"
cached=$(from_cache "$folder/bin/penholder")
[ "$cached" -gt 100 ] || fail "unpacked elsewhere, the window loaded only $cached classes from the start-up cache"
"$folder/lib/install-desktop-entry.sh" >/dev/null
entry="$XDG_DATA_HOME/applications/penholder.desktop"
grep -qx "Exec=$folder/bin/penholder %f" "$entry" && grep -qx 'MimeType=application/x-penholder;' "$entry" \
  || fail "the user's menu entry is wrong: $(cat "$entry")"
[ -f "$XDG_DATA_HOME/mime/packages/penholder.xml" ] && [ -L "$HOME/.local/bin/penholder" ] || fail "file type or command missing"
"$HOME/.local/bin/penholder" --version >/dev/null || fail "~/.local/bin/penholder does not run"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
"$folder/lib/install-desktop-entry.sh" --uninstall >/dev/null
[ ! -e "$entry" ] && [ ! -e "$HOME/.local/bin/penholder" ] || fail "--uninstall left the entry or the command"
ok "unpacked, ran, menu entry, file type, icon and ~/.local/bin/penholder installed and removed"

step "size"
du -sh "$image" | sed 's/^/   installed folder: /'
du -sh "$image/lib/runtime" "$image/lib/app" | sed 's/^/   /'
( cd "$image/lib/app/lib" && ls -S | head -6 | xargs du -h | sed 's/^/   /' )
ls -l "$deb" "$tarball" | awk '{printf "   %s: %.0f MB\n", $9, $5/1048576}'
# the closing line CI reads, as a test runner's
echo "check-linux: $passed passed, 0 failed"
