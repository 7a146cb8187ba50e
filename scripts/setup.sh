#!/usr/bin/env bash
# npm run setup: install what a fresh Debian machine lacks (apt, only if missing), then the npm
# dependencies from package-lock.json. Safe to run again: it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
command -v em++ >/dev/null || missing+=(emscripten)
[ -d /usr/share/nodejs/acorn ] || missing+=(node-acorn)          # emcc -O2 links run acorn-optimizer.js
command -v chromium >/dev/null || missing+=(chromium)
command -v cmake >/dev/null || missing+=(cmake)
command -v ninja >/dev/null || missing+=(ninja-build)
command -v g++ >/dev/null || missing+=(g++)
installed libgtest-dev || missing+=(libgtest-dev)
[ -f /usr/src/googletest/googletest/src/gtest-all.cc ] || missing+=(googletest)  # sources for the wasm test build
installed libbenchmark-dev || missing+=(libbenchmark-dev)
installed nlohmann-json3-dev || missing+=(nlohmann-json3-dev)
command -v clang-format-19 >/dev/null || missing+=(clang-format-19)  # npm run lint / format (scripts/lint.sh)
command -v clang-tidy-19 >/dev/null || missing+=(clang-tidy-19)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup: system packages present (emscripten, chromium, cmake, ninja, g++, googletest, benchmark, nlohmann-json, clang-format, clang-tidy)"
fi

if ! command -v node >/dev/null || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "setup: Node.js >= 20.19 is required (Vite 8); found $(node --version 2>/dev/null || echo none)" >&2
  exit 1
fi

# npm ci only when the installed tree is older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm ci refuses a lockfile that lacks optional platform packages (rollup's binaries for other
  # operating systems); a registry mirror without them (this project's machines) leaves them out
  # of any lockfile it writes. npm install honours the lockfile's versions and tolerates that.
  if ! npm ci --no-audit --no-fund; then
    echo "setup: npm ci refused the lockfile (optional packages for other platforms missing from the registry); running npm install"
    npm install --no-audit --no-fund
  fi
else
  echo "setup: node_modules up to date"
fi
