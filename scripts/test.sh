#!/usr/bin/env bash
# npm test: build everything, then run every suite and report.
#   1. build: wasm module, TypeScript library + CLI, site
#   2. C++ GoogleTest suite, native (ctest)
#   3. the same C++ suite compiled to wasm and run under node (ctest; skip with FITPLAN_SKIP_WASM_CTEST=1)
#   4. tsc --noEmit over wasm/, site/ and tests/; the linters (scripts/lint.sh)
#   5. Vitest: unit, golden, CLI and site tests, then the end-to-end tests in headless Chromium
# The last line sums the TypeScript suites: "N passed, N failed". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

failed_steps=()
step() {
  local name="$1"
  shift
  printf '\n==> %s\n' "$name"
  if ! "$@"; then
    failed_steps+=("$name")
    printf '!!! %s failed\n' "$name"
    return 1
  fi
}

# gtest's own summary lines and ctest's closing lines, from `ctest -V`.
ctest_summary() {
  local log="$1"
  shift
  ctest "$@" -V >"$log" 2>&1
  local status=$?
  grep -E '\[==========\]|\[  PASSED  \]|\[  FAILED  \]|tests passed|tests failed|Total Test time' "$log"
  [ $status -eq 0 ] || tail -n 60 "$log" | cut -c1-400
  return $status
}

# A fresh clone on a fresh machine: install what is missing first (fast when everything is there).
bash scripts/setup.sh || { echo "!!! setup failed"; exit 1; }

mkdir -p build
rm -f build/vitest-unit.json build/vitest-e2e.json
printf '==> build (wasm, library, CLI, site)\n'
if ! npm run --silent build; then
  echo "!!! build failed; nothing to test"
  exit 1
fi

step "C++ tests, native (build)" npm run --silent build:native &&
  step "C++ tests, native (ctest)" ctest_summary build/ctest-native.log --preset native-release

if [ "${FITPLAN_SKIP_WASM_CTEST:-0}" != 1 ] && command -v em++ >/dev/null; then
  step "C++ tests, wasm (build)" cmake --build --preset wasm-tests &&
    step "C++ tests, wasm (ctest under node)" ctest_summary build/ctest-wasm.log --preset wasm-release
fi

step "tsc --noEmit" npx tsc -p tsconfig.json

# clang-format, clang-tidy (without the slow clang-analyzer checks; `npm run lint` runs them all)
# and ESLint; `npm run format` applies the formatting and ESLint's safe fixes.
step "lint (clang-format, clang-tidy, ESLint)" env LINT_TIDY_ANALYZER=0 bash scripts/lint.sh

step "vitest (unit, golden, CLI, site)" npx vitest run tests/wasm tests/site \
  --reporter=default --reporter=json --outputFile.json=build/vitest-unit.json
step "vitest (e2e, headless Chromium)" npx vitest run tests/e2e \
  --reporter=default --reporter=json --outputFile.json=build/vitest-e2e.json

printf '\n'
[ ${#failed_steps[@]} -eq 0 ] || printf 'FAILED: %s\n' "${failed_steps[@]}"
node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  for (const file of process.argv.slice(1)) {
    if (!fs.existsSync(file)) { failed += 1; continue; }  // the suite did not even report
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    // A file that fails to load has no failed tests but a failed suite: count it.
    failed += Math.max(report.numFailedTests, report.numFailedTestSuites);
  }
  console.log(`${passed} passed, ${failed} failed`);
' build/vitest-unit.json build/vitest-e2e.json

[ ${#failed_steps[@]} -eq 0 ]
