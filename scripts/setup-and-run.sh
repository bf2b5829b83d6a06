#!/usr/bin/env bash
# The first command of the README: installs the dependencies, builds TrustDesk, creates a
# demo store in ./demo and shows the engine explaining a demo certificate.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
cli=build/src/cli/trustdesk-cli
mkdir -p demo
if [ ! -f demo/trustdesk.db ]; then
    "$cli" --db demo/trustdesk.db init --demo --demo-dir demo/certificates
fi
echo
echo "== Why does Frank's certificate sign user 'frank' on? =="
"$cli" --db demo/trustdesk.db explain --cert demo/certificates/frank.pem --user frank || true
echo
echo "== And why can 'Vera' not connect at all? =="
"$cli" --db demo/trustdesk.db explain --cert demo/certificates/vera.pem --user vera || true
echo
echo "Try more: $cli --db demo/trustdesk.db --help"
