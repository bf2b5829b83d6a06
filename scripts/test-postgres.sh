#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (Debian's postgresql package), so that nothing
# needs to be running beforehand:
#   scripts/test-postgres.sh start DIR   initdb in DIR, start on a free port of 127.0.0.1
#                                         (trust authentication, loopback only), and write
#                                         the server's URL to DIR/url
#   scripts/test-postgres.sh stop DIR    stop it and remove DIR
# As root, the server runs as the unprivileged user 'postgres' (initdb refuses root), with
# its files in a folder of its own under /tmp (DIR may be where 'postgres' cannot go).
set -euo pipefail
command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL's server is not installed (apt-get install postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
fi
case "$command" in
start)
    if [ -f "$dir/url" ] && "${as[@]}" "$bindir/pg_ctl" -D "$(cat "$dir/server")/data" status >/dev/null 2>&1; then
        exit 0 # already running
    fi
    "$0" stop "$dir"
    mkdir -p "$dir"
    server=$(mktemp -d /tmp/trustdesk-postgres.XXXXXX)
    echo "$server" >"$dir/server"
    [ "$(id -u)" -ne 0 ] || chown postgres "$server"
    "${as[@]}" "$bindir/initdb" -D "$server/data" -A trust -U trustdesk -E UTF8 --no-sync \
        >"$server/initdb.log" 2>&1 || { cat "$server/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # fsync off: a test server's data is thrown away; max_connections for parallel suites.
    "${as[@]}" "$bindir/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 \
        -o "-p $port -k $server -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$server/server.log" >&2; exit 1; }
    echo "postgresql://trustdesk@127.0.0.1:$port/postgres" >"$dir/url"
    cat "$dir/url"
    ;;
stop)
    if [ -f "$dir/server" ]; then
        server=$(cat "$dir/server")
        "${as[@]}" "$bindir/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1 || true
        case "$server" in /tmp/trustdesk-postgres.*) rm -rf "$server" ;; esac
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
