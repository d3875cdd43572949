#!/usr/bin/env bash
# Route071 benchmark: one command, every figure in its output (see docs/operations.md).
#   benchmark/run.sh            or   mvn -Pbenchmark verify
# It starts a throwaway PostgreSQL 15 (benchmark/postgres.sh, port 5433), measures pgbench TPC-B, the route under the
# starter's stock settings and under Route071's settings (Java API, same clients), two nodes of the packaged jar with
# kill -9 halfway, and the Tasklist task query and overview on a seeded database; then stops PostgreSQL again.
# 6. bounded reads (issue #15): the evaluation report over BENCH_PROPOSALS (100000) SYNTHETIC proposals in one JVM with
# -Xmx$BENCH_HEAP, and a griffier's task queries (authorization on), nl.route071.benchmark.Rapportbenchmark; then the
# meetings pages (issue #21: a meeting's agenda and the overview, QUERY page:...), their SYNTHETIC meetings seeded when
# missing, also with BENCH_KEEP=1 (BENCH_MEETINGS, default one per 20 proposals).
#   BENCH_ONLY=rapport benchmark/run.sh   runs only this part (docs/benchmark.md); BENCH_KEEP=1 measures again on the
#   database seeded by the previous run (no seeding, no fresh database).
# Smoke (CI, .ci/run): BENCH_SMOKE=1 benchmark/run.sh drives a few routes in both settings and two nodes with kill -9
# (no pgbench, no CDS, no Tasklist or report at scale); any step ends with exit status 1 when a RESULT or CHECK failed.
# Settings (environment): BENCH_SMOKE (unset or 1), BENCH_BATCHING (1: Route071's settings also with jdbc batching on, step 2b), BENCH_SKIP_SCALE (1: stop after the two nodes, no steps 5 and 6), BENCH_JFR (1: a JFR profile of the measured Route071 run), BENCH_PROPOSALS (100000), BENCH_REPORT_OPEN (5000), BENCH_ONLY (unset or rapport), BENCH_CLIENTS (4), BENCH_ROUTES (300), BENCH_WARMUP (60), BENCH_CLUSTER_ROUTES (60),
# BENCH_COMPLETED (100000), BENCH_OPEN (5000), BENCH_PGBENCH_SECONDS (30), BENCH_HEAP (384m), BENCH_SKIP_BUILD (unset),
# BENCH_PORTS (18088,18089), BENCH_PG_PORT (5433), BENCH_PG_DATA.
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=${BENCH_SMOKE:-}
if [ -n "$SMOKE" ]; then
  : "${BENCH_CLIENTS:=2}" "${BENCH_ROUTES:=4}" "${BENCH_WARMUP:=1}" "${BENCH_CLUSTER_ROUTES:=6}" "${BENCH_JFR:=0}"
fi
CLIENTS=${BENCH_CLIENTS:-4}
ROUTES=${BENCH_ROUTES:-300}
WARMUP=${BENCH_WARMUP:-60}
CLUSTER_ROUTES=${BENCH_CLUSTER_ROUTES:-60}
JFR=${BENCH_JFR:-1}
COMPLETED=${BENCH_COMPLETED:-100000}
OPEN=${BENCH_OPEN:-5000}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
HEAP=${BENCH_HEAP:-384m}
PORTS=${BENCH_PORTS:-18088,18089}
export BENCH_PG_PORT=${BENCH_PG_PORT:-5433}
# The postgres profile refuses to start without an administrator password (docs/security.md); the benchmark's
# throwaway database gets one of its own, and the REST drivers log in with it.
export ROUTE071_ADMIN_USER=${ROUTE071_ADMIN_USER:-beheerder}
export ROUTE071_ADMIN_PASSWORD=${ROUTE071_ADMIN_PASSWORD:-Benchmark-Admin-1}
# ... and without database credentials (docs/security.md): the throwaway database's own (benchmark/postgres.sh)
export POSTGRES_USER=${POSTGRES_USER:-route071}
export POSTGRES_PASS=${POSTGRES_PASS:-route071}
PGBIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
OUT=target/benchmark
mkdir -p "$OUT"
REPORT="$OUT/report.txt"
: >"$REPORT"
say() { echo "$*" | tee -a "$REPORT"; }
db() { echo "jdbc:postgresql://localhost:$BENCH_PG_PORT/$1"; }
newdb() { benchmark/postgres.sh psql -d postgres -qc "drop database if exists $1" -c "create database $1" >/dev/null 2>&1; }

# The JVM flags of each setting. Stock: the heap limit only (the JVM picks G1 on 2+ cores and 2+ GB).
STOCK_JVM="-Xmx$HEAP"
ROUTE071_JVM="-Xmx$HEAP -XX:+UseParallelGC"
# Stock: the starter's defaults where Route071 changes them (src/main/resources/application*.yaml).
# Kept in both: job-executor-acquire-exclusive-over-process-hierarchies (application.yaml); without it two councils
# ending at once fail on an OptimisticLockingException and the model's retry cycle (R5/PT5M) stalls the route 5 minutes.
# jdbc-batch-processing: the starter batches the statements of a flush (issue #26: Route071 does not, docs/benchmark.md).
STOCK_ARGS=(--spring.datasource.hikari.maximum-pool-size=10 --camunda.bpm.job-execution.lock-time-in-millis=300000
  --camunda.bpm.database.jdbc-batch-processing=true)
ROUTE071_ARGS=()

say "# Route071 benchmark, $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# java: $(java -version 2>&1 | head -1); clients=$CLIENTS routes=$ROUTES warmup=$WARMUP heap=$HEAP"

[ -n "${BENCH_KEEP:-}" ] || benchmark/postgres.sh destroy
benchmark/postgres.sh start | tee -a "$REPORT"
trap 'benchmark/postgres.sh stop' EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" -Dmdep.includeScope=test
fi
[ -s "$OUT/classpath" ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$OUT/classpath")"
JAR=$(ls target/route071-*.jar 2>/dev/null | grep -v original | head -1 || true)   # none needed for BENCH_ONLY=rapport

# bounded reads: the evaluation report at scale and a griffier's task queries, one JVM with the heap limit
rapport() {
  local seed=true
  # a copy of the compiled classes, so that a build in the work tree during a long run cannot change them under it
  rm -rf "$OUT/rapport-classes" && mkdir -p "$OUT/rapport-classes" && cp -r target/test-classes target/classes "$OUT/rapport-classes/"
  if [ -n "${BENCH_KEEP:-}" ]; then seed=false; else newdb route071_rapport; fi
  java -Xmx$HEAP -XX:+UseParallelGC -Dbench.seed=$seed -Dbench.proposals="${BENCH_PROPOSALS:-100000}" -Dbench.open="${BENCH_REPORT_OPEN:-5000}" \
    ${BENCH_MEETINGS:+-Dbench.meetings=$BENCH_MEETINGS} \
    -cp "$OUT/rapport-classes/test-classes:$OUT/rapport-classes/classes:$(cat "$OUT/classpath")" nl.route071.benchmark.Rapportbenchmark --spring.profiles.active=postgres --server.port=0 \
    --spring.datasource.url="$(db route071_rapport)" --route071.demo.enabled=true --camunda.bpm.job-execution.enabled=false \
    >"$OUT/rapport.log" 2>&1 || true
  grep -E '^(JVM|SEED|DATA|REPORT|GRIFFIER|QUERY)' "$OUT/rapport.log" | tee -a "$REPORT" \
    || say "REPORT FAILED, see $OUT/rapport.log"
}
if [ "${BENCH_ONLY:-}" = rapport ]; then
  rapport
  say "# report: $REPORT (synthetic data, see docs/benchmark.md)"
  exit 0
fi

# 1. pgbench TPC-B with as many clients as the route benchmark
TPS=
if [ -z "$SMOKE" ]; then
newdb pgbench
"$PGBIN/pgbench" -h localhost -p "$BENCH_PG_PORT" -U route071 -i -s 10 -q pgbench >/dev/null 2>&1
TPS=$("$PGBIN/pgbench" -h localhost -p "$BENCH_PG_PORT" -U route071 -c "$CLIENTS" -j "$CLIENTS" -T "$PGBENCH_SECONDS" pgbench 2>/dev/null \
  | awk '/^tps/ {print $3}')
say "PGBENCH clients=$CLIENTS seconds=$PGBENCH_SECONDS scale=10 tps=$TPS"
fi

# 2. the route, Java API, stock against Route071 settings, each on a fresh database
route() { # label jvm-flags spring-args...
  local label=$1 jvm=$2 rc=0; shift 2
  local extra=()
  [ -n "$SMOKE" ] && extra+=(-Dbench.stats=false)
  [ "$JFR" = 1 ] && [ "$label" = route071 ] && extra+=(-Dbench.jfr="$OUT/route071.jfr")
  newdb "route071_$label"
  java $jvm -Dbench.settings="$label" -Dbench.clients="$CLIENTS" -Dbench.routes="$ROUTES" -Dbench.warmup="$WARMUP" "${extra[@]}" -cp "$CP" \
    nl.route071.benchmark.Routebenchmark --spring.profiles.active=postgres --server.port=0 \
    --spring.datasource.url="$(db "route071_$label")" "$@" >"$OUT/route-$label.log" 2>&1 || rc=$?
  grep '^RESULT' "$OUT/route-$label.log" | tee -a "$REPORT" || true
  if ! grep -q '^RESULT' "$OUT/route-$label.log" || { [ $rc != 0 ] && ! grep -q '^RESULT.*FAILED' "$OUT/route-$label.log"; }; then
    say "RESULT settings=$label FAILED (exit $rc), see $OUT/route-$label.log"
  fi
}
route stock "$STOCK_JVM" "${STOCK_ARGS[@]}"
route route071 "$ROUTE071_JVM" "${ROUTE071_ARGS[@]}"
# 2b. BENCH_BATCHING=1: Route071's settings once more with the starter's jdbc batching on, in the same run, so that the
# throughput cost of switching it off (the race fix of issue #26, docs/benchmark.md) is read as a ratio under equal load
if [ "${BENCH_BATCHING:-}" = 1 ]; then
  route route071_batching "$ROUTE071_JVM" "${ROUTE071_ARGS[@]}" --camunda.bpm.database.jdbc-batch-processing=true
fi
# where a completion's CPU goes: the JFR samples of the measured Route071 run by layer (MyBatis, FEEL, JDBC, Route071)
if [ -s "$OUT/route071.jfr" ]; then
  python3 benchmark/jfr-kosten.py "$OUT/route071.jfr" | tee -a "$REPORT" || say "PROFILE FAILED, see $OUT/route071.jfr"
fi

# 3. class data sharing for the nodes: the jar extracted, one training start that writes the archive
rm -rf "$OUT/app" && java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
APPJAR="$OUT/app/$(basename "$JAR")"
NODE_JVM="$ROUTE071_JVM"
if [ -z "$SMOKE" ]; then
newdb route071_cds
POSTGRES_URL=$(db route071_cds) java -Xmx$HEAP -XX:ArchiveClassesAtExit="$OUT/app/route071.jsa" -Dspring.context.exit=onRefresh \
  -jar "$APPJAR" --spring.profiles.active=postgres --server.port=0 >"$OUT/cds-training.log" 2>&1 || true
[ -s "$OUT/app/route071.jsa" ] && NODE_JVM="$NODE_JVM -XX:SharedArchiveFile=$OUT/app/route071.jsa"

# 3b. the yardstick for the ready time: the stock starter (benchmark/stock: Camunda's starter with webapps and REST,
# nothing of Route071), the stock JVM flags, on a fresh database, from its classpath as the nodes run from the
# extracted jar; seconds from the java command until /engine-rest/version answers
mvn -B -q -f benchmark/stock/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath >/dev/null
newdb stock_ready
STOCK_PORT=${PORTS##*,}
t0=$(date +%s.%N)
POSTGRES_URL=$(db stock_ready) java $STOCK_JVM -cp "benchmark/stock/target/classes:$(cat benchmark/stock/target/classpath)" \
  nl.route071.benchmark.stock.StockStarter --server.port="$STOCK_PORT" >"$OUT/stock-ready.log" 2>&1 &
stock_pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://localhost:$STOCK_PORT/engine-rest/version" >/dev/null 2>&1 && break
  kill -0 $stock_pid 2>/dev/null || break
  sleep 0.1
done
t1=$(date +%s.%N)
say "READY stock_starter seconds=$(echo "$t1 - $t0" | bc -l | xargs printf '%.1f') rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$stock_pid/status 2>/dev/null || echo 0) / 1024 )) jvm=\"$STOCK_JVM\""
kill $stock_pid 2>/dev/null || true
wait $stock_pid 2>/dev/null || true
fi

# 4. two nodes on one database, kill -9 halfway
newdb route071_cluster
java -Dbench.jar="$APPJAR" -Dbench.db="$(db route071_cluster)" -Dbench.ports="$PORTS" -Dbench.routes="$CLUSTER_ROUTES" \
  -Dbench.clients="$CLIENTS" -Dbench.jvm="$NODE_JVM" -Dbench.logs="$OUT" -cp "$CP" nl.route071.benchmark.Clusterbenchmark \
  >"$OUT/cluster.log" 2>&1 || true
grep -E '^(READY|KILL|RESTART|CLUSTER|CHECK|JOBS|TASKS)' "$OUT/cluster.log" | tee -a "$REPORT" || true
grep -q '^CHECKS ' "$OUT/cluster.log" || say "CHECKS FAILED (no checks ran), see $OUT/cluster.log"

if [ -n "$SMOKE" ]; then
  say "# report: $REPORT"
  if grep -qE '^(RESULT|CHECK|CHECKS).*FAILED' "$REPORT"; then echo "benchmark: FAILED"; exit 1; fi
  echo "benchmark: OK"
  exit 0
fi

if [ -n "${BENCH_SKIP_SCALE:-}" ]; then
  say "# BENCH_SKIP_SCALE: no Tasklist and report at scale (steps 5 and 6)"
else
# 5. Tasklist at scale: seeded completed and open proposals, one node
newdb route071_tasklist
java -Dbench.jar="$APPJAR" -Dbench.db="$(db route071_tasklist)" -Dbench.port="${PORTS%%,*}" -Dbench.jvm="$NODE_JVM" \
  -Dbench.completed="$COMPLETED" -Dbench.open="$OPEN" -Dbench.logs="$OUT" -cp "$CP" nl.route071.benchmark.Tasklistbenchmark \
  >"$OUT/tasklist.log" 2>&1 || true
grep -E '^(READY|SEED|QUERY)' "$OUT/tasklist.log" | tee -a "$REPORT"

# 6. bounded reads
rapport
fi

# 7. the figures against the targets
say ""
say "## Summary (targets from issue #8; measured, not asserted)"
awk -v tps="$TPS" -v heap="$HEAP" '
  function val(line, key,   m) { if (match(line, key "=[^ ]+")) return substr(line, RSTART + length(key) + 1, RLENGTH - length(key) - 1); return "" }
  /^RESULT settings=stock/    { s = val($0, "completions_per_s"); scpu = val($0, "jvm_cpu_ms_per_completion"); sw = val($0, "row_writes_per_completion"); sc = val($0, "commits_per_completion") }
  /^RESULT settings=route071_batching / { b = val($0, "completions_per_s"); bcpu = val($0, "jvm_cpu_ms_per_completion") }
  /^RESULT settings=route071 / { r = val($0, "completions_per_s"); rr = val($0, "routes_per_s"); rcpu = val($0, "jvm_cpu_ms_per_completion"); rw = val($0, "row_writes_per_completion"); rc = val($0, "commits_per_completion") }
  /^READY stock_starter/ { stockready = val($0, "seconds") }
  /^READY node=/ && !ready { ready = val($0, "seconds") }
  /^CHECKS/ { checks = $0 }
  /^QUERY task_list:griffie-leiden / { tq = val($0, "p95_ms"); tq50 = val($0, "p50_ms") }
  /^QUERY task_count:griffie-leiden / { tc = val($0, "p95_ms"); tc50 = val($0, "p50_ms") }
  /^QUERY overzicht:page/ { ov = val($0, "p95_ms"); ov50 = val($0, "p50_ms") }
  /^REPORT run=/ { rj = val($0, "seconds"); rh = val($0, "heap_max_mb"); rp = val($0, "proposals") }
  /^QUERY filter_list:Taken_van_mijn_groep:/ { gf = val($0, "p95_ms") }
  /^QUERY task_list:candidate_groups:/ { gc = val($0, "p95_ms") }
  END {
    printf "routes/s (Route071 settings)            %s\n", rr
    printf "task completions/s  stock | Route071     %s | %s\n", s, r
    printf "JVM CPU ms per completion stock | R071   %s | %s\n", scpu, rcpu
    printf "row writes / commits per completion     stock %s / %s, Route071 %s / %s\n", sw, sc, rw, rc
    printf "pgbench TPC-B tps (same clients)        %s\n", tps
    if (tps > 0 && r > 0) printf "completions/s / pgbench tps             %.3f (target >= 0.25)\n", r / tps
    if (s > 0 && r > 0) printf "Route071 / stock settings              %.2f\n", r / s
    if (b > 0 && r > 0) printf "Route071 / same with jdbc batching on   %.2f (%s / %s completions/s; CPU ms %s / %s)\n", r / b, r, b, rcpu, bcpu
    printf "task query p50/p95 ms (griffie-leiden)  %s / %s list, %s / %s count (target p95 <= 50)\n", tq50, tq, tc50, tc
    printf "overview p50/p95 ms                     %s / %s\n", ov50, ov
    printf "node ready s (first node, -Xmx%s)      %s (target <= 8)\n", heap, ready
    if (stockready > 0 && ready > 0) printf "ready / stock starter ready             %.2f (%s s / %s s)\n", ready / stockready, ready, stockready
    printf "evaluation report s, %s synthetic proposals, heap max %s MB: %s (target <= 10, last run)\n", rp, rh, rj
    printf "griffier task query p95 ms: filter Taken van mijn groep %s, candidate groups %s (target <= 50)\n", gf, gc
    printf "two nodes + kill -9                     %s\n", checks
  }' "$REPORT" | tee -a "$REPORT.summary"
cat "$REPORT.summary" >>"$REPORT" && rm -f "$REPORT.summary"
say "# report: $REPORT"
if grep -qE '^(RESULT|CHECK|CHECKS).*FAILED' "$REPORT"; then exit 1; fi
