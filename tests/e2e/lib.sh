# Shared by the end-to-end tests: sourced, not run. Each test gets NARRATE (the executable) and
# ROOT (the source tree) as $1 and $2, and works in its own temporary folder.
set -euo pipefail
NARRATE=$1
ROOT=$2
PY=/usr/bin/python3  # Debian's interpreter: it sees python3-mutagen
WORK=$(mktemp -d "${TMPDIR:-/tmp}/narrate-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# A render cache of the test's own: never the user's, and empty at the start.
export NARRATE_CACHE_DIR="$WORK/cache"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

pass() {
    echo "ok: $*"
}

# expect_exit CODE DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit status, keeps its
# stderr in $WORK/stderr.
expect_exit() {
    local want=$1 what=$2
    shift 3
    local got=0
    "$@" >"$WORK/stdout" 2>"$WORK/stderr" || got=$?
    if [[ $got -ne $want ]]; then
        fail "$what: exit $got, expected $want; stderr: $(cat "$WORK/stderr")"
        return 1
    fi
    pass "$what (exit $got)"
}

# stderr_has TEXT DESCRIPTION: the last command's stderr contains TEXT.
stderr_has() {
    if grep -qF -- "$1" "$WORK/stderr"; then pass "$2"; else fail "$2: stderr lacks '$1': $(cat "$WORK/stderr")"; fi
}

finish() {
    if [[ $failures -gt 0 ]]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}

# bounded SECONDS MEGABYTES -- COMMAND...: runs COMMAND with a time limit (timeout exits 124)
# and an address-space limit. Under the sanitizers (NARRATE_SANITIZED set by the asan test
# preset) the memory limit is left out, since ASan reserves terabytes of address space, and
# the time limit is ten times longer.
bounded() {
    local seconds=$1 megabytes=$2
    shift 3
    if [[ -n ${NARRATE_SANITIZED:-} ]]; then
        timeout $((seconds * 10)) "$@"
    else
        (ulimit -v $((megabytes * 1024)) && exec timeout "$seconds" "$@")
    fi
}
