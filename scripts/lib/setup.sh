# Sourced by the scripts: checks Node and installs the pinned tools (package-lock.json) into
# scripts/node_modules when they are missing or the lock file changed.
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js 18.20 or later (20 is tested) and npm are needed: https://nodejs.org/" >&2
  exit 2
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
  echo "Node.js 18.20 or later is needed (this is $(node --version))" >&2
  exit 2
fi
if [ ! -f "$SCRIPTS/node_modules/.package-lock.json" ] \
    || [ "$SCRIPTS/package-lock.json" -nt "$SCRIPTS/node_modules/.package-lock.json" ]; then
  echo "Installing the pinned tools into scripts/node_modules (npm ci)" >&2
  (cd "$SCRIPTS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2)
fi
