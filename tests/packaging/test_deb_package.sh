#!/usr/bin/env bash
# Builds the Debian package from the already-built tree (cpack, no second compile), unpacks it
# into a throw-away root with dpkg -x, and checks what a clean Debian 12 machine would get:
# the control fields and dependencies, the file list, the desktop integration files, and that
# the installed programs run: --version, a new vault, and the About report as PDF in Chinese
# and in English.
#   test_deb_package.sh <build dir> <project version>
set -euo pipefail

BIN_DIR=$1
VERSION=$2
APP_ID=com.vivest.ComplianceDesk
SKIP=77

for tool in dpkg-deb dpkg-query cpack; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not available; Debian packages can only be checked on Debian or Ubuntu"
        exit $SKIP
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
check() { # check <description> <command...>
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else fail "$what"; fi
}

# --- build the package ------------------------------------------------------------------------
if ! cpack --config "$BIN_DIR/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one .deb, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
check "file name is compliance-desk_${VERSION}-1_<arch>.deb" \
    test "$(basename "$deb")" = "compliance-desk_${VERSION}-1_$(dpkg --print-architecture).deb"

# --- control fields ---------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
check "Package" test "$(field Package)" = "compliance-desk"
check "Version" test "$(field Version)" = "${VERSION}-1"
check "Section" test "$(field Section)" = "utils"
check "Maintainer" test "$(field Maintainer)" = "Vivest Compliance Team <security@vivest.cn>"
check "Homepage" test "$(field Homepage)" = "https://www.vivest.cn"
depends=$(field Depends)
echo "Depends: $depends"
for needed in fonts-noto-cjk fonts-wqy-microhei qt6-translations-l10n libqt6widgets6 libqt6charts6 libqt6svg6 libsqlcipher0 libopencc1.1 libopencc-data libc6; do
    check "Depends names $needed" grep -Eq "(^|[ ,|])$needed([ ,(]|$)" <<<"$depends"
done

# Every dependency clause must be satisfied by a package installed on this machine (which is
# set up from scripts/install-deps.sh like a user's Debian 12), versions included.
satisfied() { # satisfied "<name> (<op> <version>)"
    local clause=$1 name op want have
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$clause")
    have=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | sed -n 's/^install ok installed //p')
    [ -n "$have" ] || return 1
    if [[ $clause =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
        op=${BASH_REMATCH[1]}
        want=${BASH_REMATCH[2]}
        case $op in
            ">=") op=ge ;; "<=") op=le ;; ">>") op=gt ;; "<<") op=lt ;; "=") op=eq ;;
        esac
        dpkg --compare-versions "$have" "$op" "$want" || return 1
    fi
}
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    ok=false
    IFS='|' read -ra alternatives <<<"$clause"
    for alternative in "${alternatives[@]}"; do
        if satisfied "$alternative"; then ok=true; fi
    done
    check "dependency satisfiable:$clause" $ok
done

# Debian's own package checker: errors fail the test, warnings are shown. (The one warning left,
# initial-upload-closes-no-bugs, is about Debian's bug tracker, which this package never enters.)
if command -v lintian >/dev/null 2>&1; then
    lintian_out=$(lintian --tag-display-limit 0 --fail-on error "$deb" 2>&1) && lintian_rc=0 || lintian_rc=$?
    grep -v 'running with root privileges' <<<"$lintian_out" || true
    check "lintian finds no errors" test "$lintian_rc" -eq 0
else
    echo "note: lintian is not installed; skipping Debian policy checks"
fi

# --- contents ---------------------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$work/contents"
expected=(
    /usr/bin/compliance-desk
    /usr/bin/compliance-desk-cli
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/mime/packages/$APP_ID.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/man/man1/compliance-desk-cli.1.gz
    /usr/share/man/man1/compliance-desk.1.gz
    /usr/share/doc/compliance-desk/copyright
    /usr/share/doc/compliance-desk/changelog.Debian.gz
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for path in "${expected[@]}"; do
    check "package contains $path" grep -qxF "$path" "$work/contents"
done
check "nothing outside /usr" test -z "$(grep -v '^/usr/\?' "$work/contents" | grep -v '^/$' || true)"
check "no test programs, headers or static libraries" \
    test -z "$(grep -E '/tst_|/include/|\.a$|bench' "$work/contents" || true)"
check "binaries are owned by root" \
    test -z "$(dpkg-deb --contents "$deb" | awk '$2 != "root/root"')"

# --- unpack into a throw-away root --------------------------------------------------------------
root="$work/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/compliance-desk-cli"
gui="$root/usr/bin/compliance-desk"
check "installed programs are executable" test -x "$cli" -a -x "$gui"
check "installed programs are stripped" \
    bash -c "file -L '$cli' '$gui' | grep -c ', stripped' | grep -qx 2"
check "installed programs do not point into the build tree" \
    bash -c "! grep -aqF '$BIN_DIR' '$cli' '$gui'"

check "desktop file validates" desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"
check "metainfo validates" appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
check "metainfo names release $VERSION" \
    grep -q "<release version=\"$VERSION\"" "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
mime="$work/mime"
cp -r "$root/usr/share/mime" "$mime"
check "shared-mime-info accepts the vault type" bash -c "update-mime-database '$mime' >/dev/null 2>&1"
check "*.cdvault maps to application/x-compliance-desk-vault" \
    grep -qx 'application/x-compliance-desk-vault:\*\.cdvault' "$mime/globs"
check "the desktop file opens vaults" \
    grep -qx 'MimeType=application/x-compliance-desk-vault;' "$root/usr/share/applications/$APP_ID.desktop"
for page in compliance-desk-cli compliance-desk; do
    check "manual page $page(1) formats without warnings" \
        bash -c "out=\$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l '$root/usr/share/man/man1/$page.1.gz' 2>&1 >/dev/null); [ -z \"\$out\" ] || { echo \"\$out\"; false; }"
done
check "changelog names version $VERSION-1" \
    bash -c "zcat '$root/usr/share/doc/compliance-desk/changelog.Debian.gz' | head -1 | grep -qF 'compliance-desk ($VERSION-1)'"
check "manual page documents init and report" \
    bash -c "zcat '$root/usr/share/man/man1/compliance-desk-cli.1.gz' | grep -q '^\.SS init' && zcat '$root/usr/share/man/man1/compliance-desk-cli.1.gz' | grep -q '^\.SS report'"

# --- run the installed programs ---------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/runtime"
export HOME="$work/home"
export LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

version_text=$("$cli" --version)
echo "$version_text"
check "cli --version names the program version" grep -qx "Compliance Desk $VERSION" <<<"$version_text"
check "cli --version names Qt, SQLCipher and the vault format" \
    bash -c "grep -q '^Qt 6\.' <<<'$version_text' && grep -q '^SQLCipher ' <<<'$version_text' && grep -Eq '^Vault format [0-9]+$' <<<'$version_text'"
check "gui --version names the program version" bash -c "'$gui' --version 2>/dev/null | grep -q ' $VERSION\$'"

vault="$work/about-test.cdvault"
key="x'$(printf '5a%.0s' $(seq 32))'"
export CD_PASSWORD="correct horse battery staple"
# The raw-key form x'…' is accepted for new vaults only with this switch (tests and benchmarks).
export CD_ALLOW_RAW_KEY=1
if CD_PASSPHRASE="$key" "$cli" init --vault "$vault" --user packager >"$work/init.json" 2>"$work/init.err"; then
    check "init reports the new vault" grep -q '"administrator": *"packager"' "$work/init.json"
else
    cat "$work/init.err"
    fail "cli init"
fi

for lang in zh_CN en; do
    pdf="$work/about-$lang.pdf"
    if CD_PASSPHRASE="$key" "$cli" report about --vault "$vault" --user packager --lang "$lang" --out "$pdf" \
        >"$work/report-$lang.json" 2>"$work/report-$lang.err"; then
        check "report about --lang $lang writes a PDF" bash -c "head -c 5 '$pdf' | grep -q '%PDF-'"
        pdftotext -enc UTF-8 "$pdf" "$work/about-$lang.txt"
        check "report ($lang) names the program version" grep -q "$VERSION" "$work/about-$lang.txt"
    else
        cat "$work/report-$lang.err"
        fail "cli report about --lang $lang"
    fi
done
if [ -f "$work/about-zh_CN.txt" ]; then
    check "Chinese report is in Chinese" grep -q "加密数据库" "$work/about-zh_CN.txt"
    check "Chinese report embeds a Chinese font" bash -c "pdffonts '$work/about-zh_CN.pdf' | grep -qiE 'cjk|wenquanyi|yahei|pingfang'"
fi
if [ -f "$work/about-en.txt" ]; then
    check "English report is in English" grep -q "About this vault" "$work/about-en.txt"
fi

# A wrong passphrase is refused with the authentication exit code, and the vault stays usable.
set +e
CD_PASSPHRASE="x'$(printf '00%.0s' $(seq 32))'" "$cli" report about --vault "$vault" --user packager \
    --lang en --out "$work/denied.pdf" >/dev/null 2>&1
rc=$?
set -e
check "wrong passphrase exits with 3 (was $rc)" test $rc -eq 3
check "nothing written after a refused sign-in" test ! -e "$work/denied.pdf"
check "the vault still opens afterwards" \
    bash -c "CD_PASSPHRASE=\"$key\" '$cli' open-check --vault '$vault' >/dev/null 2>&1"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
