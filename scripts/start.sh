#!/usr/bin/env bash
# npm start: set up, build everything, and serve the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-4173}"
npm run --silent setup
npm run --silent build
echo
echo "Fitplan is running at http://localhost:${port}/  (Ctrl-C stops it)"
echo
exec node node_modules/vite/bin/vite.js preview site --port "$port" --strictPort
