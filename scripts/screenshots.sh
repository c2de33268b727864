#!/usr/bin/env bash
# Screenshots of the example site: builds it, serves it on 127.0.0.1, and saves full-page PNGs of
# the home, a news post and the look-up (empty, and showing a child's card) as a phone (390 × 844)
# and a desktop (1366 × 900) see them, in scripts/out/screenshots/.
#   scripts/screenshots.sh [--scale 1|2|3]     (device pixel ratio; default 1)
# CHROME_PATH names the browser (default: /usr/bin/chromium or another usual place).
source "$(dirname "$0")/lib/setup.sh"
exec node "$SCRIPTS/screenshots.mjs" "$@"
