#!/usr/bin/env bash
# Fetches the SQLCipher 4.5.5 amalgamation (sqlite3.c, sqlite3.h) from the npm package
# @commapp/sqlcipher-amalgamation, checks the tarball against the checksum pinned below, unpacks
# it into a cache folder outside the source tree and prints the folder that holds sqlite3.c:
#
#   cmake -S . -B build-sqlcipher4 -DCD_SQLCIPHER_AMALGAMATION="$(scripts/fetch-sqlcipher4.sh)"
#
# Run again, it only checks the cache (no network). CD_SQLCIPHER4_CACHE changes the folder.
set -euo pipefail

PACKAGE="@commapp/sqlcipher-amalgamation"
VERSION="4.5.5"
TARBALL="commapp-sqlcipher-amalgamation-${VERSION}.tgz"
SHA256="5e49e540eb0274d8ba87c1ce680a1143971a2528e0783044a08b39c97ea07d13"

CACHE="${CD_SQLCIPHER4_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/compliance-desk/sqlcipher-${VERSION}}"
SRC="$CACHE/package/src"
STAMP="$CACHE/.verified-$SHA256"

if [ -f "$STAMP" ] && [ -f "$SRC/sqlite3.c" ] && [ -f "$SRC/sqlite3.h" ]; then
    echo "$SRC"
    exit 0
fi

mkdir -p "$CACHE"
if [ ! -f "$CACHE/$TARBALL" ]; then
    command -v npm >/dev/null || { echo "fetch-sqlcipher4: npm is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
    work=$(mktemp -d "$CACHE/.fetch.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    # npm prints its notices on stderr and the file name on stdout; only the path goes to ours.
    (cd "$work" && npm pack --silent "${PACKAGE}@${VERSION}" >/dev/null)
    mv "$work/$TARBALL" "$CACHE/$TARBALL"
fi

actual=$(sha256sum "$CACHE/$TARBALL" | awk '{ print $1 }')
if [ "$actual" != "$SHA256" ]; then
    echo "fetch-sqlcipher4: checksum mismatch for $TARBALL" >&2
    echo "  expected $SHA256" >&2
    echo "  got      $actual" >&2
    rm -f "$CACHE/$TARBALL"
    exit 1
fi

rm -rf "$CACHE/package"
tar -xzf "$CACHE/$TARBALL" -C "$CACHE" package/src/sqlite3.c package/src/sqlite3.h package/LICENSE
grep -q '^#define CIPHER_VERSION_NUMBER 4\.5\.5$' "$SRC/sqlite3.c" || {
    echo "fetch-sqlcipher4: $SRC/sqlite3.c is not SQLCipher $VERSION" >&2
    exit 1
}
rm -f "$CACHE"/.verified-*
touch "$STAMP"
echo "$SRC"
