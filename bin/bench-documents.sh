#!/usr/bin/env bash
# Upload and download throughput of a large file through the gateway, next to a plain copy of the same file on
# the same disk in the same run, and the document service's peak RSS while it streams (docs/benchmarks.md).
# Starts the whole stack on a fresh data directory, as the e2e suite does (fixed ports: nothing else may run).
#
#   bin/bench-documents.sh [--megabytes 100] [--rounds 3]
#
# The upload limit is raised for this run only (the default, 20 MB, stays what the platform enforces).
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh

megabytes=100
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --megabytes) megabytes=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

limit="$((megabytes + 10))MB"
export CLIENTELE_DOCUMENTS_MAXSIZE="$limit" CLIENTELE_UPLOADS_MAXFILESIZE="$limit"
./mvnw -B -q -DskipTests install
./mvnw -B -pl e2e verify -Dit.test=DocumentTransferBenchmark -Dbench.megabytes="$megabytes" -Dbench.rounds="$rounds"
cat e2e/target/benchmarks/document-transfer.md
