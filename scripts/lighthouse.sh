#!/usr/bin/env bash
# Lighthouse scores of the example site: builds it, serves it on 127.0.0.1 with gzip, and runs
# Lighthouse 12.2.3 on the home, a news post, a child's page and the look-up, as a phone and as a
# desktop. Exits 1 when a score is under 0.95. Reports go to scripts/out/lighthouse/.
#   scripts/lighthouse.sh [--preset mobile|desktop|both] [--runs N] [--min 0.95]
# CHROME_PATH names the browser (default: /usr/bin/chromium or another usual place).
source "$(dirname "$0")/lib/setup.sh"
exec node "$SCRIPTS/lighthouse.mjs" "$@"
