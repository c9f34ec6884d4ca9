#!/usr/bin/env bash
# Bounded load on loopback against the main API endpoints, with the demo data: wrk (Debian's package),
# 50 connections by default. Reports requests/s, latency percentiles and errors; the goal is p99 < 200 ms
# with 0 errors on a 2-core machine. Not a test: run it by hand (docs/server.md).
#
#   dyad-server/bench/bench-serve.sh [--connections 50] [--duration 30s] [--threads 2] [--port 7079] [--cache N]
#
# --cache 0 serves every request from DuckDB (no answer cache): the cost of a first visit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
connections=50 duration=30s threads=2 port=7079 cache=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    *) echo "usage: $0 [--connections N] [--duration 30s] [--threads N] [--port P] [--cache N]" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "bench-serve: wrk is missing: apt-get install wrk" >&2; exit 1; fi
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
work="$root/dyad-server/target/bench"
mkdir -p "$work"
db="$work/demo.duckdb"
"$root/dyad" demo --db "$db" --no-serve
"$root/dyad" serve --db "$db" --port "$port" --cache "$cache" 2>"$work/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null
echo "bench-serve: warm-up (5 s)..." >&2
wrk -t"$threads" -c"$connections" -d5s -s "$here/endpoints.lua" "http://127.0.0.1:$port" >/dev/null
echo "bench-serve: $connections connections, $threads wrk threads, $duration, answer cache $cache; load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 5s --latency -s "$here/endpoints.lua" \
  "http://127.0.0.1:$port" | tee "$work/wrk.txt"
line="$(grep '^BENCH ' "$work/wrk.txt")"
p99="$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")"
errors=$(( $(sed -E 's/.*socket_errors=([0-9]+).*/\1/' <<<"$line") + $(sed -E 's/.*status_errors=([0-9]+).*/\1/' <<<"$line") ))
non2xx="$(grep -c 'Non-2xx' "$work/wrk.txt" || true)"
verdict=met
if awk "BEGIN{exit !($p99 >= 200)}" || [ "$errors" -ne 0 ] || [ "$non2xx" -ne 0 ]; then verdict="NOT met"; fi
echo "bench-serve: p99 ${p99} ms, errors ${errors}, non-2xx lines ${non2xx}: goal (p99 < 200 ms, 0 errors) ${verdict}"
