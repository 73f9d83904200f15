#!/usr/bin/env bash
# Seconds from `npm start` to the first HTTP answer on PORT (the web, which answers `/` once the
# gateway, the notifier and the web are up), then stops the platform (SIGTERM to its process
# group, as Ctrl+C would) and waits until it is gone. A measurement, not a test.
#
#   bench/scripts/start-time.sh DATA_DIR [PORT]     # DATA_DIR empty or missing: a first start
#
# Prints one line: `<seconds> s <label>`; the platform's output goes to DATA_DIR/start.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:?usage: start-time.sh DATA_DIR [PORT]}
port=${2:-3917}
mkdir -p "$data"
label=$([ -d "$data/postgres" ] && echo "start with existing data" || echo "first start (empty data dir)")

t0=$(date +%s%N)
IKONE_DATA_DIR="$data" PORT="$port" setsid npm start >"$data/start.log" 2>&1 &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 -- "-$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
trap stop EXIT
until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "npm start ended before answering; see $data/start.log" >&2
    exit 1
  fi
  sleep 0.05
done
t1=$(date +%s%N)
awk -v ns=$((t1 - t0)) -v l="$label" 'BEGIN { printf "%.1f s %s\n", ns / 1e9, l }'
