#!/usr/bin/env bash
# Generates a National Do Not Call Registry file of LINES lines (default 1,000,000; half plain
# 10-digit numbers, half "areacode,number"), imports it with the api's importer into embedded
# PostgreSQL (COPY, streamed) and prints rows/s.
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${LINES:-1000000}"
FILE="${FILE:-${TMPDIR:-/tmp}/dnc-registry-${LINES}.txt}"

awk -v n="$LINES" 'BEGIN {
  for (i = 0; i < n; i++) {
    area = 201 + int(i / 8000000); exchange = 200 + int(i / 10000) % 800; line = i % 10000;
    if (i % 2) printf "%d,%d%04d\n", area, exchange, line; else printf "%d%d%04d\n", area, exchange, line;
  }
}' > "$FILE"
echo "generated $FILE ($(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1))"

# Reactor build from this tree only (no install into the shared ~/.m2).
./mvnw -q -pl activities -am test -Dtest=NationalRegistryImportBenchmark \
  -Dbench.file="$FILE" -Dsurefire.failIfNoSpecifiedTests=false
grep BENCH activities/target/surefire-reports/dev.dialer.activities.dnc.NationalRegistryImportBenchmark-output.txt
