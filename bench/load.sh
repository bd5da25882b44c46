#!/usr/bin/env bash
# Load test of the packaged service on loopback (issue 6): start-up to ready, resident memory, and per endpoint the
# requests per second and p50/p99 latency at a fixed rate (hey, 1,000 req/s) and at saturation (wrk), each also as a
# ratio to /q/health/live measured in the same run.
#
#   bench/load.sh [--seeds DIR] [--data DIR] [--jar FILE] [--port N] [--seconds N] [--rate N] [--label TEXT]
#
#   --seeds    the directory loaded at start-up (default: seeds/); bench/corpus.sh writes generated ones
#   --data     the H2 data directory; kept, so that a second run over the same one measures a restart
#   --jar      the packaged service (default: target/diplomatic-visits-runner.jar, from ./mvnw package)
#
# The JVM options are those the README's start command had until 2026-12-07 (class-data sharing archive, C1 only,
# serial GC; the README now also keeps C1 to one compiler thread, which changes start-up, not the warm figures) unless
# JAVA_OPTS is set: JAVA_OPTS=" " runs the JVM's defaults, and
# JAVA_OPTS="-XX:SharedArchiveFile=target/app-cds.jsa -XX:+UseSerialGC" both JIT compilers, as the Docker image does.
#   --seconds  length of each load (default 20)
#   --rate     the fixed rate in requests per second (default 1000)
#
# Needs wrk and hey (Debian packages wrk, hey), curl and a JDK. Prints Markdown to stdout; the service's log is kept
# in DATA/service.log. The load generators share the machine with the service: on 2 cores they take part of the CPU
# that the service would otherwise have, so every figure here is a lower bound for the service alone.
set -euo pipefail

cd "$(dirname "$0")/.."
seeds=seeds data=target/load-data jar=target/diplomatic-visits-runner.jar port=8089 seconds=20 rate=1000 label=""
while [ $# -gt 0 ]; do
    case "$1" in
        --seeds) seeds=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --rate) rate=$2; shift 2 ;;
        --label) label=$2; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in wrk hey curl java; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk hey)" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests" >&2; exit 2; }
java_opts=${JAVA_OPTS:-"-XX:SharedArchiveFile=target/app-cds.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}

base="http://127.0.0.1:$port"
mkdir -p "$data"
log="$data/service.log"
pid=""
stop() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap stop EXIT

# Starts the service; sets pid, and started_ms to the milliseconds until /q/health/ready answers 200.
start() {
    local began now
    began=$(date +%s%N)
    VISITS_SEEDS_DIR="$seeds" VISITS_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" \
        java $java_opts -jar "$jar" >>"$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$base/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $log" >&2; exit 1; }
        sleep 0.05
    done
    now=$(date +%s%N)
    started_ms=$(( (now - began) / 1000000 ))
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

# hey: "<req/s> <p50 ms> <p99 ms> <non-2xx>" for a fixed rate spread over 10 workers.
fixed_rate() {
    local out workers=10
    out=$(hey -z "${seconds}s" -c "$workers" -q $(( rate / workers )) "$1")
    awk -v errors="$(echo "$out" | awk '/^  \[[0-9]+\]/ && $1 !~ /\[2/ { n += $2 } END { print n + 0 }')" '
        /Requests\/sec/ { rps = $2 }
        /  50% in/ { p50 = $3 * 1000 }
        /  99% in/ { p99 = $3 * 1000 }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }' <<<"$out"
}

# wrk: "<req/s> <p50 ms> <p99 ms> <non-2xx>" at saturation (2 threads, 16 connections).
saturated() {
    local out
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$1")
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { errors = $NF }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors + 0 }' <<<"$out"
}

documents=$(find "$seeds" -maxdepth 1 -type f | wc -l)
start
ready_ms=$started_ms
rss_ready=$(rss_mb)
stored=$(curl -sf "$base/q/health/ready" | grep -o '"documents": *[0-9]*' | grep -o '[0-9]*$')

# The endpoints, with an id and a search word taken from the store itself.
visit_id=$(curl -sf "$base/api/v1/visits?country=CN&size=1" | grep -o '"id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
person=$(curl -sf "$base/api/v1/visits/$visit_id" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)
word=$(python3 -c 'import sys; print(max(sys.argv[1].split(), key=len))' "$person")
query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")
endpoints=(
    "/q/health/live"
    "/api/v1/visits?country=CN&page=0&size=20"
    "/api/v1/visits/$visit_id"
    "/api/v1/participants?q=$query"
    "/api/v1/countries/CN"
)
for e in "${endpoints[@]}"; do     # warm-up: JIT and caches, not measured
    wrk -t1 -c4 -d5s "$base$e" >/dev/null
done

echo "### ${label:-$seeds}: $stored documents stored"
echo
echo "Start-up to ready: **$ready_ms ms** ($documents files in $seeds); resident memory at ready: $rss_ready MB."
echo "Participant search word: \`$word\` (from \`$person\`); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) before."
echo
echo "| endpoint | $rate req/s: achieved | p50 ms | p99 ms | p99 / live | saturation req/s | p50 ms | p99 ms | req/s / live | non-2xx |"
echo "|---|---|---|---|---|---|---|---|---|---|"
live_p99="" live_rps=""
for e in "${endpoints[@]}"; do
    read -r f_rps f_p50 f_p99 f_err < <(fixed_rate "$base$e")
    read -r s_rps s_p50 s_p99 s_err < <(saturated "$base$e")
    if [ -z "$live_p99" ]; then live_p99=$f_p99 live_rps=$s_rps; fi
    ratio_p99=$(awk -v a="$f_p99" -v b="$live_p99" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
    ratio_rps=$(awk -v a="$s_rps" -v b="$live_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| \`${e/$visit_id/{id\}}\` | $f_rps | $f_p50 | $f_p99 | $ratio_p99 | $s_rps | $s_p50 | $s_p99 | $ratio_rps | $((f_err + s_err)) |"
done
echo
echo "Resident memory after the load: $(rss_mb) MB."
stop

start
restart_ms=$started_ms
echo "Restart over the same data to ready: **$restart_ms ms**; the loader logged: \`$(grep 'Seeds from' "$log" | tail -1 | sed 's/.*SeedLoader\] ([^)]*) //')\`."
stop
