#!/usr/bin/env bash
# Compares the hot path of two builds side by side: builds REV (default HEAD~1) in a temporary git
# worktree, then runs io.newsflow.bench.CpuPerPost with the old and the current build in turn,
# PAIRS times (default 3), printing each run's CPU time per post. Run from the repository root after
# building the current tree (./mvnw -q -DskipTests package). Nothing else should run meanwhile.
set -euo pipefail
REV=${1:-HEAD~1}
PAIRS=${2:-3}
POSTS=${POSTS:-3000}
PASSES=${PASSES:-8}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OLD=$(mktemp -d)
trap 'git -C "$ROOT" worktree remove --force "$OLD" >/dev/null 2>&1 || true' EXIT
git -C "$ROOT" worktree add --detach "$OLD" "$REV" >/dev/null
echo "building $REV in $OLD ..." >&2
(cd "$OLD" && ./mvnw -q -B -DskipTests package -pl cli -am)
if [ ! -f "$OLD/bench/src/main/java/io/newsflow/bench/CpuPerPost.java" ]; then
  # An older build without the measuring class: run the current one against its jars.
  mkdir -p "$OLD/cpu-per-post"
  javac -d "$OLD/cpu-per-post" -cp "$(ls "$OLD"/cli/target/lib/*.jar | tr '\n' ':')" \
    "$ROOT/bench/src/main/java/io/newsflow/bench/CpuPerPost.java" "$ROOT/bench/src/main/java/io/newsflow/bench/CoreBench.java"
fi
classpath() { # the build's jars, then the measuring class if it was compiled separately
  echo "$1/cpu-per-post:$(ls "$1"/cli/target/lib/*.jar | tr '\n' ':')"
}
for i in $(seq 1 "$PAIRS"); do
  for build in old new; do
    dir=$OLD; [ "$build" = new ] && dir=$ROOT
    printf '%s  ' "$build"
    java -XX:+UseParallelGC -Xms1g -Xmx1g -cp "$(classpath "$dir")" io.newsflow.bench.CpuPerPost \
      "$ROOT/examples/archive" "$POSTS" "$PASSES"
  done
done
