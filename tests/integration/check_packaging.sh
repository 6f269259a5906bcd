#!/usr/bin/env bash
# Installs the build into a throwaway prefix (as `cmake --install` would for a package) and
# validates what a desktop needs: the .desktop file, the AppStream metainfo and the icon.
#   check_packaging.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
app_id=$2
prefix=$(mktemp -d "${TMPDIR:-/tmp}/tenancy-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
for f in "$desktop" "$metainfo" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "$prefix/bin/tenancy-console" "$prefix/bin/tenancyctl"; do
    [ -e "$f" ] || { echo "not installed: ${f#"$prefix"/}" >&2; exit 1; }
done
desktop-file-validate "$desktop"
appstreamcli validate --no-net --pedantic "$metainfo"
# The installed CLI runs from the prefix (its data is built in).
"$prefix/bin/tenancyctl" --json tiers | grep -q '"professional"'
echo "packaging: installed files are valid"
