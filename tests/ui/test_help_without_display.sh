#!/usr/bin/env bash
# compliance-desk --help and --version print and exit 0 on a machine without any display:
# no X11, no Wayland, no QT_QPA_PLATFORM. A broken build aborts in QApplication instead.
set -uo pipefail
APP="$1"
VERSION="$2"
fail=0
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$APP" "$@" 2>&1
}

out=$(run --help); rc=$?
if [ $rc -ne 0 ]; then echo "FAIL: --help exited $rc: $out"; fail=1; fi
case "$out" in *"Usage:"*"--account"*) ;; *) echo "FAIL: --help printed no usage: $out"; fail=1 ;; esac

out=$(run -h); rc=$?
if [ $rc -ne 0 ]; then echo "FAIL: -h exited $rc"; fail=1; fi

out=$(run --version); rc=$?
if [ $rc -ne 0 ]; then echo "FAIL: --version exited $rc: $out"; fail=1; fi
case "$out" in *"$VERSION"*) ;; *) echo "FAIL: --version does not name $VERSION: $out"; fail=1 ;; esac

# Help after other arguments is still only help.
out=$(run some.cdvault --account admin --help); rc=$?
if [ $rc -ne 0 ]; then echo "FAIL: help after arguments exited $rc: $out"; fail=1; fi

[ $fail -eq 0 ] && echo "help and version work without a display"
exit $fail
