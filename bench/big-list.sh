#!/usr/bin/env bash
# Benchmark: very long household lists (ho-ngheo) baked by the real vn.congkhai.bake.Main in a JVM with the flags
# of every bake (bake.jvm.args in pom.xml: -Xmx512m …). Prints, per case, the wall time, the peak RSS, the exit
# status and the last lines the officer sees (the whole output in target/big-list-<case>.log).
#   bench/big-list.sh                    10000 and 50000 rows, then two lists of 10000 rows in one site
#   bench/big-list.sh 2000 3x5000        other cases: <rows> is one list, <files>x<rows> several
set -euo pipefail
cd "$(dirname "$0")/.."
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(10000 50000 2x10000)

mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
# The flags of bake.jvm.args, read from the pom so that the two cannot drift apart.
read -r -a jvm <<<"$(sed -n 's:.*<bake.jvm.args>\(.*\)</bake.jvm.args>.*:\1:p' pom.xml)"
work=$(mktemp -d "${TMPDIR:-/tmp}/big-list.XXXXXX")
trap 'rm -rf "$work"' EXIT

printf 'Công khai, long household lists, %s, %s cores, JVM %s\n' "$(date -u +%F)" "$(nproc)" "${jvm[*]}"
for c in "${cases[@]}"; do
  files=1 rows=$c
  [[ "$c" == *x* ]] && files=${c%x*} rows=${c#*x}
  project="$work/$c"
  java -cp "$cp" vn.congkhai.bench.BigHouseholdList "$project" "$rows" "$files"
  status=0
  # A hang is a failure too: at most 15 minutes per bake.
  /usr/bin/time -v -o "$work/time.txt" timeout 900 java "${jvm[@]}" -cp "$cp" vn.congkhai.bake.Main \
    "$project" "$project/target/site" >"$work/out.txt" 2>&1 || status=$?
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  json=$(du -ck "$project"/content/ho-ngheo/*.json | tail -1 | cut -f1)
  printf '%d x %6d rows (%6d KiB of JSON): %9s wall, %5d MiB peak RSS, exit %d\n' \
    "$files" "$rows" "$json" "$wall" $((kb / 1024)) "$status"
  if [ "$status" = 0 ]; then
    printf '        written: %s PDF, %s CSV\n' "$(find "$project/target/site/ho-ngheo" -name '*.pdf' | wc -l)" \
      "$(find "$project/target/site/ho-ngheo" -name '*.csv' | wc -l)"
  fi
  cp "$work/out.txt" "target/big-list-$c.log"
  grep -v '^- Cảnh báo' "$work/out.txt" | tail -n 4 | sed 's/^/        | /'
  if grep -q -E '^\s+at |Exception|OutOfMemoryError' "$work/out.txt"; then
    echo "        ! a Java stack trace or exception reached the output"
  fi
done
