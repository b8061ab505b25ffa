#!/usr/bin/env bash
# Re-takes the screenshots of the officers' guide (communes/luc-ba/HUONG-DAN.md, copied into the archetype) from the site as the build makes it (needs Chromium and chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests -pl luc-ba-tests -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/docs.classpath >/dev/null
java -Dcongkhai.example=communes/luc-ba \
  -cp "luc-ba-tests/target/test-classes:generator/target/classes:generator/target/test-classes:$(cat luc-ba-tests/target/docs.classpath)" \
  vn.congkhai.browser.GuideScreenshots communes/luc-ba/docs/anh
if command -v python3 >/dev/null && python3 -c "import PIL" 2>/dev/null; then
  # Fewer colours: small files for a guide read on slow networks.
  python3 - <<'PY'
import glob
from PIL import Image
for f in glob.glob("communes/luc-ba/docs/anh/*.png"):
    Image.open(f).convert("RGB").quantize(colors=64).save(f, optimize=True)
PY
elif command -v pngquant >/dev/null; then
  pngquant --force --ext .png 64 communes/luc-ba/docs/anh/*.png
fi
ls -la communes/luc-ba/docs/anh
