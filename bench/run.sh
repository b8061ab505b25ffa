#!/usr/bin/env bash
# Benchmark: bake time and peak memory of a synthetic commune of N disclosures, with the JVM limited to -Xmx512m,
# for the project's pipeline and (unless --no-vanilla) for stock JBake 2.7.0 on the same content.
#   bench/run.sh                 N = 1000 and 5000
#   bench/run.sh 200 1000        other sizes
#   bench/run.sh --no-vanilla    skip stock JBake (it is quadratic: 5000 pages take minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
vanilla=1
sizes=()
for a in "$@"; do
  case "$a" in
    --no-vanilla) vanilla=0 ;;
    *) sizes+=("$a") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000)

mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
work=bench/work
mkdir -p "$work"
jvm=(-Xmx512m -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8)

measure() { # label, command...: prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  read -r secs kb <"$work/time.txt"
  printf '%-28s %8s s %8d MiB peak RSS\n' "$label" "$secs" $((kb / 1024))
}

printf 'Công khai benchmark, %s, %s cores, JVM %s\n' "$(date -u +%F)" "$(nproc)" "${jvm[*]}"
for n in "${sizes[@]}"; do
  rm -rf "$work/$n" "$work/$n-vanilla"
  java -cp "$cp" vn.congkhai.bench.Generate "$work/$n" "$n"
  measure "cong-khai    N=$n" java "${jvm[@]}" -cp "$cp" vn.congkhai.bake.Main "$work/$n" "$work/$n/target/site"
  pages=$(find "$work/$n/target/site" -name '*.html' | wc -l)
  echo "                             ($pages HTML pages written)"
  if [ "$vanilla" = 1 ]; then
    measure "stock JBake  N=$n" java "${jvm[@]}" -cp "$cp" vn.congkhai.bench.VanillaJBake "$work/$n" "$work/$n-vanilla"
  fi
done
