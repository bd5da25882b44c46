#!/usr/bin/env bash
# Writes COUNT generated articles (Vietnamese and English, from src/bench's ArticleGenerator) into DIR, one file each,
# for bench/load.sh --seeds DIR. Article i of a seed is always the same text.
#
#   bench/corpus.sh COUNT DIR [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/corpus.sh COUNT DIR [seed]" >&2; exit 2; }
[ -f target/benchmarks.jar ] || ./mvnw -B -q -Pbench package -DskipTests
java -cp target/benchmarks.jar io.diplomaticvisits.bench.WriteCorpus "$@"
