#!/usr/bin/env bash
# The poller's figures (issue 17), outside CI:
#   bash benches/sources.sh [SOURCES]     # 1 000 by default
# nginx (the anchor configuration, ../shared/bench/nginx-anchor.conf, one worker) serves a
# partner's calendar on loopback at SOURCES distinct URLs; the release build follows them all.
# Rounds: the first poll of every source (200s, each event new), every source unchanged (304
# to the conditional GET), every source answering 200 with the same events and a new DTSTAMP
# (ETags off: the events are read and compared, nothing is written), then one partner's change
# timed to the moment our feed shows it. Each round: wall time, polls per second, CPU, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="target/sources-bench"
rm -rf "$work"
mkdir -p "$work/static" "$work/nginx"
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
cargo build --release --bin actioncal 2>/dev/null
bin="$PWD/target/release/actioncal"
port=18095
calendar() { # title stamp
  printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VEVENT\r\nUID:rally@partner.example\r\nDTSTAMP:%s\r\nSUMMARY:%s\r\nDTSTART;TZID=Europe/Berlin:20270610T180000\r\nDTEND;TZID=Europe/Berlin:20270610T200000\r\nLOCATION:Rathaus\\, Berlin\\, Germany\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' "$2" "$1"
}
# Titles of one length: the anchor nginx keeps files' metadata (open_file_cache) for 60 s, so a
# file rewritten at another size is sent with its old length (we refuse such a cut answer).
calendar "Rally moved -" "20261201T000000Z" > "$work/static/feed.ics"
anchor="${ANCHOR:-../shared/bench/nginx-anchor.conf}"
[ -f "$anchor" ] || anchor=benches/nginx-anchor.conf
start_nginx() { # extra directives
  sed -e "s|RUN/|$PWD/$work/nginx/|g; s|RUN|$PWD/$work/nginx|g; s|ROOT|$PWD/$work/static|g; s|PORT|$port|g" \
    -e "s|^worker_processes .*;|worker_processes 1;|" -e "s|    etag on;|    $1|" "$anchor" > "$work/nginx/nginx.conf"
  "$nginx_bin" -e "$PWD/$work/nginx/error.log" -p "$PWD/$work/nginx/" -c "$PWD/$work/nginx/nginx.conf"
  sleep 0.3
}
stop_nginx() { "$nginx_bin" -e "$PWD/$work/nginx/error.log" -p "$PWD/$work/nginx/" -c "$PWD/$work/nginx/nginx.conf" -s quit 2>/dev/null || true; sleep 0.3; }
trap stop_nginx EXIT
start_nginx "etag on;"
# A store with n sources, each a distinct URL of the same calendar, trusted (published at once).
"$bin" admin list-coordinators --db "$work/store.db" >/dev/null 2>&1 || "$bin" import --db "$work/store.db" <(echo '[]') >/dev/null
python3 - "$work/store.db" "$n" "$port" <<'PY'
import sqlite3, sys
db, n, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
c = sqlite3.connect(db)
c.executemany(
    "INSERT INTO sources (url, name, trust, next_poll_at, created_at, updated_at) VALUES (?, ?, 'publish', 0, 0, 0)",
    [(f"http://127.0.0.1:{port}/feed.ics?partner={i}", f"Partner {i}") for i in range(n)],
)
c.commit()
PY
round() { # name
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" sources poll --once --all --dangerously-allow-loopback-sources \
    --db "$work/store.db" > "$work/out" 2>&1
  read -r wall user sys rss < "$work/time"
  printf '%-58s %6.2f s wall, %7.0f polls/s, CPU %5.2f s (user %s, sys %s), peak RSS %d MB; %s\n' "$1" "$wall" \
    "$(awk -v n="$n" -v w="$wall" 'BEGIN{print n/w}')" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$user" "$sys" \
    "$((rss / 1024))" "$(sed -n 's/^[0-9]* [^:]*: \([a-z]*\).*/\1/p' "$work/out" | sort | uniq -c | tr '\n' ' ' | sed 's/  */ /g')"
}
echo "== $n sources of one partner calendar on loopback (nginx, anchor configuration)"
round "first poll of each (200, one new action each)"
round "unchanged (304 to If-None-Match)"
stop_nginx
start_nginx "etag off; if_modified_since off;"
calendar "Rally moved -" "20261202T000000Z" > "$work/static/feed.ics"
round "the same events, a new DTSTAMP (200, read and compared)"
# One partner's change, from the moment the file changes to the moment our feed shows it:
# the poll (what the poller does when the source is due) and the feed's next answer.
"$bin" serve --db "$work/store.db" --bind 127.0.0.1:18096 --no-poll-sources 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true; stop_nginx' EXIT
for _ in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:18096/healthz && break; sleep 0.1; done
curl -s -o /dev/null "http://127.0.0.1:18096/calendar.ics"
python3 - "$work" "$bin" <<'PY'
import sqlite3, subprocess, sys, time, urllib.request
work, binary = sys.argv[1], sys.argv[2]
c = sqlite3.connect(f"{work}/store.db")
c.execute("UPDATE sources SET paused = 1 WHERE id > 1")
c.commit()
times = []
for round_ in range(5):
    title = f"Rally moved {round_}"
    body = open(f"{work}/static/feed.ics", "rb").read()
    old = body.split(b"SUMMARY:")[1].split(b"\r\n")[0]
    start = time.monotonic()
    open(f"{work}/static/feed.ics", "wb").write(body.replace(b"SUMMARY:" + old, b"SUMMARY:" + title.encode()))
    subprocess.run([binary, "sources", "poll", "--once", "--all", "--dangerously-allow-loopback-sources", "--db", f"{work}/store.db"], check=True, capture_output=True)
    feed = urllib.request.urlopen("http://127.0.0.1:18096/calendar.ics").read().decode()
    took = time.monotonic() - start
    assert f"SUMMARY:{title}" in feed, "the change is in the feed"
    times.append(took * 1000)
times.sort()
print(f"{'a partner change to our feed (poll + next feed answer)':58s} median {times[2]:.1f} ms, range {times[0]:.1f}-{times[-1]:.1f} ms over 5 rounds")
print("   (plus the wait for the source to be due: the interval its partner asks for, 15 min to 24 h, 1 h by default)")
PY
