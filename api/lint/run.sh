#!/usr/bin/env bash
# Lints api/openapi.yaml with the pinned Spectral CLI and the ruleset api/.spectral.yaml
# (spectral:oas). Installs the exact versions of package-lock.json on first use (npm ci),
# so every run uses the same linter. Exit status: non-zero on any error or warning.
# Usage: api/lint/run.sh [extra spectral lint options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
api="$(dirname "$here")"
if [[ ! -x "$here/node_modules/.bin/spectral" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts)
fi
exec "$here/node_modules/.bin/spectral" lint --ruleset "$api/.spectral.yaml" --fail-severity warn \
  "$@" "$api/openapi.yaml"
