#!/usr/bin/env bash
# Creates the demo store DB with its certificates in DIR, when it does not exist yet:
# `init --demo` loads the training scenarios, replays three failed attempts into the
# holding tank, and creates the organisation CA (passphrase "trustdesk demo", for training
# only) that has issued Frank a certificate expiring within 30 days.
# Usage: scripts/demo-store.sh CLI DB DIR
set -euo pipefail
cli=$1 db=$2 dir=$3
[ -f "$db" ] && exit 0
# A fresh clone has no demo folder yet: the store refuses to invent missing folders.
mkdir -p "$(dirname "$db")" "$dir"
"$cli" --db "$db" init --demo --demo-dir "$dir" >/dev/null
