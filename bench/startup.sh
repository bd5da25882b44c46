#!/usr/bin/env bash
# Start-up to ready (issue 6): milliseconds from launching the JVM until /q/health/ready answers 200, for several
# sets of JVM options, each started RUNS times, on a first start (empty data directory: the seeds are extracted and
# stored) and on a restart (the seeds are stored already). Prints a Markdown table with the median and the range.
#
#   bench/startup.sh [--runs N] [--port N] [--seeds DIR]
#
# Needs the packaged jar and archive (./mvnw package -DskipTests) and curl. Nothing else may run on the port.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=7 port=8091 seeds=seeds
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --seeds) seeds=$2; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
jar=target/diplomatic-visits-runner.jar
[ -f "$jar" ] && [ -f target/app-cds.jsa ] || { echo "run ./mvnw package -DskipTests first" >&2; exit 2; }
data=$(mktemp -d)
log=target/startup-bench.log
pid=""
stop() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap 'stop; rm -rf "$data"' EXIT

# Prints the milliseconds one start takes to be ready, then stops the service.
one_start() {
    local began now
    began=$(date +%s%N)
    # shellcheck disable=SC2086 # the options are words
    VISITS_SEEDS_DIR="$seeds" VISITS_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" java $1 -jar "$jar" >>"$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $log" >&2; exit 1; }
        sleep 0.02
    done
    now=$(date +%s%N)
    stop
    echo $(( (now - began) / 1000000 ))
}

# "median ms (min–max)" over the runs; fresh=1 empties the data directory before each start.
measure() {
    local options=$1 fresh=$2 value values=()
    for _ in $(seq "$runs"); do
        if [ "$fresh" = 1 ]; then rm -rf "${data:?}"/*; fi
        value=$(one_start "$options") || exit 1
        values+=("$value")
    done
    printf '%s\n' "${values[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%d ms (%d–%d)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

echo "Start-up to ready, median of $runs starts (range), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| JVM options | restart (seeds stored) | first start (seeds extracted) |"
echo "| --- | --- | --- |"
for options in "-XX:SharedArchiveFile=target/app-cds.jsa -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC" \
               "-XX:SharedArchiveFile=target/app-cds.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
               "-XX:SharedArchiveFile=target/app-cds.jsa" \
               "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
               "(none)"; do
    opts=${options/(none)/}
    fresh=$(measure "$opts" 1)      # the last of these leaves the seeds stored for the restarts
    restart=$(measure "$opts" 0)
    echo "| \`$options\` | $restart | $fresh |"
done
