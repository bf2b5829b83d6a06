#!/usr/bin/env bash
# Creates the demo store DB with its certificates in DIR (when it does not exist yet) and
# replays three failed attempts, so that the holding tank has something to accept:
# the FTPS walk-through (Lucy's certificate for moveitfreelydemo), Rich's side-door
# certificate and Frank's certificate straight from Toot. It also creates the organisation
# CA (passphrase "trustdesk demo", for training only) and issues Frank a certificate that
# expires within 30 days, so the expiry warnings show.
# Usage: scripts/demo-store.sh CLI DB DIR
set -euo pipefail
cli=$1 db=$2 dir=$3
[ -f "$db" ] && exit 0
# A fresh clone has no demo folder yet: the store refuses to invent missing folders.
mkdir -p "$(dirname "$db")" "$dir"
"$cli" --db "$db" init --demo --demo-dir "$dir" >/dev/null
"$cli" --db "$db" explain --cert "$dir/lucy.pem" --user moveitfreelydemo --interface ftps \
    --address 192.0.2.15 --record >/dev/null || true
"$cli" --db "$db" explain --cert "$dir/rich-sidedoor.pem" --user rich --address 192.0.2.23 \
    --record >/dev/null || true
"$cli" --db "$db" explain --cert "$dir/frank-toot.pem" --user frank --address 198.51.100.7 \
    --record >/dev/null || true
printf 'trustdesk demo\n' | "$cli" --db "$db" orgca create --cn "Demo Organisation CA" \
    --key ec256 --days 3650 --passphrase-stdin >/dev/null
printf 'trustdesk demo\ntrustdesk demo\n' | "$cli" --db "$db" issue --cn "Frank Fuller" \
    --user frank --key ec256 --days 21 --email frank@example.com --out "$dir/frank-issued.p12" \
    --passphrase-stdin >/dev/null
