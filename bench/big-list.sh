#!/usr/bin/env bash
# Benchmark: very long household lists (ho-ngheo) baked with their printouts by the real vn.congkhai.bake.Main in a
# JVM with the flags of every bake (bake.jvm.args in pom.xml: -Xmx512m …). Prints, per case, the wall time, the peak
# RSS, the exit status, the pages of each list's printout and the last lines the officer sees (the whole output in
# target/big-list-<case>.log).
#   bench/big-list.sh                    5000 rows (the limit, SizeLimits.MAX_ROWS), two lists of 5000 in one site,
#                                        then 10000 rows (refused while validating, in seconds)
#   bench/big-list.sh 2000 3x5000        other cases: <rows> is one list, <files>x<rows> several
set -euo pipefail
cd "$(dirname "$0")/../generator"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(5000 2x5000 10000)

../mvnw -q -DskipTests test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
# The flags of bake.jvm.args, read from the pom so that the two cannot drift apart.
read -r -a jvm <<<"$(sed -n 's:.*<bake.jvm.args>\(.*\)</bake.jvm.args>.*:\1:p' ../pom.xml)"
work=$(mktemp -d "${TMPDIR:-/tmp}/big-list.XXXXXX")
trap 'rm -rf "$work"' EXIT

printf 'Công khai, long household lists, %s, %s cores, JVM %s\n' "$(date -u +%F)" "$(nproc)" "${jvm[*]}"
for c in "${cases[@]}"; do
  files=1 rows=$c
  [[ "$c" == *x* ]] && files=${c%x*} rows=${c#*x}
  project="$work/$c"
  mkdir -p "$project"
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
    # each list's printout (not its posting record, bien-ban-niem-yet), pages counted by PDFBox
    find "$project/target/site/ho-ngheo" -name '2025-rat-lon*.pdf' ! -name '*bien-ban*' -print0 | sort -z \
      | xargs -0 java -cp "$cp" vn.congkhai.bench.PdfPages | sed 's/^/        printout /'
  fi
  cp "$work/out.txt" "target/big-list-$c.log"
  grep -v '^- Cảnh báo' "$work/out.txt" | tail -n 4 | sed 's/^/        | /'
  if grep -q -E '^\s+at |Exception|OutOfMemoryError' "$work/out.txt"; then
    echo "        ! a Java stack trace or exception reached the output"
  fi
done
