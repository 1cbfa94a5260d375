#!/usr/bin/env bash
# Measures the local stack as docs/benchmarks.md reports it: time from ./start-local.sh to "Clientèle is up",
# then the idle RSS of every process after a settle delay, then stops it and times the stop. It sends SIGTERM, which
# runs the same shutdown hook as Ctrl-C: a background job started by a script ignores SIGINT.
#
#   bin/measure-stack.sh [--cold] [--settle SECONDS]
#
#   --cold     a new, empty data directory (first start: schemas, realm import, jar extraction, no CDS archives)
#   default    the data directory .local-data-bench/ kept from the previous run (warm start)
# The build is not timed: run ./mvnw -DskipTests install first (start-local.sh --no-build is used here).
set -euo pipefail
cd "$(dirname "$0")/.."

data=.local-data-bench
settle=60
while [ $# -gt 0 ]; do
  case "$1" in
    --cold) rm -rf "$data" ;;
    --settle) settle=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log=$(mktemp)
start=$(date +%s.%N)
setsid ./start-local.sh --no-build --data-dir "$data" >"$log" 2>&1 &
launcher=$!
trap 'kill -TERM "$launcher" 2>/dev/null || true' EXIT

until grep -q "Clientèle is up" "$log"; do
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "The stack did not start:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  sleep 0.5
done
ready=$(date +%s.%N)
printf 'start-local.sh --no-build to "up": %.1f s (launcher says: %s)\n' \
  "$(echo "$ready - $start" | bc)" "$(grep -o 'is up ([^)]*) in [0-9.]* s' "$log")"

echo "Letting the stack idle ${settle} s before reading RSS..."
sleep "$settle"

# One row per process of the stack: the launcher's session (setsid above) holds every child but PostgreSQL, which
# pg_ctl starts in a session of its own; its processes are found by their data directory and summed.
echo
echo "| Process | RSS (MB) |"
echo "|---|---|"
total=0
while read -r pid sid rss args; do
  [ "$sid" = "$launcher" ] || continue
  name=
  case "$args" in
    *ca.clientele.local.LocalStack*) name=launcher ;;
    *kafka.Kafka*) name=kafka ;;
    *io.quarkus*|*keycloak*) name=keycloak ;;
    *spring.context.exit=onRefresh*) continue ;;
    *-jar*) name=$(echo "$args" | sed -E 's#.*-jar ([^ ]*/)?([^/ ]+)\.jar.*#\2#') ;;
  esac
  [ -n "$name" ] || continue
  mb=$((rss / 1024))
  total=$((total + mb))
  echo "| $name | $mb |"
done < <(ps -eo pid=,sid=,rss=,args= | grep '[j]ava')
postmaster=$(pgrep -f -- "postgres -D $PWD/$data/postgres" | head -1)
pg=$(ps -eo pid=,ppid=,rss= | awk -v pm="$postmaster" '$1 == pm || $2 == pm { sum += $3 } END { print int(sum / 1024) }')
# Every PostgreSQL process maps the same shared buffers, so the RSS sum counts them many times; PSS shares them out.
pg_pss=0
for pid in $(ps -eo pid=,ppid= | awk -v pm="$postmaster" '$1 == pm || $2 == pm { print $1 }'); do
  kb=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
  pg_pss=$((pg_pss + ${kb:-0}))
done
pg_pss=$((pg_pss / 1024))
total=$((total + pg_pss))
echo "| postgres (all processes; RSS sum $pg MB counts shared buffers once per process, PSS counted) | $pg_pss |"
echo "| **total** | **$total** |"

# A first run trains the start-up archives in the background after "up"; let it finish so that the next (warm) run
# measures what a newcomer's second start gets.
if grep -q "Training start-up archives" "$log"; then
  echo
  echo "Waiting for the background training of start-up archives..."
  for _ in $(seq 1 600); do
    grep -q "Start-up archives written" "$log" && break
    sleep 1
  done
  grep -o "Start-up archives written.*" "$log" || echo "(training not finished after 10 min)"
fi

stop_begin=$(date +%s.%N)
kill -TERM "$launcher"
trap - EXIT
wait "$launcher" 2>/dev/null || true
printf '\nStop signal to every process gone: %.1f s\n' "$(echo "$(date +%s.%N) - $stop_begin" | bc)"
rm -f "$log"
