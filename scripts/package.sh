#!/usr/bin/env bash
# Builds Compliance Desk in Release mode and writes the Debian package into build/packages/
# (BUILD_DIR to use another build folder). Install it with
#   sudo apt install ./build/packages/compliance-desk_<version>-1_<arch>.deb
# which also pulls in its dependencies (Qt 6, SQLCipher, the Noto CJK fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
./scripts/install-deps.sh
BUILD_TYPE=Release ./scripts/build.sh
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$PWD/$BUILD_DIR" ;; esac
cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$BUILD_DIR/packages"
rm -rf "$BUILD_DIR/packages/_CPack_Packages"
for deb in "$BUILD_DIR"/packages/*.deb; do
    echo "package.sh: wrote $deb"
    dpkg-deb --field "$deb" Package Version Depends
done
