#!/usr/bin/env bash
# Installs dependencies if missing, builds, creates a demo vault on first run, and starts the
# application on it. The demo vault holds synthetic people only.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

DEMO_DIR="${DEMO_DIR:-$PWD/demo}"
VAULT="$DEMO_DIR/demo.cdvault"
DEMO_PASSPHRASE="demo passphrase 2026"
DEMO_USER="admin"
DEMO_PASSWORD="demo-password"

if [ ! -f "$VAULT" ]; then
    mkdir -p "$DEMO_DIR"
    echo "Creating a demo vault with synthetic data…"
    CD_PASSPHRASE="$DEMO_PASSPHRASE" CD_PASSWORD="$DEMO_PASSWORD" \
        ./build/app/compliance-desk-cli demo --vault "$VAULT" --user "$DEMO_USER" >/dev/null
fi

cat <<INFO

  Demo vault:        $VAULT
  Vault passphrase:  $DEMO_PASSPHRASE
  Sign in as:        $DEMO_USER  (password: $DEMO_PASSWORD)
  Other accounts:    liming (privacy officer), zhangwei (staff), chenjing (auditor),
                     all with the password $DEMO_PASSWORD

INFO
exec ./build/app/compliance-desk "$VAULT" --account "$DEMO_USER" "$@"
