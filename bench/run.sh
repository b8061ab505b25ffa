#!/usr/bin/env bash
# Benchmark: bake time and peak memory of a synthetic commune of N disclosures, with the project's JVM flags: a clean
# bake (the median of three rounds, each beside Hugo's clean build of the same pages: Debian's hugo, skipped, saying
# so, when it is not installed), an unchanged re-bake, a re-bake after a one-file edit, a clean bake with the default
# tiered JIT (the project's flag is C1 only), and (unless --no-vanilla) stock JBake 2.7.0.
#   bench/run.sh                 N = 1000 and 5000
#   bench/run.sh 200 1000        other sizes
#   bench/run.sh --no-vanilla    skip stock JBake (it is quadratic: 5000 pages take minutes)
#   bench/run.sh --pdf           only the printouts' share of the sample site's bake (communes/luc-ba), plain
#                                (no PDF/A, no tags) and archival and tagged, in nine interleaved rounds
#   bench/run.sh --preview [N]   only the preview: ten one-file edits through a real mvn jetty:run, two seconds
#                                apart (the officer reads the page between saves), each timed from the save to the
#                                reloaded page showing it (bench/preview-jetty.sh), then the same
#                                edits in the preview's own class in one JVM (the re-bake alone); on the sample site
#                                or a synthetic commune of N disclosures
#   bench/run.sh --publish N     only publishing N disclosures over SFTP, then a one-file edit (files, bytes sent)
#   bench/run.sh --province [C D]  only the province view (cong-khai:tinh): C communes (100) of D disclosures (500)
#                                each, as the two JSON files of its baked site that the view reads (copies of one
#                                synthetic commune baked for real, each renamed, each with a word of its own), baked
#                                into the province's site three times (wall time, peak RSS), with its files' sizes
#   bench/run.sh --editor [R…]   only the editor (Soạn thảo): a poor-household list of R rows (1000, 5000 and 10000 by
#                                default): its middle page (200 rows a page) opened as its form and saved with one
#                                cell changed, through the preview's real Jetty, each the median of five rounds
set -euo pipefail
cd "$(dirname "$0")/.."
vanilla=1
pdf_only=0
preview_only=0
publish_only=0
editor_only=0
province_only=0
sizes=()
for a in "$@"; do
  case "$a" in
    --no-vanilla) vanilla=0 ;;
    --pdf) pdf_only=1 ;;
    --preview) preview_only=1 ;;
    --publish) publish_only=1 ;;
    --editor) editor_only=1 ;;
    --province) province_only=1 ;;
    *) sizes+=("$a") ;;
  esac
done
given_sizes=${#sizes[@]}
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000)

# The generator, its test helpers and the example commune's test tools (luc-ba-tests), as the reactor builds them.
mvn -q -DskipTests -pl luc-ba-tests -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="luc-ba-tests/target/test-classes:generator/target/classes:generator/target/test-classes:$(cat luc-ba-tests/target/bench.classpath)"
work=bench/work
mkdir -p "$work"
# The flags the plugin gives every bake (the build's bake.jvm.args, as the generator holds them).
read -r -a jvm < generator/target/classes/vn/congkhai/bake/jvm.options

measure() { # label, command...: prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  read -r secs kb <"$work/time.txt"
  printf '%-32s %8s s %8d MiB peak RSS\n' "$label" "$secs" $((kb / 1024))
}

printf 'Công khai benchmark, %s, %s cores, JVM %s\n' "$(date -u +%F)" "$(nproc)" "${jvm[*]}"

if [ "$editor_only" = 1 ]; then
  rm -rf "$work/soan"
  # In a JVM as mvn jetty:run's (default JIT and heap): the editor runs inside Maven's JVM.
  java -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 -cp "$cp" vn.congkhai.bench.EditorBench \
    "$work/soan" $([ "$given_sizes" = 0 ] || echo "${sizes[@]}")
  exit 0
fi

if [ "$province_only" = 1 ]; then
  communes=100
  disclosures=500
  [ "$given_sizes" = 0 ] || { communes=${sizes[0]}; disclosures=${sizes[1]:-500}; }
  rm -rf "$work/tinh"
  java "${jvm[@]}" -Dcongkhai.benchmark.skipPdf=true -cp "$cp" vn.congkhai.bench.ProvinceBench communes \
    "$work/tinh" "$communes" "$disclosures" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  echo "$communes communes of $disclosures disclosures: $(du -sb "$work/tinh/xa" | awk '{ printf "%.1f MB", $1 / 1e6 }')" \
    "of compliance data and search indexes read"
  for round in 1 2 3; do
    measure "province view, round $round" java "${jvm[@]}" -cp "$cp" vn.congkhai.bench.ProvinceBench tinh "$work/tinh"
  done
  site="$work/tinh/tinh"
  printf '  (%s; %d files, %s; search: %d word files, largest %s, %d page files of 100 pages, largest %s)\n' \
    "$(grep -v '^SLF4J' "$work/out.txt")" "$(find "$site" -type f | wc -l)" "$(du -sh "$site" | cut -f1)" \
    "$(find "$site/tim-kiem" -name 'tu-*.json' | wc -l)" \
    "$(find "$site/tim-kiem" -name 'tu-*.json' -printf '%s\n' | sort -n | tail -1 | awk '{ printf "%.0f kB", $1 / 1e3 }')" \
    "$(find "$site/tim-kiem" -name 'trang-*.json' | wc -l)" \
    "$(find "$site/tim-kiem" -name 'trang-*.json' -printf '%s\n' | sort -n | tail -1 | awk '{ printf "%.0f kB", $1 / 1e3 }')"
  exit 0
fi

if [ "$preview_only" = 1 ]; then
  # The product as a commune gets it (generator, plugin, parent POM), in the tests' own repository.
  mvn -q -DskipTests -pl cong-khai-it -am verify >/dev/null
  echo "$cp" >"$work/preview.classpath"
  if [ "$given_sizes" = 0 ]; then
    echo "sample site:"
    bench/preview-jetty.sh "$work"
  else
    for n in "${sizes[@]}"; do
      echo "N=$n disclosures:"
      bench/preview-jetty.sh "$work" "$n"
    done
  fi
  echo "The re-bake alone, in the preview's class (in a JVM as mvn jetty:run's: default JIT and heap):"
  # The preview runs inside Maven's JVM (default JIT, default heap), like mvn jetty:run.
  preview() { java -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 -Dcongkhai.example=communes/luc-ba \
    -cp "$cp" vn.congkhai.bench.PreviewEdit "$@"; }
  if [ "$given_sizes" = 0 ]; then
    rm -rf "$work/preview" && preview "$work/preview"
  else
    for n in "${sizes[@]}"; do
      echo "N=$n disclosures:"
      rm -rf "$work/preview-$n" && preview "$work/preview-$n" "$n"
    done
  fi
  exit 0
fi

if [ "$publish_only" = 1 ]; then
  for n in "${sizes[@]}"; do
    rm -rf "$work/publish-$n"
    java "${jvm[@]}" -cp "$cp" vn.congkhai.bench.PublishBench "$work/publish-$n" "$n"
  done
  exit 0
fi

# The sample site, three bakes each: without printouts, with printouts from scratch, with printouts from the cache.
median() { sort -n | sed -n 2p; }
bake_once() { # extra JVM args, whether to clear the PDF cache first: prints the bake's wall seconds
  [ "$2" = 1 ] && rm -rf "$work/sample/target/pdf-cache"
  rm -rf "$work/sample/target/bake-cache" # measure the bake, not the unchanged-input shortcut
  /usr/bin/time -f "%e" -o "$work/time.txt" java "${jvm[@]}" $1 -cp "$cp" vn.congkhai.bake.Main \
    "$work/sample" "$work/sample/target/site" >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
sample() { # label, extra JVM args, whether to clear the PDF cache before each bake
  local label=$1 extra=$2 clear=$3 times=()
  for i in 1 2 3; do
    times+=("$(bake_once "$extra" "$clear")")
  done
  last=$(printf '%s\n' "${times[@]}" | median)
  printf '%-44s %6s s (median of 3)\n' "$label" "$last"
}
share() { # printouts' share of a bake: seconds with, seconds without
  awk -v w="$1" -v o="$2" 'BEGIN { printf "%.1f %%", 100 * (w - o) / w }'
}
rm -rf "$work/sample" && mkdir -p "$work/sample"
cp -r communes/luc-ba/content communes/luc-ba/templates communes/luc-ba/assets communes/luc-ba/jbake.properties "$work/sample/"
if [ "$pdf_only" = 1 ]; then
  # What PDF/A and tagging cost, in rounds: each round bakes the sample site without printouts, with plain printouts
  # (no PDF/A, no PDF/UA structure) and with the product's archival, tagged printouts, one after the other, so that
  # the machine's drift from minute to minute falls on all three alike; then the medians of the rounds' figures.
  bake_once "" 1 >/dev/null # warms the file system and the JDK's own archive
  printf '%-7s %9s %9s %9s %9s %9s %11s\n' round without plain archival "plain %" "arch. %" "arch./plain"
  rows=()
  for r in 1 2 3 4 5 6 7 8 9; do
    t0=$(bake_once "-Dcongkhai.benchmark.skipPdf=true" 1)
    tp=$(bake_once "-Dcongkhai.benchmark.plainPdf=true" 1)
    ta=$(bake_once "" 1)
    row=$(awk -v o="$t0" -v p="$tp" -v a="$ta" 'BEGIN { sp = 100 * (p - o) / p; sa = 100 * (a - o) / a;
      printf "%9.2f %9.2f %9.2f %9.1f %9.1f %11.3f", o, p, a, sp, sa, sa / sp }')
    printf '%-7s %s\n' "$r" "$row"
    rows+=("$row")
  done
  pdfs=$(find "$work/sample/target/site" -name '*.pdf' | wc -l)
  printf '%s\n' "${rows[@]}" | awk -v n="$pdfs" '
    { o[NR] = $1; p[NR] = $2; a[NR] = $3; sp[NR] = $4; sa[NR] = $5; q[NR] = $6; pp[NR] = 1000 * ($2 - $1) / n;
      pa[NR] = 1000 * ($3 - $1) / n }
    function med(x,   i, j, t, m) { m = NR; for (i = 1; i <= m; i++) s[i] = x[i];
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
      return s[int((m + 1) / 2)] }
    END { printf "median of %d rounds (%d PDF files): share plain %.1f %%, archival and tagged %.1f %%, ratio %.3f; " \
      "per printout plain %.1f ms, archival and tagged %.1f ms\n", NR, n, med(sp), med(sa), med(q), med(pp), med(pa) }'
  exit 0
fi
sample "sample site, no printouts" "-Dcongkhai.benchmark.skipPdf=true" 1
without=$last
# What PDF/A and tagging cost: the same printouts plain (no PDF/A, no PDF/UA structure), in the same run.
sample "sample site, plain printouts from scratch" "-Dcongkhai.benchmark.plainPdf=true" 1
plain=$last
sample "sample site, printouts made from scratch" "" 1
archival=$last
sample "sample site, printouts from the cache" "" 0
pdfs=$(find "$work/sample/target/site" -name '*.pdf' | wc -l)
echo "                             ($pdfs PDF files)"
echo "printouts' share of a clean bake: plain $(share "$plain" "$without"), archival and tagged $(share "$archival" \
  "$without"); per printout: plain $(awk -v w="$plain" -v o="$without" -v n="$pdfs" \
  'BEGIN { printf "%.1f", 1000 * (w - o) / n }') ms, archival and tagged $(awk -v w="$archival" -v o="$without" \
  -v n="$pdfs" 'BEGIN { printf "%.1f", 1000 * (w - o) / n }') ms"

# The project's flags without the C1-only JIT: the default tiered JIT, for comparison.
jit_default=()
for f in "${jvm[@]}"; do [ "$f" = "-XX:TieredStopAtLevel=1" ] || jit_default+=("$f"); done
nopdf=-Dcongkhai.benchmark.skipPdf=true
timed() { # command...: runs it, setting secs and kb (wall seconds, peak RSS)
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  read -r secs kb <"$work/time.txt"
}
mid() { printf '%s\n' "$@" | sort -g | sed -n 2p; } # the median of three
for n in "${sizes[@]}"; do
  rm -rf "$work/$n" "$work/$n-vanilla" "$work/$n-hugo"
  java -cp "$cp" vn.congkhai.bench.Generate "$work/$n" "$n"
  site="$work/$n/target/site"
  hugo_label="Hugo $(hugo version 2>/dev/null | grep -o 'v[0-9.]*' | head -1 || true) clean build"
  command -v hugo >/dev/null && java -cp "$cp" vn.congkhai.bench.HugoSite "$work/$n" "$work/$n-hugo"
  # Three rounds, each a clean bake and Hugo's clean build of the same pages, one after the other: the machine's
  # drift (its disk above all: making thousands of files right after deleting thousands) falls on both alike.
  ours=(); ours_kb=(); theirs=(); theirs_kb=(); ratios=()
  for round in 1 2 3; do
    rm -rf "$work/$n/target"
    timed java "${jvm[@]}" $nopdf -cp "$cp" vn.congkhai.bake.Main "$work/$n" "$site"
    ours+=("$secs"); ours_kb+=("$kb")
    if command -v hugo >/dev/null; then
      rm -rf "$work/$n-hugo/public"
      timed hugo --quiet -s "$work/$n-hugo" -d public
      theirs+=("$secs"); theirs_kb+=("$kb")
      ratios+=("$(awk -v a="${ours[-1]}" -v b="$secs" 'BEGIN { printf "%.2f", a / b }')")
    fi
  done
  printf '%-32s %8s s %8d MiB peak RSS (median of 3 rounds: %s)\n' "clean bake, no PDF       N=$n" \
    "$(mid "${ours[@]}")" $(($(mid "${ours_kb[@]}") / 1024)) "${ours[*]}"
  # The unchanged and one-file-edit re-bakes follow the last round's clean bake.
  measure "unchanged re-bake        N=$n" java "${jvm[@]}" $nopdf -cp "$cp" vn.congkhai.bake.Main "$work/$n" "$site"
  edited=$(find "$work/$n/content/thong-bao" -name '*.md' | sort | sed -n 1p) # sed reads it all: no SIGPIPE
  printf '\nBổ sung: thời gian họp đổi sang 8 giờ sáng.\n' >>"$edited"
  measure "one-file-edit re-bake    N=$n" java "${jvm[@]}" $nopdf -cp "$cp" vn.congkhai.bake.Main "$work/$n" "$site"
  rm -rf "$work/$n/target"
  measure "clean bake, default JIT  N=$n" java "${jit_default[@]}" $nopdf -cp "$cp" vn.congkhai.bake.Main \
    "$work/$n" "$site"
  echo "                             ($(find "$site" -name '*.html' | wc -l) HTML pages)"
  if command -v hugo >/dev/null; then
    printf '%-32s %8s s %8d MiB peak RSS (median of 3 rounds: %s)\n' "$hugo_label   N=$n" \
      "$(mid "${theirs[@]}")" $(($(mid "${theirs_kb[@]}") / 1024)) "${theirs[*]}"
    echo "                             ($(find "$work/$n-hugo/public" -name '*.html' | wc -l) HTML pages)"
    echo "clean bake / Hugo's, round by round: ${ratios[*]}; median $(mid "${ratios[@]}")"
  else
    echo "Hugo: not installed (apt-get install hugo), its clean build skipped"
  fi
  rm -rf "$work/$n/target"
  measure "clean bake, with PDFs    N=$n" java "${jvm[@]}" -cp "$cp" vn.congkhai.bake.Main "$work/$n" "$site"
  echo "                             ($(find "$site" -name '*.pdf' | wc -l) PDFs written)"
  if [ "$vanilla" = 1 ]; then
    measure "stock JBake  N=$n" java "${jvm[@]}" -cp "$cp" vn.congkhai.bench.VanillaJBake "$work/$n" "$work/$n-vanilla"
  fi
done
