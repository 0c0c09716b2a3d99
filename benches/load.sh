#!/usr/bin/env bash
# Load test: the release server on loopback against nginx serving the same feed bytes as a
# static file (the physical limit), with wrk. Outside CI; about 2 minutes.
#   bash benches/load.sh [SECONDS_PER_SCENARIO]
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light); installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
work="target/load"
mkdir -p "$work/static"
need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light
fi

echo "== building and generating 10 000 actions"
ACTIONCAL_BENCH_STORE="$PWD/$work/bench.db" cargo bench --bench feeds 2>/dev/null | sed 's/^/   /'
RUST_LOG="${RUST_LOG:-info}" ./target/release/actioncal serve --db "$work/bench.db" --bind 127.0.0.1:18090 --base-url https://calendar.example.org 2>"$work/server.log" &
server=$!
nginx_pid=""
cleanup() { kill "$server" 2>/dev/null || true; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18090/healthz && break; sleep 0.1; done

feed="/calendar.ics?from=2026-01-01"
filtered="/calendar.ics?from=2026-01-01&region=western-asia"
curl -s "http://127.0.0.1:18090$feed" -o "$work/static/calendar.ics"
curl -s "http://127.0.0.1:18090$filtered" -o "$work/static/filtered.ics"
etag=$(curl -sI "http://127.0.0.1:18090$feed" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

cat > "$work/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $PWD/$work/nginx.pid;
error_log $PWD/$work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/calendar ics; }
  sendfile on;
  etag on;
  server { listen 127.0.0.1:18091; root $PWD/$work/static; }
}
CONF
nginx -c "$PWD/$work/nginx.conf" &
nginx_pid=$!
sleep 0.5
nginx_etag=$(curl -sI http://127.0.0.1:18091/calendar.ics | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run() { # name url [header]
  local args=(-t2 -c50 -d"${secs}s" --latency)
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" "$2" > "$work/wrk.out"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.out")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.out")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.out")
  printf '%-34s %12s req/s   p50 %9s   p99 %9s\n' "$1" "$rps" "$p50" "$p99" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "n/a" }'; }

echo "== $secs s per scenario, 2 threads, 50 connections, loopback, 2 cores shared by server and wrk"
run "actioncal full feed (hot, gzip)" "http://127.0.0.1:18090$feed" "Accept-Encoding: gzip" >/dev/null
b=$(run "actioncal full feed (hot)" "http://127.0.0.1:18090$feed")
n=$(run "nginx same bytes (static)" "http://127.0.0.1:18091/calendar.ics")
f=$(run "actioncal filtered feed (hot)" "http://127.0.0.1:18090$filtered")
nf=$(run "nginx filtered bytes (static)" "http://127.0.0.1:18091/filtered.ics")
r=$(run "actioncal 304 revalidation" "http://127.0.0.1:18090$feed" "If-None-Match: $etag")
nr=$(run "nginx 304 revalidation" "http://127.0.0.1:18091/calendar.ics" "If-None-Match: $nginx_etag")
run "actioncal single action feed" "http://127.0.0.1:18090/events/42.ics" >/dev/null
run "actioncal JSON list" "http://127.0.0.1:18090/api/v1/events?from=2026-01-01&limit=100" >/dev/null
run "actioncal day-by-day page" "http://127.0.0.1:18090/?from=2027-06-01" >/dev/null
echo "== ratios to nginx: full feed $(ratio "$b" "$n"), filtered $(ratio "$f" "$nf"), 304 $(ratio "$r" "$nr")"
echo "== server peak RSS: $(awk '/VmHWM/{print $2, $3}' /proc/$server/status)"
