#!/usr/bin/env bash
# Seconds from `npm start` to the first HTTP answer on PORT (the web, any status) and to the first
# 200 from /health/ready there (passed through to the gateway: database and queue answer); it
# adds the CPU seconds its processes used until then (on a shared machine the wall-clock figures
# grow with the load, the CPU seconds much less), then stops the platform (SIGTERM to its process
# group, as Ctrl+C would) and waits until it is gone. A measurement, not a test.
#
#   bench/scripts/start-time.sh DATA_DIR [PORT]     # DATA_DIR empty or missing: a first start
#
# Prints one line; the platform's output goes to DATA_DIR/start-first.log or start-again.log, each
# line prefixed with the seconds since the start, to see where the time goes.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:?usage: start-time.sh DATA_DIR [PORT]}
port=${2:-3917}
mkdir -p "$data"
if [ -d "$data/postgres" ]; then label="start with existing data"; log="$data/start-again.log"; else label="first start (empty data dir)"; log="$data/start-first.log"; fi

t0=$(date +%s%N)
IKONE_DATA_DIR="$data" PORT="$port" setsid bash -c '
  npm start 2>&1 | { trap "" TERM; while IFS= read -r line; do
    printf "%6.1f %s\n" "$(( $(date +%s%N) - '"$t0"' ))e-9" "$line"
  done; }' >"$log" 2>&1 &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 -- "-$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
trap stop EXIT
wait_for() {
  until curl -s "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "npm start ended before answering; see $log" >&2
      exit 1
    fi
    sleep 0.05
  done
}
wait_for -o /dev/null --max-time 2 "http://127.0.0.1:$port/"
t1=$(date +%s%N)
wait_for -f -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"
t2=$(date +%s%N)
# CPU the process group used up to now (launcher, database, gateway, notifier, web, and the
# finished build check): utime + stime + the same of reaped children, from /proc/<pid>/stat.
cpu=$(for p in $(pgrep -g "$pid"); do cat "/proc/$p/stat" 2>/dev/null; done |
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15 } END { printf "%.1f", t / hz }')
awk -v a=$((t1 - t0)) -v b=$((t2 - t0)) -v c="$cpu" -v l="$label" 'BEGIN { printf "%.1f s to first answer, %.1f s to /health/ready 200, %s s CPU until then: %s\n", a / 1e9, b / 1e9, c, l }'
