#!/usr/bin/env bash
# The same input and options give byte-identical audio, chapters and captions, run after run.
# (eSpeak NG keeps state between calls inside one process, so whole runs are compared.)
source "$(dirname "$0")/lib.sh"
example="$ROOT/examples/quiet-hours.txt"

for ext in wav mp3 flac opus; do
    for run in 1 2; do
        mkdir -p "$WORK/$run"
        expect_exit 0 "render $ext, run $run" -- "$NARRATE" --quiet render "$example" \
            -o "$WORK/$run/episode.$ext" --chapters all --captions vtt,srt --marks \
            --manifest "$WORK/$run/manifest.json"
    done
    same=1
    for f in "$WORK"/1/*; do
        cmp -s "$f" "$WORK/2/$(basename "$f")" || { same=0; fail "$ext: $(basename "$f") differs between runs"; }
    done
    [[ $same -eq 1 ]] && pass "$ext: audio, chapters, captions, marks and manifest are byte-identical ($(ls "$WORK/1" | wc -l) files)"
    rm -rf "$WORK/1" "$WORK/2"
done

"$NARRATE" script "$example" >"$WORK/a.json" && "$NARRATE" script "$example" >"$WORK/b.json"
cmp -s "$WORK/a.json" "$WORK/b.json" && pass "script JSON is identical" || fail "script JSON differs"
finish
