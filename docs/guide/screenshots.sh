#!/usr/bin/env bash
# Retakes the User Guide's screenshots (src/main/resources/org/penholder/guide/images/) on the sample
# project, with a Rev.1 and delegations' proposals made by the command line, under look.sh (Xvfb).
# Usage, from the repository's root, after ./mvnw -q package -DskipTests -Dpenholder.aot.skip=true:
#   docs/guide/screenshots.sh [LOOK]      LOOK: the look.sh to use (default ../shared/look.sh)
# Needs ImageMagick (look.sh installs it). Open every image afterwards and look at it.
set -euo pipefail
look=${1:-../shared/look.sh}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f target/penholder.jar ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
out=src/main/resources/org/penholder/guide/images
work=$(mktemp -d /tmp/guide-XXXX)
trap 'rm -rf "$work"' EXIT
ph() { "$java" -jar target/penholder.jar "$@"; }
cp="target/classes:target/test-classes:target/lib/*"
app=("$java" -Dprism.order=sw -Dpenholder.config.dir="$work/config" -cp "$cp")

# who drafts, in a light theme, with the project among the recent ones
mkdir -p "$work/config"
printf 'author.name=Amina Diallo\nauthor.team=Co-facilitators\ntheme=LIGHT\nrecent.0=%s\n' "$work/WSIS20.penholder" \
    > "$work/config/settings.properties"
f="$work/WSIS20.penholder"
ph sample "$f" >/dev/null
a=$(ph propose "$f" --by Kenya --group "Member State" --paragraph OP2 --replace "capacity-building" \
    --with "capacity-building and technology transfer" 2>/dev/null)  # prints the proposal's id
b=$(ph propose "$f" --by Brazil --group "Member State" --new-paragraph \
    "We encourage South-South cooperation on digital public infrastructure;" --after OP3 2>/dev/null)
ph decide "$f" --proposal "$a" accept >/dev/null
ph decide "$f" --proposal "$b" accept >/dev/null
ph revise "$f" "Rev.1" --note "After the first reading" >/dev/null
ph propose "$f" --by "European Union" --group "Member State" --paragraph OP1 --insert "rights-based " \
    --before-text "models" --rationale "As in the Global Digital Compact" >/dev/null 2>&1
ph propose "$f" --by "Group of 77 and China" --group "Member State" --paragraph OP5 --delete-paragraph >/dev/null 2>&1

shoot() { # NAME SECONDS CROP ARGS...: a screenshot of the window, cut to it, made small, then cut to CROP
    local name=$1 wait=$2 crop=$3; shift 3
    "$look" "$work/$name.raw.png" "$wait" -- "$@" >/dev/null
    convert "$work/$name.raw.png" -bordercolor black -border 1 -trim +repage -resize '880x>' \
        -crop "$crop" +repage -strip -colors 256 "PNG8:$out/$name.png"
    echo "$out/$name.png"
}
mkdir -p "$out"
shoot welcome 12 880x330+0+0 "${app[@]}" org.penholder.ui.Showcase welcome
shoot draft 16 100%x100% "${app[@]}" org.penholder.ui.Showcase "$f"
shoot inputs 24 100%x100% "${app[@]}" 'org.penholder.ui.inputs.InputsScreenshot$Launch' "$f" search "digital divide*"
shoot compare 20 880x250+0+0 "${app[@]}" org.penholder.ui.guide.GuideShowcase "$f" compare "Zero draft" "Rev.1"
shoot export 18 100%x100% "${app[@]}" org.penholder.ui.guide.GuideShowcase "$f" export
shoot amendments 20 100%x100% "${app[@]}" org.penholder.ui.guide.GuideShowcase "$f" amendments

# the merge preview: a colleague's copy that changed the same words of OP5 differently
ours="$work/WSIS20-ours.penholder" theirs="$work/WSIS20-Ben.penholder"
cp "$f" "$ours"; cp "$f" "$theirs"
accept() { local file=$1 who=$2; shift 2; ph decide "$file" --proposal "$(ph propose "$file" "$@" --author "$who" 2>/dev/null)" accept --author "$who" >/dev/null; }
accept "$ours" "Amina Diallo" --by Kenya --paragraph OP5 --replace "dedicated resources" --with "dedicated and predictable resources"
accept "$theirs" "Ben Okafor" --by Norway --paragraph OP5 --replace "dedicated resources" --with "adequate resources"
accept "$theirs" "Ben Okafor" --by Chile --paragraph OP7 --insert " in all regions"
shoot merge 18 496x430+150+56 "${app[@]}" org.penholder.ui.merge.MergeShowcase preview "$ours" "$theirs"
du -ch "$out"/*.png | tail -1
