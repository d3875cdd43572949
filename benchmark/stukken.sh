#!/usr/bin/env bash
# Stukken benchmark (issue #22, docs/stukken.md): a 50 MB upload and download through nl.route071.stukken in one JVM
# with -Xmx384m, next to a plain copy of the same file to the same store (database store on H2, S3 store on the S3
# server in the JVM), in MB/s with the ratio. Separate from benchmark/run.sh.
#   benchmark/stukken.sh [MB] [rounds]     (defaults 50 and 3; BENCH_SKIP_BUILD=1 uses the compiled classes as they are)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -o -q test-compile -Dexec.skip=true
fi
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/stukkenbench.cp -Dmdep.includeScope=test >/dev/null
java -Xmx${BENCH_HEAP:-384m} -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/stukkenbench.cp)" \
  nl.route071.stukken.Stukkenbenchmark "${1:-50}" "${2:-3}"
