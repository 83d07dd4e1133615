#!/usr/bin/env bash
# Bad input and bad output: a clear `narrate: error:` naming the file, the documented exit
# code, and no partial or destroyed files.
source "$(dirname "$0")/lib.sh"
example="$ROOT/examples/quiet-hours.txt"

expect_exit 0 "--help" -- "$NARRATE" render --help
grep -q -- "--output" "$WORK/stdout" && grep -q -- ".flac" "$WORK/stdout" \
    && pass "--help lists the options and formats" || fail "render --help is incomplete"
grep -q "130 interrupted (SIGINT, SIGTERM, or SIGHUP" "$WORK/stdout" \
    && pass "render --help gives the exit codes" || fail "render --help has no exit codes"
expect_exit 0 "--version" -- "$NARRATE" --version
grep -q "narrate [0-9]" "$WORK/stdout" && pass "--version prints the version" || fail "--version: $(cat "$WORK/stdout")"

expect_exit 3 "missing input" -- "$NARRATE" render "$WORK/nope.txt" -o "$WORK/out.mp3"
stderr_has "narrate: error: $WORK/nope.txt" "the message names the missing file"
[[ ! -e "$WORK/out.mp3" ]] && pass "nothing written for a missing input" || fail "output written anyway"

expect_exit 2 "unknown output format" -- "$NARRATE" render "$example" -o "$WORK/out.xyz"
stderr_has ".wav, .flac, .ogg, .opus, .mp3" "the message lists the known formats"

expect_exit 2 "unknown option" -- "$NARRATE" render "$example" -o "$WORK/o.mp3" --frobnicate
stderr_has "narrate: error:" "usage errors use the narrate: error: prefix"

printf 'Title\n\nCaf\xe9 au lait\n' >"$WORK/latin1.txt"
expect_exit 3 "invalid UTF-8" -- "$NARRATE" script "$WORK/latin1.txt"
stderr_has "byte offset 10" "the message gives the byte offset"
stderr_has "$WORK/latin1.txt" "the message names the file"

: >"$WORK/empty.txt"
expect_exit 3 "empty input" -- "$NARRATE" render "$WORK/empty.txt" -o "$WORK/empty.wav"
stderr_has "no text to read" "an empty file says so"

mkdir "$WORK/locked"
chmod 500 "$WORK/locked"
if [[ $(id -u) -eq 0 ]]; then
    # root writes anywhere: use a folder that does not exist instead
    expect_exit 4 "unwritable output folder" -- "$NARRATE" render "$example" -o "$WORK/missing/dir/out.mp3"
    stderr_has "$WORK/missing/dir" "the message names the folder"
else
    expect_exit 4 "unwritable output folder" -- "$NARRATE" render "$example" -o "$WORK/locked/out.mp3"
    stderr_has "$WORK/locked" "the message names the folder"
fi

cp "$example" "$WORK/self.mp3"
expect_exit 2 "output is the input" -- "$NARRATE" render "$WORK/self.mp3" -o "$WORK/self.mp3"
cmp -s "$example" "$WORK/self.mp3" && pass "the input is untouched" || fail "the input was overwritten"

# A failed render keeps the old file and leaves no temporary behind.
echo "old episode" >"$WORK/keep.mp3"
echo "old chapters" >"$WORK/keep.chapters.json"
expect_exit 3 "render of invalid input over an old file" -- "$NARRATE" render "$WORK/latin1.txt" -o "$WORK/keep.mp3"
[[ $(cat "$WORK/keep.mp3") == "old episode" && $(cat "$WORK/keep.chapters.json") == "old chapters" ]] \
    && pass "old outputs survive a failed render" || fail "old outputs were changed"
leftovers=$(compgen -G "$WORK/.*partial*" || true)
[[ -z "$leftovers" ]] && pass "no temporary files after a failed render" || fail "left behind: $leftovers"

# An interrupt, a termination or a hang-up (the terminal closed) exits 130, removes the
# temporaries (the output's, the workers' parts being written, and with --no-cache the folder of
# parts) and keeps the old files. Every copy of the text differs, so no part comes from the cache
# and the render takes a while.
for i in $(seq 1 60); do sed "s/\./, copy $i./g" "$example"; echo; done >"$WORK/long.txt"
mkdir -p "$WORK/tmp"
# Waits (up to 5 s) until the render to $1 has begun writing its output.
wait_for_partial() {
    for _ in $(seq 1 100); do
        compgen -G "$WORK/.$1.partial-*" >/dev/null && return
        sleep 0.05
    done
}
for run in "INT --no-cache" "TERM --no-cache" "HUP --no-cache" "INT" "TERM"; do
    read -r signal cache <<<"$run"
    TMPDIR="$WORK/tmp" "$NARRATE" --quiet render "$WORK/long.txt" -o "$WORK/keep.mp3" \
        --captions vtt,srt $cache 2>"$WORK/stderr" &
    pid=$!
    wait_for_partial keep.mp3
    sleep 0.5
    kill -"$signal" "$pid"
    status=0
    wait "$pid" || status=$?
    sleep 0.2  # the workers end with their parent
    [[ $status -eq 130 ]] && pass "SIG$signal $cache exits 130" || fail "SIG$signal $cache: exit $status"
    leftovers=$(compgen -G "$WORK/.*partial*" || true)
    leftovers+=$(find "$WORK/tmp" "$NARRATE_CACHE_DIR" -name '.*tmp*' -o -name 'narrate-parts-*' 2>/dev/null || true)
    [[ -z "$leftovers" ]] && pass "no temporary files after SIG$signal $cache" || fail "left behind: $leftovers"
    [[ $(cat "$WORK/keep.mp3") == "old episode" && $(cat "$WORK/keep.chapters.json") == "old chapters" ]] \
        && pass "old files survive SIG$signal $cache" || fail "old files lost on SIG$signal $cache"
    pgrep -f "$WORK/long.txt" >/dev/null && fail "workers still running after SIG$signal $cache" \
        || pass "no worker outlives SIG$signal $cache"
done

# Under nohup a closed terminal is not meant to stop the render: SIGHUP stays ignored.
nohup "$NARRATE" --quiet render "$WORK/long.txt" -o "$WORK/nohup.mp3" --no-cache >/dev/null 2>&1 &
pid=$!
wait_for_partial nohup.mp3
kill -HUP "$pid"
sleep 0.5
kill -0 "$pid" 2>/dev/null && pass "SIGHUP under nohup leaves the render running" \
    || fail "SIGHUP under nohup stopped the render"
kill -TERM "$pid" 2>/dev/null
status=0
wait "$pid" || status=$?
[[ $status -eq 130 ]] && pass "SIGTERM still stops a render under nohup" || fail "under nohup: exit $status"

# Interrupts (SIGINT, SIGTERM, SIGHUP) are for each process's main thread, where the steps that
# must not be cut in two hold them back: every other thread (eSpeak NG's own, a worker's
# encoder) has them blocked.
"$NARRATE" --quiet render "$WORK/long.txt" -o "$WORK/threads.mp3" --no-cache 2>/dev/null &
pid=$!
threads=0 open=""
for _ in $(seq 1 30); do
    sleep 0.05
    for process in $pid $(pgrep -P "$pid"); do
        for task in /proc/"$process"/task/*; do
            [[ ${task##*/} == "$process" ]] && continue
            blocked=$(awk '/^SigBlk/ {print $2}' "$task/status" 2>/dev/null) || continue
            [[ -n $blocked ]] || continue
            threads=$((threads + 1))
            (( (16#$blocked & 0x4003) == 0x4003 )) || open+=" ${task##*/}"
        done
    done
done
kill -TERM "$pid"
wait "$pid" || true
[[ $threads -gt 0 && -z "$open" ]] && pass "no thread but the main one takes an interrupt ($threads seen)" \
    || fail "SIGINT, SIGTERM or SIGHUP open in threads: $(tr ' ' '\n' <<<"$open" | sort -u | xargs)"

# A worker that dies is an error of the render, with nothing half written.
# Every 50 ms until the render ends, a worker writing its part (it has the part's temporary
# open) is killed. Not just any child: one that had made its part and was only ending would
# rightly not fail the render, and under the sanitizers the render's last child is the leak
# checker's tracer, which must not be killed.
writing_part() {
    for fd in /proc/"$1"/fd/*; do
        [[ $(readlink "$fd" 2>/dev/null) == */narrate-parts-*/.*.tmp-* ]] && return
    done
    return 1
}
"$NARRATE" --quiet render "$WORK/long.txt" -o "$WORK/keep.mp3" --no-cache 2>"$WORK/stderr" &
pid=$!
killed=0
while kill -0 "$pid" 2>/dev/null; do
    for worker in $(pgrep -P "$pid"); do
        writing_part "$worker" && kill -KILL "$worker" 2>/dev/null && killed=$((killed + 1))
    done
    sleep 0.05
done
status=0
wait "$pid" || status=$?
[[ $killed -gt 0 && $status -eq 1 ]] && pass "a killed worker fails the render (exit 1)" \
    || fail "killed $killed workers: exit $status"
stderr_has "narrate: error: a worker process was stopped by signal 9" "the message says how the worker ended"
[[ $(cat "$WORK/keep.mp3") == "old episode" ]] && ! compgen -G "$WORK/.*partial*" >/dev/null \
    && pass "the old file survives a killed worker, no temporary left" || fail "a killed worker left files behind"

# narrate never writes over its input, whichever output would: a sidecar or the manifest.
cp "$example" "$WORK/ep.chapters.json"
expect_exit 2 "a sidecar would overwrite the input" -- "$NARRATE" render "$WORK/ep.chapters.json" --input-format text -o "$WORK/ep.wav"
stderr_has "refusing to overwrite" "the message says why"
cmp -s "$example" "$WORK/ep.chapters.json" && pass "the input is untouched" || fail "the input was overwritten by a sidecar"
[[ ! -e "$WORK/ep.wav" ]] && ! compgen -G "$WORK/.ep*" >/dev/null && pass "nothing left when refusing" || fail "files left when refusing"
cp "$example" "$WORK/input.txt"
expect_exit 2 "the manifest would overwrite the input" -- "$NARRATE" render "$WORK/input.txt" -o "$WORK/m.wav" --manifest "$WORK/input.txt"
cmp -s "$example" "$WORK/input.txt" && pass "the input is untouched" || fail "the input was overwritten by the manifest"
ln -s "$WORK/input.txt" "$WORK/link.wav"
expect_exit 2 "output is a symbolic link to the input" -- "$NARRATE" render "$WORK/input.txt" -o "$WORK/link.wav"
cmp -s "$example" "$WORK/input.txt" && pass "the input is untouched through a link" || fail "the input was overwritten through a link"

# A full disk: a 1 MB tmpfs (root only, where mounting is allowed).
if [[ $(id -u) -eq 0 ]] && mkdir "$WORK/full" && mount -t tmpfs -o size=1m tmpfs "$WORK/full" 2>/dev/null; then
    trap 'umount "$WORK/full" 2>/dev/null || true; rm -rf "$WORK"' EXIT
    echo "old episode" >"$WORK/full/keep.wav"
    expect_exit 4 "full disk" -- "$NARRATE" --quiet render "$WORK/long.txt" -o "$WORK/full/keep.wav"
    stderr_has "$WORK/full/keep.wav" "the full-disk error names the file"
    stderr_has "No space left on device" "the full-disk error says why"
    [[ $(cat "$WORK/full/keep.wav") == "old episode" ]] && pass "the old file survives a full disk" || fail "old file lost on a full disk"
    left=$(ls -A "$WORK/full" | grep -v '^keep.wav$' || true)
    [[ -z "$left" ]] && pass "nothing left on the full disk" || fail "left on the full disk: $left"
    # The workers' parts on the full disk: the message names their folder.
    expect_exit 4 "full disk for the parts" -- env TMPDIR="$WORK/full" "$NARRATE" --quiet render \
        "$WORK/long.txt" -o "$WORK/parts-full.wav" --no-cache
    stderr_has "$WORK/full/narrate-parts-" "the message names the parts' folder"
    stderr_has "cannot write a rendered part: No space left on device" "and says why"
    left=$(ls -A "$WORK/full" | grep -v '^keep.wav$' || true)
    [[ -z "$left" && ! -e "$WORK/parts-full.wav" ]] && pass "nothing left after the parts' disk filled" \
        || fail "left after the parts' disk filled: $left"
    umount "$WORK/full"
else
    echo "skip: full-disk test needs root and tmpfs mounts"
fi

# A full disk is reported, not ignored: a file size limit makes writes fail.
expect_exit 4 "write error (file size limit)" -- bash -c "ulimit -f 64; exec \"\$0\" --quiet render \"\$1\" -o \"\$2\"" "$NARRATE" "$WORK/long.txt" "$WORK/limited.wav"
stderr_has "$WORK/limited.wav" "the write error names the file"
[[ ! -e "$WORK/limited.wav" ]] && ! compgen -G "$WORK/.limited*" >/dev/null \
    && pass "nothing left after a write error" || fail "partial output left after a write error"
finish
