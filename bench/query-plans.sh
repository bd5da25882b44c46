#!/usr/bin/env bash
# How H2 reads the tables for every filtered list: bench/list-queries.sql explained on a store.
#   bench/query-plans.sh DATA_DIR      (the service must not be running on it: H2 locks the file)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: bench/query-plans.sh DATA_DIR" >&2; exit 2; }
# The service's jar holds every library, H2's driver among them.
jar=target/diplomatic-visits-runner.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests" >&2; exit 2; }
java -cp "$jar" bench/QueryPlans.java "jdbc:h2:file:$(cd "$1" && pwd)/./visits;ACCESS_MODE_DATA=r" bench/list-queries.sql
