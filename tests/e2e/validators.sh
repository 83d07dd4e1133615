#!/usr/bin/env bash
# Every file a render writes passes the independent validators (FFmpeg, mutagen, ajv, ...).
# $3 is the validators' `validate` command.
VALIDATE=$3
source "$(dirname "$0")/lib.sh"

for ext in mp3 flac ogg wav; do
    mkdir -p "$WORK/$ext"
    expect_exit 0 "render .$ext" -- "$NARRATE" --quiet render "$ROOT/examples/city-library.txt" -o "$WORK/$ext/episode.$ext" \
        --chapters all --captions vtt,srt || continue
    if "$VALIDATE" "$WORK/$ext"/* >"$WORK/validate.log" 2>&1; then
        pass ".$ext and its sidecars pass: $(tr '\n' ' ' <"$WORK/validate.log")"
    else
        fail ".$ext: $(cat "$WORK/validate.log")"
    fi
done
finish
