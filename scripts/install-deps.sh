#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, test, screenshot and package
# Compliance Desk. Idempotent: when everything is present it exits without touching apt.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang
    # Qt 6 (Widgets, PrintSupport, Charts, Svg, translations, tools)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-translations-l10n qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev libglx-dev libegl-dev libvulkan-dev libxkbcommon-dev
    # storage, import and export; libssl-dev for password hashing and for the SQLCipher 4.x
    # build of the vault tests (scripts/fetch-sqlcipher4.sh, scripts/test.sh)
    libsqlcipher-dev sqlcipher libssl-dev libcsv-dev libxlsxwriter-dev zlib1g-dev
    # search: Traditional ↔ Simplified Chinese folding
    libopencc-dev
    # fonts with Simplified Chinese glyphs
    fonts-noto-cjk fonts-wqy-microhei
    # tests: PDF inspection, headless X server, screenshots
    poppler-utils xvfb xauth imagemagick dbus-daemon sqlite3
    # packaging checks
    dpkg-dev lintian appstream desktop-file-utils shared-mime-info libxml2-utils man-db file
    # icon rendering (scripts/render-icons.sh)
    librsvg2-bin icnsutils
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

# npm fetches the SQLCipher 4.x amalgamation (scripts/fetch-sqlcipher4.sh). Any npm will do: a
# machine with Node.js from elsewhere already has one, and Debian's package would conflict with it.
if ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
