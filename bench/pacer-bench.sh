#!/usr/bin/env bash
# The pacer's waits that should be none, over embedded PostgreSQL, printing BENCH lines:
#   bench/pacer-bench.sh   RUNS=200   another key's first slot (< 500 ms), an unpaced dial (< 1 s)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl activities -am test -Dtest=DialPacerBenchmark -Dbench.pacer="${RUNS:-200}" \
  -Dsurefire.failIfNoSpecifiedTests=false
grep BENCH "activities/target/surefire-reports/dev.dialer.activities.telephony.DialPacerBenchmark-output.txt"
