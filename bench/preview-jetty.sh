#!/usr/bin/env bash
# The preview as an officer meets it: a real `mvn jetty:run` in a commune's folder (a synthetic commune of N
# disclosures, or the sample site), then ten one-file edits two seconds apart (the officer reads the page between
# saves), each timed from the file being saved to the browser's reload showing the edit (curl polling the page every
# 20 ms, as a reloading browser would). Prints each time and the median. Called by bench/run.sh --preview [N]; needs
# the product installed in cong-khai-it/target/it-repo (run.sh builds it).
#   bench/preview-jetty.sh <work folder> [N]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$1
n=${2:-}
cp=$(cat "$work/preview.classpath")
rm -rf "$work/xa" && mkdir -p "$work/xa"
if [ -n "$n" ]; then
  java -cp "$cp" vn.congkhai.bench.Generate "$work/xa" "$n" >/dev/null
  page_file=$(find "$work/xa/content/thong-bao" -name '*.md' | sort | sed -n 1p)
else
  cp -r communes/luc-ba/content communes/luc-ba/templates communes/luc-ba/assets communes/luc-ba/jbake.properties \
    "$work/xa/"
  page_file="$work/xa/content/trang/lien-he.md"
fi
# The commune's pom.xml, as the archetype writes it (the parent comes from the product's own repository).
cat >"$work/xa/pom.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>vn.congkhai</groupId>
    <artifactId>cong-khai-commune</artifactId>
    <version>0.1.0-SNAPSHOT</version>
    <relativePath/>
  </parent>
  <groupId>vn.congkhai.xa</groupId>
  <artifactId>xa-do-thu</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
EOF
# Printouts laid out by an earlier run on the same pages are reused (the first bake would otherwise lay out thousands).
keep="$work/pdf-cache-${n:-sample}"
mkdir -p "$work/xa/target"
# A commune is a repository of its own: Maven takes the nearest folder holding .mvn/ as the project's root and reads
# its jvm.config. Without one here it would find this repository's (the quick JIT tier, for the build's short runs)
# and run the preview, a long-lived JVM, as no commune's preview runs.
mkdir -p "$work/xa/.mvn"
[ -d "$keep" ] && mv "$keep" "$work/xa/target/pdf-cache"
rel=${page_file#"$work/xa/content/"}
url_path=${rel%.md}.html
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$work/jetty-run.log"
# The user's local repository read as a remote one (as the integration tests' settings do): the commune's Maven finds
# Maven's own plugins there, and the product from the tests' repository, without downloading anything.
user_repo=$(mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g")
[ -n "$user_repo" ] || user_repo=$HOME/.m2/repository
repo="<id>user-local</id><url>file://$user_repo</url><releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>"
printf '%s\n' "<settings><profiles><profile><id>user-local</id><repositories><repository>$repo</repository></repositories><pluginRepositories><pluginRepository>$repo</pluginRepository></pluginRepositories></profile></profiles><activeProfiles><activeProfile>user-local</activeProfile></activeProfiles></settings>" >"$work/preview-settings.xml"; settings=$(cd "$work" && pwd)/preview-settings.xml
(cd "$work/xa" && exec mvn -B -ntp -s "$settings" \
  -Dmaven.repo.local="$root/cong-khai-it/target/it-repo" jetty:run -Djetty.http.port="$port") >"$log" 2>&1 &
jetty=$!
trap 'kill $jetty 2>/dev/null || true; wait $jetty 2>/dev/null || true; mv "$work/xa/target/pdf-cache" "$keep" 2>/dev/null || true' EXIT
started=$(date +%s%N)
until curl -sf "http://127.0.0.1:$port/$url_path" -o /dev/null; do
  kill -0 $jetty 2>/dev/null || { echo "mvn jetty:run stopped:"; tail -40 "$log"; exit 1; }
  sleep 0.2
done
echo "mvn jetty:run: first page served $(( ($(date +%s%N) - started) / 1000000 )) ms after start (Maven, Jetty, first bake)"
original=$(cat "$page_file")
times=()
for i in 1 2 3 4 5 6 7 8 9 10; do
  sleep 2 # the officer reads the page before the next save (the preview tidies up meanwhile)
  mark="Ghi chú sửa lần $i."
  printf '%s\n\n%s\n' "$original" "$mark" >"$page_file"
  saved=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$port/$url_path" | grep -q "$mark"; do
    kill -0 $jetty 2>/dev/null || { echo "mvn jetty:run stopped:"; tail -40 "$log"; exit 1; }
    sleep 0.02
  done
  times+=($(( ($(date +%s%N) - saved) / 1000000 )))
done
printf '%s\n' "$original" >"$page_file"
echo "edit visible through mvn jetty:run (edits 2 s apart), ms: ${times[*]}"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p) ms (of 10; the 6th fastest)"
