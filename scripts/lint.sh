#!/usr/bin/env bash
# npm run lint:   bash scripts/lint.sh [PART...]        check; exits non-zero on any finding (file:line: ...)
# npm run format: bash scripts/lint.sh --fix [PART...]  apply clang-format -i and ESLint's autofixes
#
# PART: format (clang-format over the C++ sources), tidy (clang-tidy over core/src/*.cpp),
# ts (ESLint over the TypeScript and JavaScript); all three when none is named. --fix runs format
# and ts only: clang-tidy's fixes are not all safe, so its findings are fixed by hand.
#
# Tools: clang-format-19 and clang-tidy-19 (Debian's packages, installed by scripts/setup.sh;
# CLANG_FORMAT / CLANG_TIDY override them) and ESLint from node_modules. clang-tidy reads the
# compile database of build/lint, configured here when missing, and keeps each file's result in
# build/lint/tidy-cache, keyed by the file, the project headers it includes, .clang-tidy, the tool
# version and the compile command: a run after an edit checks only the files the edit can affect.
# LINT_JOBS (default: nproc) runs that many clang-tidy processes at once. LINT_TIDY_ANALYZER=0 leaves
# out the clang-analyzer-* checks, which take about 60% of clang-tidy's time (cold: ~6 CPU-minutes
# with them, ~2.3 without).
set -uo pipefail
cd "$(dirname "$0")/.."

fix=0
parts=()
for arg in "$@"; do
  case "$arg" in
    --fix) fix=1 ;;
    format | tidy | ts) parts+=("$arg") ;;
    -h | --help) sed -n '2,16p' "$0" | cut -c3-; exit 0 ;;
    *) echo "lint: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
  esac
done
if [ ${#parts[@]} -eq 0 ]; then
  if [ $fix -eq 1 ]; then parts=(format ts); else parts=(format tidy ts); fi
fi
wants() { [[ " ${parts[*]} " == *" $1 "* ]]; }

CLANG_FORMAT="${CLANG_FORMAT:-clang-format-19}"
CLANG_TIDY="${CLANG_TIDY:-clang-tidy-19}"
JOBS="${LINT_JOBS:-$(nproc)}"
# Appended to .clang-tidy's checks: LINT_TIDY_ANALYZER=0 leaves the clang-analyzer-* checks out.
TIDY_CHECKS=""
[ "${LINT_TIDY_ANALYZER:-1}" = 0 ] && TIDY_CHECKS="-clang-analyzer-*"
failed=()

need_tool() {
  command -v "$1" >/dev/null && return 0
  echo "lint: $1 not found; run 'npm run setup' (it installs Debian's $2)" >&2
  return 1
}

# The C++ that clang-format owns. The model and published-file catalogs are data: tables of designated
# initializers packed several fields to a line, which clang-format would spread one field per line.
cpp_files() {
  find core/src core/include wasm -maxdepth 2 \( -name '*.cpp' -o -name '*.hpp' \) -not -path 'wasm/src/*' -print
  find tests/cpp tests/bench \( -name '*.cpp' -o -name '*.hpp' \) -print 2>/dev/null
} 2>/dev/null
cpp_format_files() {
  cpp_files | grep -vE '^core/src/(model|published)_catalog\.cpp$' | LC_ALL=C sort
}

elapsed() { printf '%ds' $((SECONDS - $1)); }

# ---- clang-format -------------------------------------------------------------------------------
run_format() {
  need_tool "$CLANG_FORMAT" clang-format-19 || return 1
  local start=$SECONDS files
  mapfile -t files < <(cpp_format_files)
  if [ $fix -eq 1 ]; then
    "$CLANG_FORMAT" -i "${files[@]}" || return 1
    echo "clang-format: formatted ${#files[@]} files ($(elapsed $start))"
    return 0
  fi
  # --dry-run prints file:line:col: error: code should be clang-formatted, with the line.
  local out status
  out=$("$CLANG_FORMAT" --dry-run --Werror "${files[@]}" 2>&1)
  status=$?
  if [ $status -ne 0 ]; then
    printf '%s\n' "$out" | grep -E '^[^ ].*: error: ' | sed 's/ \[-Wclang-format-violations\]$//'
    echo "clang-format: $(printf '%s\n' "$out" | grep -c ': error: ') places in $(printf '%s\n' "$out" | grep -E ': error: ' | cut -d: -f1 | sort -u | wc -l) files need formatting; 'npm run format' applies it ($(elapsed $start))"
    return 1
  fi
  echo "clang-format: ${#files[@]} files clean ($(elapsed $start))"
}

# ---- clang-tidy ---------------------------------------------------------------------------------
lint_build=build/lint
configure_lint_build() {
  # Configure when missing; again when core/src gained a file the database lacks (the sources are globbed).
  local missing=0 f
  if [ -f "$lint_build/compile_commands.json" ]; then
    for f in core/src/*.cpp; do
      grep -q "\"file\": \"$PWD/$f\"" "$lint_build/compile_commands.json" || { missing=1; break; }
    done
  fi
  if [ ! -f "$lint_build/compile_commands.json" ] || [ $missing -eq 1 ]; then
    cmake -S . -B "$lint_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFITPLAN_TESTS=OFF -DFITPLAN_BENCHMARKS=OFF \
      -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$lint_build.configure.log" 2>&1 ||
      { cat "$lint_build.configure.log"; return 1; }
  fi
  # Headers the build generates (the hardware catalog rows): the sources include them.
  local generated
  mapfile -t generated < <(ninja -C "$lint_build" -t targets all | awk -F': ' '$2 == "CUSTOM_COMMAND" && $1 ~ /\.(inc|h|hpp)$/ && $1 !~ /^\// {print $1}')
  if [ ${#generated[@]} -gt 0 ]; then
    ninja -C "$lint_build" "${generated[@]}" >"$lint_build.generate.log" 2>&1 || { cat "$lint_build.generate.log"; return 1; }
  fi
}

# One file: replays its cached result when nothing it can see changed, else runs clang-tidy.
# Prints the findings (file:line:col: warning: ... [check]) and exits 1 when there are any.
tidy_one() {
  local key="$1" file="$2" cache="$lint_build/tidy-cache"
  if [ -f "$cache/$key.out" ]; then
    touch "$cache/$key.out"  # in use: kept by the pruning in run_tidy
    cat "$cache/$key.out"
    [ ! -s "$cache/$key.out" ]
    return
  fi
  local out
  out=$("$CLANG_TIDY" --quiet -p "$lint_build" ${TIDY_CHECKS:+"--checks=$TIDY_CHECKS"} "$file" 2>&1)
  local status=$?
  # The diagnostics alone (file:line:col: warning: message [check]), without the code excerpts.
  out=$(printf '%s\n' "$out" | grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error): ')
  if [ $status -ne 0 ] && [ -z "$out" ]; then out="$file:1:1: error: clang-tidy failed (exit $status)"; fi
  [ -n "$out" ] && printf '%s\n' "$out"
  # Cache the result unless clang-tidy failed (a crash, or a file that does not compile: a missing
  # generated header, a broken edit): the next run tries those again.
  if [ $status -eq 0 ]; then
    mkdir -p "$cache"
    printf '%s' "${out:+$out$'\n'}" >"$cache/$key.out.$$" && mv "$cache/$key.out.$$" "$cache/$key.out"
  fi
  [ -z "$out" ]
}

run_tidy() {
  need_tool "$CLANG_TIDY" clang-tidy-19 || return 1
  command -v cmake >/dev/null && command -v ninja >/dev/null && command -v python3 >/dev/null ||
    { echo "lint: clang-tidy's step needs cmake, ninja and python3" >&2; return 1; }
  local start=$SECONDS
  configure_lint_build || return 1
  # Results nothing has asked for in a week belong to sources long changed.
  [ -d "$lint_build/tidy-cache" ] && find "$lint_build/tidy-cache" -type f -mtime +7 -delete
  # A file's key: the file and the project headers it includes (transitively, "..." includes resolved
  # against its folder, core/include and the generated headers), with what every file shares: the
  # tool, the libstdc++ headers, .clang-tidy, the checks asked and the compile command.
  local common_key
  common_key=$(
    {
      echo "tidy-cache 2"  # the format of the cached results
      "$CLANG_TIDY" --version
      c++ -dumpfullversion 2>/dev/null
      cat .clang-tidy
      echo "checks: $TIDY_CHECKS"
      grep -E '"command"' "$lint_build/compile_commands.json" | sed 's/ -o [^ ]*//' | LC_ALL=C sort
    } | sha256sum | cut -c1-64
  )
  local keyed
  keyed=$(python3 - "$common_key" "$lint_build/core/generated" core/src/*.cpp <<'PY'
import hashlib, os, re, sys
common, generated, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
include = re.compile(rb'^\s*#\s*include\s*"([^"]+)"', re.M)
seen = {}
def deps(path):
    if path in seen: return
    data = open(path, 'rb').read()
    seen[path] = data
    for name in include.findall(data):
        name = name.decode()
        for base in (os.path.dirname(path), 'core/include', generated):
            candidate = os.path.normpath(os.path.join(base, name))
            if os.path.isfile(candidate):
                deps(candidate)
                break
for source in sources:
    seen = {}
    deps(source)
    h = hashlib.sha256(common.encode())
    for path in sorted(seen):
        h.update(path.encode() + b'\0' + hashlib.sha256(seen[path]).digest())
    print(h.hexdigest()[:32], source)
PY
  ) || return 1
  export -f tidy_one
  export CLANG_TIDY lint_build TIDY_CHECKS
  local files status
  mapfile -t files < <(ls core/src/*.cpp)
  local out
  # A header's finding shows up once per source that includes it: each is printed once.
  out=$(
    set -o pipefail
    printf '%s\n' "$keyed" | xargs -P "$JOBS" -L1 bash -c 'tidy_one "$1" "$2"' _ | sed "s#^$PWD/##" | LC_ALL=C sort -u
  )
  status=$?
  if [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "clang-tidy: $(printf '%s\n' "$out" | wc -l) findings in $(printf '%s\n' "$out" | cut -d: -f1 | sort -u | wc -l) files ($(elapsed $start))"
    return 1
  fi
  [ $status -eq 0 ] || { echo "clang-tidy: failed (exit $status)"; return 1; }
  echo "clang-tidy: ${#files[@]} files clean ($(elapsed $start))"
}

# ---- ESLint -------------------------------------------------------------------------------------
run_ts() {
  [ -x node_modules/.bin/eslint ] || { echo "lint: node_modules/.bin/eslint not found; run 'npm run setup'" >&2; return 1; }
  local start=$SECONDS status
  if [ $fix -eq 1 ]; then
    node_modules/.bin/eslint --fix --max-warnings 0 --format json . >"build/lint/eslint.json"
    status=$?
  else
    node_modules/.bin/eslint --max-warnings 0 --format json . >"build/lint/eslint.json"
    status=$?
  fi
  # file:line:col: message [rule], one a line (ESLint 9 has no such formatter built in).
  node -e '
    const results = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const root = process.cwd() + "/";
    let count = 0;
    for (const r of results) for (const m of r.messages) {
      count += 1;
      const where = `${r.filePath.replace(root, "")}:${m.line ?? 0}:${m.column ?? 0}`;
      const message = m.message.replace(/\s*\n\s*/g, " ");
      console.log(`${where}: ${m.severity === 2 ? "error" : "warning"}: ${message} [${m.ruleId ?? "eslint"}]`);
    }
    process.exitCode = count > 0 ? 1 : 0;
  ' build/lint/eslint.json 2>/dev/null
  local findings=$?
  if [ $status -ne 0 ] || [ $findings -ne 0 ]; then
    [ -s build/lint/eslint.json ] || echo "eslint: failed (exit $status)"
    echo "eslint: $(node -e 'let n=0;for(const r of JSON.parse(require("node:fs").readFileSync(process.argv[1],"utf8")))n+=r.messages.length;console.log(n)' build/lint/eslint.json 2>/dev/null || echo '?') findings$([ $fix -eq 1 ] && echo ' left after --fix') ($(elapsed $start))"
    return 1
  fi
  echo "eslint: clean$([ $fix -eq 1 ] && echo ' after --fix') ($(elapsed $start))"
}

mkdir -p build/lint
for part in format tidy ts; do
  wants "$part" || continue
  case "$part" in
    format) printf '==> clang-format%s\n' "$([ $fix -eq 1 ] && echo ' -i')"; run_format || failed+=(clang-format) ;;
    tidy) printf '==> clang-tidy\n'; run_tidy || failed+=(clang-tidy) ;;
    ts) printf '==> eslint%s\n' "$([ $fix -eq 1 ] && echo ' --fix')"; run_ts || failed+=(eslint) ;;
  esac
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "lint: findings from ${failed[*]}"
  exit 1
fi
echo "lint: clean"
