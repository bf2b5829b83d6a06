#!/usr/bin/env bash
# The first command of the README: installs the dependencies, builds TrustDesk, creates a
# demo store in ./demo and starts the desktop application on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
scripts/demo-store.sh build/src/cli/trustdesk-cli demo/trustdesk.db demo/certificates
app=build/src/app/trustdesk
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    echo "No display: starting TrustDesk on a virtual one (xvfb-run). Screenshots of every"
    echo "view: $app --db demo/trustdesk.db --show users --grab users.png"
    exec xvfb-run -a "$app" --db demo/trustdesk.db "$@"
fi
exec "$app" --db demo/trustdesk.db "$@"
