#!/usr/bin/env bash
# Campaign benchmarks over the real stack in one JVM (api + worker, Temporal's test server,
# embedded PostgreSQL, twilio-sim's fast profile), printing BENCH lines:
#   bench/campaign-bench.sh pacing   RATES=1,5,20 SECONDS=30   most dials in any second vs the setting
#   bench/campaign-bench.sh scale    CONTACTS=100000 CPS=50 CONCURRENT=500   wall time, longest history
#   bench/campaign-bench.sh import   ROWS=1000000   CSV upload rows/s vs a raw COPY of the same file
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-}"
case "$what" in
  pacing) test=CampaignPacingBenchmark; props=(-Dbench.pacing="${RATES:-1,5,20}" -Dbench.seconds="${SECONDS_EACH:-30}") ;;
  scale) test=CampaignScaleBenchmark; props=(-Dbench.contacts="${CONTACTS:-100000}" -Dbench.cps="${CPS:-50}" -Dbench.concurrent="${CONCURRENT:-500}") ;;
  import) test=ContactImportBenchmark; props=(-Dbench.rows="${ROWS:-1000000}") ;;
  *) echo "usage: bench/campaign-bench.sh pacing|scale|import" >&2; exit 2 ;;
esac
# A reactor build of api and the modules it needs, from this tree only: nothing is installed into
# (or read from) the shared ~/.m2, so a bench never runs another tree's artifacts.
./mvnw -q -pl api -am test -Dtest="$test" "${props[@]}" -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="${ARGLINE:--Xmx8g}"
grep BENCH "api/target/surefire-reports/dev.dialer.api.bench.$test-output.txt"
