#!/usr/bin/env bash
# Full TLS handshakes with client-certificate verification per second, and the memory of
# 1,000 idle TLS connections: the TrustDesk listener against nginx (ssl_verify_client on),
# on the same server certificate and key, the same client certificate, the same load
# client (openssl s_time, new handshake each time) and in the same run, alternating.
# Usage: bench/listener/handshakes.sh [SECONDS_PER_ROUND] [ROUNDS]
# Needs: the build (scripts/build.sh), nginx and python3 (Debian: apt-get install nginx-light).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
rounds=${2:-3}
cli=build/src/cli/trustdesk-cli
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx-light)"; exit 2; }
work=$(mktemp -d)
cleanup() {
    [ -n "${listener:-}" ] && kill "$listener" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$cli" --db "$work/store.db" init --demo --demo-dir "$work/demo" >/dev/null
# One server certificate and key (EC P-256) for both servers.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -subj /CN=localhost -keyout "$work/server.key" -out "$work/server.pem" 2>/dev/null
openssl pkcs12 -export -in "$work/server.pem" -inkey "$work/server.key" -passout pass:bench \
    -out "$work/server.p12"
# Frank's certificate and key for the client, his CAs for nginx's verification.
openssl pkcs12 -in "$work/demo/frank.p12" -passin pass:demo -nodes -nocerts -out "$work/client.key" 2>/dev/null
openssl pkcs12 -in "$work/demo/frank.p12" -passin pass:demo -clcerts -nokeys -out "$work/client.pem" 2>/dev/null
cat "$work/demo/toot.pem" "$work/demo/chug-and-ring.pem" > "$work/client-cas.pem"

ulimit -n 8192
port_td=$((20000 + RANDOM % 10000))
port_ng=$((port_td + 1))
echo bench | "$cli" --db "$work/store.db" listen --https "$port_td" --server-cert "$work/server.p12" \
    --passphrase-stdin > "$work/listener.out" 2>&1 &
listener=$!
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$port_ng ssl;
        ssl_certificate $work/server.pem;
        ssl_certificate_key $work/server.key;
        ssl_client_certificate $work/client-cas.pem;
        ssl_verify_client on;
        ssl_verify_depth 3;
        ssl_session_cache off;
        ssl_session_tickets off;
        location / { return 200 "ok\n"; }
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 1

rate() { # port -> handshakes per second (real time)
    openssl s_time -connect "127.0.0.1:$1" -new -time "$seconds" -cert "$work/client.pem" \
        -key "$work/client.key" 2>/dev/null |
        awk '/connections in [0-9.]+ real seconds/ { for (i = 1; i <= NF; i++) if ($i == "in") { print $1 / $(i+1); exit } }'
}
rss_kb() { # pids... -> total resident kB
    local total=0
    for pid in "$@"; do total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status"))); done
    echo "$total"
}
nginx_pids() { echo "$(cat "$work/nginx.pid") $(pgrep -P "$(cat "$work/nginx.pid")" | tr '\n' ' ')"; }

td_total=0 ng_total=0
for round in $(seq 1 "$rounds"); do
    td=$(rate "$port_td"); ng=$(rate "$port_ng")
    echo "round $round: trustdesk $td/s, nginx $ng/s"
    td_total=$(python3 -c "print($td_total + $td)"); ng_total=$(python3 -c "print($ng_total + $ng)")
done

idle() { # port pid... -> kB added by 1,000 idle TLS connections (with the client certificate)
    local port=$1; shift
    local before; before=$(rss_kb "$@")
    python3 - "$port" "$work" <<'PY' &
import socket, ssl, sys, time
port, work = int(sys.argv[1]), sys.argv[2]
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
ctx.load_cert_chain(work + '/client.pem', work + '/client.key')
held = []
for _ in range(1000):
    s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', port)), server_hostname='localhost')
    held.append(s)
open(work + '/idle-ready', 'w').close()
time.sleep(30)
PY
    local client=$!
    for _ in $(seq 1 120); do [ -f "$work/idle-ready" ] && break; sleep 0.5; done
    sleep 1
    local after; after=$(rss_kb "$@")
    kill "$client" 2>/dev/null || true; wait "$client" 2>/dev/null || true
    rm -f "$work/idle-ready"
    echo $((after - before))
}
td_idle=$(idle "$port_td" "$listener")
# shellcheck disable=SC2046
ng_idle=$(idle "$port_ng" $(nginx_pids))

python3 - "$td_total" "$ng_total" "$rounds" "$td_idle" "$ng_idle" <<'PY'
import json, sys
td, ng, rounds, td_idle, ng_idle = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"handshakes/s (mean of {rounds}): trustdesk {td/rounds:.0f}, nginx {ng/rounds:.0f}; ratio {td/ng:.2f} (goal >= 0.9)")
print(f"1,000 idle TLS connections: trustdesk +{td_idle/1024:.1f} MB, nginx +{ng_idle/1024:.1f} MB (goal < 200 MB)")
print(json.dumps({"handshake_ratio": round(td/ng, 3), "idle_1000_mb": round(td_idle/1024, 1), "nginx_idle_1000_mb": round(ng_idle/1024, 1)}))
PY
