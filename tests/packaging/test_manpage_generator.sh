#!/usr/bin/env bash
# cmake/GenerateManPage.cmake against a stand-in CLI whose help holds what troff would
# otherwise swallow or misread: a description starting with a dot, backslashes, an apostrophe
# at the start of a line, hyphens; and against a CLI that prints no help at all.
#   test_manpage_generator.sh <source dir>
set -euo pipefail
SRC=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}

cat >"$work/fake-cli" <<'FAKE'
#!/usr/bin/env bash
if [ "$1" = "--help" ]; then
    printf 'Usage: fake <command> [options]\n\nCommands:\n'
    printf '  export-all          .cdvault files: export everything\n'
    printf "  quote               'Quoted' summary with C:\\\\Vaults\\\\x.cdvault\n"
    printf '\nRun it.\n'
    exit 0
fi
printf 'Usage: fake [options] target\n%s\n\nOptions:\n' "$1"
printf '  -h, --help          Displays help on commandline options.\n'
printf '  --dir <path>        .hidden folders are skipped; a very long description that\n'
printf '                      continues on a second line.\n'
printf '  --dry-run           Change nothing.\n'
printf '\nArguments:\n  target              Where to write.\n'
exit 2
FAKE
chmod +x "$work/fake-cli"

out="$work/fake.1"
check "generator runs" cmake -DCLI="$work/fake-cli" -DTEMPLATE="$SRC/docs/compliance-desk-cli.1.in" \
    -DOUTPUT="$out" -DPROJECT_VERSION=9.8.7 -DCD_RELEASE_DATE=2030-01-02 -P "$SRC/cmake/GenerateManPage.cmake"
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man --warnings -l "$out" 2>"$work/warnings")
check "formats without warnings" test ! -s "$work/warnings"
check "a summary starting with a dot is kept" grep -qF '.cdvault files: export everything' <<<"$rendered"
check "a summary starting with an apostrophe is kept" grep -qF "'Quoted' summary" <<<"$rendered"
check "backslashes are kept" grep -qF 'C:\Vaults\x.cdvault' <<<"$rendered"
check "a description starting with a dot is kept" grep -qF '.hidden folders are skipped' <<<"$rendered"
check "continuation lines are joined" grep -qF 'that continues on a second line.' <<<"$rendered"
check "flag options are listed" grep -qF -- '--dry-run' <<<"$rendered"
check "positional arguments are listed" grep -qF 'Where to write.' <<<"$rendered"
check "--help is left out" bash -c "! grep -qF 'Displays help on commandline options' <<<\"\$1\"" _ "$rendered"
check "version and date come from the arguments" grep -q 'Compliance Desk 9.8.7.*2030-01-02' <<<"$rendered"
check "nothing left to configure" bash -c "! grep -q '@[A-Z_]*@' '$out'"

printf '#!/bin/sh\nexit 1\n' >"$work/broken-cli"
chmod +x "$work/broken-cli"
if cmake -DCLI="$work/broken-cli" -DTEMPLATE="$SRC/docs/compliance-desk-cli.1.in" -DOUTPUT="$work/broken.1" \
    -DPROJECT_VERSION=1 -DCD_RELEASE_DATE=2030-01-02 -P "$SRC/cmake/GenerateManPage.cmake" >"$work/broken.log" 2>&1; then
    check "a CLI without help fails the build" false
else
    check "a CLI without help fails the build, saying so" grep -q "gave no help" "$work/broken.log"
fi
check "and writes no page" test ! -e "$work/broken.1"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all manual page generator checks passed"
