#!/usr/bin/env bash
# Checks the desktop integration files as they are in the source and build trees: each one
# validates with the tool the desktops use, and they agree with each other and with the
# project version (application id, icon name, MIME type, release).
#   check_desktop_metadata.sh <source dir> <build dir> <project version> <application id>
set -euo pipefail

SRC=$1
BIN=$2
VERSION=$3
APP_ID=$4
desktop="$SRC/resources/linux/$APP_ID.desktop"
metainfo="$BIN/generated/$APP_ID.metainfo.xml"
mimexml="$SRC/resources/linux/$APP_ID.mime.xml"
MIME_TYPE=application/x-compliance-desk-vault

for tool in desktop-file-validate appstreamcli update-mime-database xmllint; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing; run scripts/install-deps.sh"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
key() { sed -n "s/^$1=//p" "$desktop"; }

check "desktop file validates" desktop-file-validate "$desktop"
check "desktop Name[zh_CN] is 合规工作台" test "$(key 'Name\[zh_CN\]')" = "合规工作台"
check "desktop has GenericName and Comment in Chinese" \
    test -n "$(key 'GenericName\[zh_CN\]')" -a -n "$(key 'Comment\[zh_CN\]')"
check "desktop Categories=Office;" test "$(key Categories)" = "Office;"
check "desktop icon is the application id" test "$(key Icon)" = "$APP_ID"
check "desktop opens vaults" test "$(key MimeType)" = "$MIME_TYPE;"
check "desktop passes the file to the program" test "$(key Exec)" = "compliance-desk %f"

check "metainfo was configured" test -f "$metainfo"
check "metainfo validates" appstreamcli validate --no-net "$metainfo"
check "metainfo id is the application id" grep -q "<id>$APP_ID</id>" "$metainfo"
check "metainfo launches the desktop file" \
    grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo"
check "metainfo release is the project version $VERSION" grep -q "<release version=\"$VERSION\" date=\"" "$metainfo"
check "metainfo has nothing left to configure" bash -c "! grep -q '@[A-Z_]*@' '$metainfo'"
check "metainfo has a Chinese name and summary" \
    bash -c "grep -q '<name xml:lang=\"zh_CN\">合规工作台</name>' '$metainfo' && grep -q '<summary xml:lang=\"zh_CN\">' '$metainfo'"
check "metainfo provides the vault type" grep -q "<mediatype>$MIME_TYPE</mediatype>" "$metainfo"

check "MIME description is well-formed XML" xmllint --noout "$mimexml"
mkdir -p "$work/mime/packages"
cp "$mimexml" "$work/mime/packages/"
check "shared-mime-info accepts the vault type" bash -c "update-mime-database '$work/mime' >/dev/null 2>&1"
check "*.cdvault maps to $MIME_TYPE" grep -qx "$MIME_TYPE:\*\.cdvault" "$work/mime/globs"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all desktop metadata checks passed"
