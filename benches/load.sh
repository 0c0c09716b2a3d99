#!/usr/bin/env bash
# Load test and baselines, outside CI (see benches/README.md).
#   bash benches/load.sh [SECONDS_PER_SCENARIO]   # the scenarios and baselines, ~5 min at 10 s
#   bash benches/load.sh soak [SECONDS]           # mixed load with writes, RSS at 1 and 5 min
#   bash benches/load.sh changes [ROUNDS]          # feeds over HTTP right after a change, timed
#   bash benches/load.sh scale [SECONDS]           # the 100 000-action store: import, fresh feeds,
#                                                  # after one change, a cache-busting soak with RSS
# The release server on loopback against nginx serving the same feed bytes as a static file
# (the physical limit), with wrk; then Python icalendar and Node ical-generator building the
# same 10 000-action feed. Needs wrk, nginx, node, python3-venv (Debian packages; installed
# when missing) and the baselines' packages from npm and PyPI (installed on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="scenarios"
case "${1:-}" in soak | changes | scale) mode="$1"; shift ;; esac
secs="${1:-10}"
[ "$mode" = "soak" ] && secs="${1:-300}"
[ "$mode" = "scale" ] && secs="${1:-300}"
work="target/load"
mkdir -p "$work/static"
need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need wrk || missing+=(wrk)
need nginx || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
need node || missing+=(nodejs npm)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ "$mode" = "scale" ]; then
  n="${ACTIONS:-100000}"
  echo "== building, and generating $n actions"
  ACTIONCAL_BENCH_GENERATE="$n" ACTIONCAL_BENCH_ACTIONS="$PWD/$work/big.json" cargo bench --bench feeds >/dev/null 2>&1
  cargo build --release --bin actioncal 2>/dev/null
  rm -f "$work/big.db" "$work/big.db-wal" "$work/big.db-shm"
  # Wall time and peak RSS of the import, as an operator runs it.
  python3 - "$PWD/target/release/actioncal" "$PWD/$work/big.db" "$PWD/$work/big.json" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run([sys.argv[1], "import", "--db", sys.argv[2], sys.argv[3]], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"== import of {sys.argv[3].rsplit('/', 1)[-1]}: {time.monotonic() - t:.1f} s, peak RSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024} MB")
PY
  echo "   write-ahead log left: $(stat -c %s "$work/big.db-wal" 2>/dev/null || echo 0) bytes"
  RUST_LOG="${RUST_LOG:-warn}" ./target/release/actioncal serve --db "$work/big.db" --bind 127.0.0.1:18093 \
    --base-url https://calendar.example.org 2>"$work/server-big.log" &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:18093/healthz && break; sleep 0.1; done
  rss() { awk -v k="$1" '$1==k":"{print $2, $3}' "/proc/$server/status"; }
  # A country holding about 100 actions: the small filtered feed.
  small=$(python3 - "$work/big.json" <<'PY'
import collections, json, sys
counts = collections.Counter(e.get("country") for e in json.load(open(sys.argv[1]))["events"] if e.get("country"))
print(min(counts, key=lambda c: abs(counts[c] - 100)))
PY
)
  full="/calendar.ics?from=2026-01-01"
  filtered="/countries/$small.ics?from=2026-01-01"
  took() { curl -s -o /dev/null -w "%{time_total} %{size_download}" -H "Accept-Encoding: gzip" "http://127.0.0.1:18093$1" | awk '{printf "%.1f ms (%d bytes gzip)", $1*1000, $2}'; }
  echo "== fresh (nothing kept): full feed $(took "$full"); $small feed $(took "$filtered")"
  echo "   again (kept): full feed $(took "$full"); $small feed $(took "$filtered")"
  python3 - "$work/big.json" "$work/big-change.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[1]))["events"][:1], open(sys.argv[2], "w"))
PY
  for round in 1 2 3; do
    sed -i "s/\"title\": *\"[^\"]*\"/\"title\": \"Vigil, round $round\"/" "$work/big-change.json"
    ./target/release/actioncal import --db "$work/big.db" "$work/big-change.json" >/dev/null 2>&1
    echo "   after one change (import from another process), round $round: full feed $(took "$full"); $small feed $(took "$filtered")"
  done
  # Cache-busting soak: 8 clients, every request a filtered feed not asked for before.
  cat > "$work/busting.lua" <<'LUA'
local regions = {"western-asia", "northern-africa", "western-europe", "south-america", "eastern-asia", "online", "europe", "africa"}
local n = 0
request = function()
  n = n + 1
  local day = 1 + (n % 28)
  local month = 1 + (math.floor(n / 28) % 12)
  local path = string.format("/calendar.ics?region=%s&from=2026-%02d-%02d&to=2027-%02d-%02d", regions[(n % #regions) + 1], month, day, month, day)
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end
LUA
  echo "== cache-busting soak: $secs s, 8 clients, distinct filtered feeds"
  wrk -t2 -c8 -d"${secs}s" --latency -s "$work/busting.lua" http://127.0.0.1:18093 > "$work/busting.out" &
  load=$!
  start=$(date +%s)
  while kill -0 "$load" 2>/dev/null; do
    sleep 5
    now=$(( $(date +%s) - start ))
    for mark in 60 300; do
      if [ "$now" -ge "$mark" ] && [ "$now" -lt $((mark + 5)) ]; then echo "   RSS at ${mark}s: $(rss VmRSS)"; fi
    done
  done
  grep -E "Requests/sec|Latency|Non-2xx|Socket errors" "$work/busting.out" | sed 's/^/   /'
  echo "   RSS at the end $(rss VmRSS), peak $(rss VmHWM)"
  sleep 30
  echo "   RSS after 30 s idle: $(rss VmRSS)"
  exit 0
fi

echo "== building and generating 10 000 actions"
ACTIONCAL_BENCH_STORE="$PWD/$work/bench.db" ACTIONCAL_BENCH_ACTIONS="$PWD/$work/actions.json" \
  cargo bench --bench feeds 2>/dev/null | tee "$work/feeds.out" | sed 's/^/   /'
# As deployments run it: `serve` restarts itself with MALLOC_ARENA_MAX=2 unless the environment
# sets it (glibc's default of 16 arenas here let freed render buffers pile up: RSS 281 -> 399 MB
# over 5 minutes of soak). MALLOC_ARENA_MAX=16 bash benches/load.sh soak shows glibc's default.
RUST_LOG="${RUST_LOG:-warn}" ./target/release/actioncal serve --db "$work/bench.db" --bind 127.0.0.1:18090 \
  --base-url https://calendar.example.org 2>"$work/server.log" &
server=$!
nginx_pid=""
cleanup() { kill "$server" 2>/dev/null || true; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18090/healthz && break; sleep 0.1; done
rss() { awk -v k="$1" '$1==k":"{print $2, $3}' "/proc/$server/status"; }

if [ "$mode" = "changes" ]; then
  # What a subscriber waits for right after a change: an import from another process changes
  # one action, and each feed (gzip, as clients ask) is rendered again on its first request.
  python3 - "$work/actions.json" "$work/change.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[1]))["events"][:1], open(sys.argv[2], "w"))
PY
  feeds=("/campaigns/campaign-7.ics" "/countries/PS.ics" "/calendar.ics?region=western-asia" "/calendar.ics?from=2026-01-01")
  for f in "${feeds[@]}"; do curl -s -o /dev/null -H "Accept-Encoding: gzip" "http://127.0.0.1:18090$f"; done
  echo "== each feed's first request after an import changed one action (ms, gzip)"
  for round in $(seq "${1:-3}"); do
    sed -i "s/\"title\": *\"[^\"]*\"/\"title\": \"Vigil, round $round\"/" "$work/change.json"
    ./target/release/actioncal import --db "$work/bench.db" "$work/change.json" >/dev/null 2>&1
    # The server sees another process's commit on its very next request.
    line="   round $round:"
    for f in "${feeds[@]}"; do
      t=$(curl -s -o /dev/null -w "%{time_total}" -H "Accept-Encoding: gzip" "http://127.0.0.1:18090$f")
      line="$line $f $(awk -v t="$t" 'BEGIN{printf "%.1f", t*1000}');"
    done
    echo "$line"
  done
  exit 0
fi

if [ "$mode" = "soak" ]; then
  # Feeds under many filters (the cache churns), pages, JSON, 304s; and every 5 s an import
  # from another process changes one action, so every cached answer is rendered again.
  cat > "$work/mixed.lua" <<'LUA'
local paths = {}
local regions = {"western-asia", "northern-africa", "western-europe", "south-america", "eastern-asia", "online"}
local tags = {"march", "vigil", "rally", "flag-raising"}
for i, r in ipairs(regions) do
  for j, t in ipairs(tags) do
    paths[#paths + 1] = "/calendar.ics?from=2026-01-01&region=" .. r .. "&tag=" .. t
  end
  paths[#paths + 1] = "/regions/" .. r .. ".ics"
end
for i = 0, 99, 7 do paths[#paths + 1] = "/campaigns/campaign-" .. i .. ".ics?from=2026-01-01" end
paths[#paths + 1] = "/calendar.ics?from=2026-01-01"
paths[#paths + 1] = "/api/v1/events?from=2026-01-01&limit=100"
paths[#paths + 1] = "/?from=2027-06-01"
paths[#paths + 1] = "/events/42"
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
LUA
  echo "== soak: $secs s of mixed load (2 threads x 50 connections), an import every 5 s"
  wrk -t2 -c50 -d"${secs}s" --latency -s "$work/mixed.lua" http://127.0.0.1:18090 > "$work/soak.out" &
  load=$!
  python3 - "$work/actions.json" "$work/change.json" <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))["events"][:1]
json.dump(events, open(sys.argv[2], "w"))
PY
  start=$(date +%s)
  samples=()
  while kill -0 "$load" 2>/dev/null; do
    sleep 5
    now=$(( $(date +%s) - start ))
    sed -i "s/\"title\": \"[^\"]*\"/\"title\": \"Vigil, round $now\"/; s/\"title\":\"[^\"]*\"/\"title\":\"Vigil, round $now\"/" "$work/change.json"
    ./target/release/actioncal import --db "$work/bench.db" "$work/change.json" >/dev/null 2>&1 || echo "   import failed at ${now}s"
    for mark in 60 120 180 240 300 600 900; do
      if [ "$now" -ge "$mark" ] && [ "$now" -lt $((mark + 5)) ]; then
        samples+=("RSS at ${mark}s: $(rss VmRSS)")
        echo "   RSS at ${mark}s: $(rss VmRSS) (peak so far $(rss VmHWM))"
      fi
    done
  done
  grep -E "Requests/sec|Latency|Non-2xx|Socket errors" "$work/soak.out" | sed 's/^/   /'
  echo "== server RSS now $(rss VmRSS), peak $(rss VmHWM)"
  exit 0
fi

feed="/calendar.ics?from=2026-01-01"
filtered="/calendar.ics?from=2026-01-01&region=western-asia"
# The same bytes for nginx, identity and gzip (gzip_static serves NAME.gz to clients that ask).
curl -s "http://127.0.0.1:18090$feed" -o "$work/static/calendar.ics"
curl -s "http://127.0.0.1:18090$filtered" -o "$work/static/filtered.ics"
curl -s -H "Accept-Encoding: gzip" "http://127.0.0.1:18090$feed" -o "$work/static/calendar.ics.gz"
curl -s -H "Accept-Encoding: gzip" "http://127.0.0.1:18090$filtered" -o "$work/static/filtered.ics.gz"
etag=$(curl -sI "http://127.0.0.1:18090$filtered" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# actioncal with one worker too: both servers are compared at their better worker count (with
# wrk on the same two cores, one worker often wins for small answers, for nginx as for us).
RUST_LOG="${RUST_LOG:-warn}" ./target/release/actioncal serve --db "$work/bench.db" --bind 127.0.0.1:18089 \
  --workers 1 --base-url https://calendar.example.org 2>"$work/server-1.log" &
server1=$!
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18089/healthz && break; sleep 0.1; done
for f in "$feed" "$filtered"; do
  curl -s -o /dev/null "http://127.0.0.1:18089$f"; curl -s -o /dev/null -H "Accept-Encoding: gzip" "http://127.0.0.1:18089$f"
done
# The anchor: ../shared/bench/nginx-anchor.conf (nginx tuned as a static server: sendfile,
# open_file_cache, keepalive_requests 1000000, gzip_static), with 1 worker and with 2; each
# comparison is against the faster of the two.
anchor="${ANCHOR:-../shared/bench/nginx-anchor.conf}"
[ -f "$anchor" ] || anchor=benches/nginx-anchor.conf  # the same file, for a clone elsewhere
[ -f "$anchor" ] || { echo "the anchor $anchor is missing (set ANCHOR=path)" >&2; exit 1; }
start_nginx() { # workers port
  local run="$PWD/$work/nginx-$1"
  mkdir -p "$run"
  sed -e "s|RUN/|$run/|g; s|RUN|$run|g; s|ROOT|$PWD/$work/static|g; s|PORT|$2|g" \
    -e "s|^worker_processes .*;|worker_processes $1;|" "$anchor" > "$run/nginx.conf"
  "$nginx_bin" -e "$run/error.log" -p "$run/" -c "$run/nginx.conf"
}
stop_nginx() { "$nginx_bin" -e "$PWD/$work/nginx-$1/error.log" -p "$PWD/$work/nginx-$1/" -c "$PWD/$work/nginx-$1/nginx.conf" -s quit 2>/dev/null || true; }
start_nginx 1 18091
start_nginx 2 18092
cleanup_nginx() { stop_nginx 1; stop_nginx 2; kill "$server1" 2>/dev/null || true; }
trap 'cleanup; cleanup_nginx' EXIT
sleep 0.5
nginx_etag=$(curl -sI http://127.0.0.1:18091/filtered.ics | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run() { # name url [header]
  local args=(-t2 -c50 -d"${secs}s" --latency)
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" "$2" > "$work/wrk.out"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.out")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.out")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.out")
  printf '%-40s %12s req/s   p50 %9s   p99 %9s\n' "$1" "$rps" "$p50" "$p99" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "n/a" }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
larger() { awk -v a="$1" -v b="$2" 'BEGIN{ print (a > b ? a : b) }'; }
# The machine's neighbours move every figure by up to 40 % within a minute, so each comparison
# runs ROUNDS times (3 unless set), actioncal and the two nginx taking turns, and the medians
# are compared: actioncal's against the faster nginx's.
rounds="${ROUNDS:-3}"
pair() { # name path header nginx-path nginx-header
  local ours1=() ours2=() one=() two=()
  for _ in $(seq "$rounds"); do
    ours1+=("$(run "actioncal, 1 worker: $1" "http://127.0.0.1:18089$2" "$3")")
    ours2+=("$(run "actioncal, 2 workers: $1" "http://127.0.0.1:18090$2" "$3")")
    one+=("$(run "nginx, 1 worker: $1" "http://127.0.0.1:18091$4" "$5")")
    two+=("$(run "nginx, 2 workers: $1" "http://127.0.0.1:18092$4" "$5")")
  done
  echo "$(larger "$(median "${ours1[@]}")" "$(median "${ours2[@]}")") $(larger "$(median "${one[@]}")" "$(median "${two[@]}")")"
}

echo "== $secs s per scenario, 2 threads, 50 connections, loopback, 2 cores shared by server and wrk"
echo "   (actioncal and nginx ($anchor) each with 1 and 2 workers; $rounds rounds, taking turns;"
echo "   ratios of the better medians)"
read -r b n < <(pair "full feed (hot)" "$feed" "" "/calendar.ics" "")
read -r bg ng < <(pair "full feed (hot, gzip)" "$feed" "Accept-Encoding: gzip" "/calendar.ics" "Accept-Encoding: gzip")
read -r f nf < <(pair "filtered feed (hot)" "$filtered" "" "/filtered.ics" "")
read -r fg nfg < <(pair "filtered feed (hot, gzip)" "$filtered" "Accept-Encoding: gzip" "/filtered.ics" "Accept-Encoding: gzip")
read -r r nr < <(pair "304 revalidation (filtered)" "$filtered" "If-None-Match: $etag" "/filtered.ics" "If-None-Match: $nginx_etag")
echo "== medians (actioncal vs the faster nginx, req/s): full $b vs $n, full gzip $bg vs $ng," \
  "filtered $f vs $nf, filtered gzip $fg vs $nfg, 304 $r vs $nr"
run "actioncal single action feed" "http://127.0.0.1:18090/events/42.ics" >/dev/null
run "actioncal JSON list" "http://127.0.0.1:18090/api/v1/events?from=2026-01-01&limit=100" >/dev/null
run "actioncal day-by-day page" "http://127.0.0.1:18090/?from=2027-06-01" >/dev/null
echo "== ratios to the anchor nginx: full $(ratio "$b" "$n"), full gzip $(ratio "$bg" "$ng")," \
  "filtered $(ratio "$f" "$nf"), filtered gzip $(ratio "$fg" "$nfg"), 304 $(ratio "$r" "$nr")"
echo "== server peak RSS: $(rss VmHWM)"
kill "$server" 2>/dev/null || true
cleanup_nginx

echo "== baselines building the same $(python3 -c "import json;print(len(json.load(open('$work/actions.json'))['events']))") actions (best of 3)"
( cd benches/baselines && [ -d node_modules ] || npm ci --no-audit --no-fund --silent )
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q -r benches/baselines/requirements.txt
py=$("$work/venv/bin/python" benches/baselines/python_icalendar.py "$work/actions.json" 3)
js=$(node benches/baselines/ical_generator.mjs "$work/actions.json" 3)
echo "   $py"
echo "   $js"
fresh=$(grep -o 'render_fresh_s=[0-9.]*' "$work/feeds.out" | cut -d= -f2)
kept=$(grep -o 'render_kept_s=[0-9.]*' "$work/feeds.out" | cut -d= -f2)
pys=$(echo "$py" | python3 -c 'import json,sys;print(json.load(sys.stdin)["seconds"])')
jss=$(echo "$js" | python3 -c 'import json,sys;print(json.load(sys.stdin)["seconds"])')
echo "   actioncal: fresh render ${fresh} s, after one change ${kept} s (benches/feeds.rs, best of 5)"
echo "== ratios: fresh render $(ratio "$pys" "$fresh") x Python icalendar, $(ratio "$jss" "$fresh") x ical-generator;" \
  "after one change $(ratio "$pys" "$kept") x Python icalendar, $(ratio "$jss" "$kept") x ical-generator"
