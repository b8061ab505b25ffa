#!/usr/bin/env bash
# Re-takes the screenshots of HUONG-DAN.md from the site as the build makes it (needs Chromium and chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/docs.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/docs.classpath)" vn.congkhai.browser.GuideScreenshots docs/anh
if command -v python3 >/dev/null && python3 -c "import PIL" 2>/dev/null; then
  # Fewer colours: small files for a guide read on slow networks.
  python3 - <<'PY'
import glob
from PIL import Image
for f in glob.glob("docs/anh/*.png"):
    Image.open(f).convert("RGB").quantize(colors=64).save(f, optimize=True)
PY
fi
ls -la docs/anh
