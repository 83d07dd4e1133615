#!/usr/bin/env bash
# Parts rendered by worker processes and kept in the render cache: the output is byte-identical
# whatever --jobs is and whether parts come from the cache; an edit re-renders only the parts
# around it; two renders can share a cache at once; the cache is trimmed to --cache-size.
source "$(dirname "$0")/lib.sh"

# A text of many parts: the examples one after the other, each paragraph its own.
for f in city-library interview quiet-hours; do cat "$ROOT/examples/$f.txt"; echo; done >"$WORK/article.txt"
render() {  # render OUT [options...]: quiet, with every timed output beside OUT
    local out=$1
    shift
    "$NARRATE" --quiet render "$WORK/article.txt" -o "$out" --chapters json --captions vtt \
        --manifest "${out%.*}.manifest.json" "$@" 2>"$WORK/stderr"
}
same_outputs() {  # same_outputs A B: A.* and B.* (audio, chapters, captions, manifest) are identical
    local a=$1 b=$2 ext
    for ext in "${a##*.}" chapters.json vtt manifest.json; do
        cmp -s "${a%.*}.$ext" "${b%.*}.$ext" || return 1
    done
}

for ext in mp3 wav; do
    render "$WORK/jobs1.$ext" --jobs 1 --no-cache
    render "$WORK/jobs2.$ext" --jobs 2 --no-cache
    render "$WORK/jobs3.$ext" --jobs 3 --no-cache
    same_outputs "$WORK/jobs1.$ext" "$WORK/jobs2.$ext" && same_outputs "$WORK/jobs1.$ext" "$WORK/jobs3.$ext" \
        && pass ".$ext: byte-identical outputs with --jobs 1, 2 and 3" \
        || fail ".$ext: outputs differ between --jobs 1, 2 and 3"

    export NARRATE_CACHE_DIR="$WORK/cache-$ext"
    render "$WORK/first.$ext" --jobs 2
    render "$WORK/again.$ext" --jobs 2
    "$NARRATE" render "$WORK/article.txt" -o "$WORK/again.$ext" 2>&1 >/dev/null | grep -q "parts from the cache" \
        && pass ".$ext: a second render says it took its parts from the cache" \
        || fail ".$ext: no word of the cache on a second render"
    same_outputs "$WORK/jobs1.$ext" "$WORK/first.$ext" && same_outputs "$WORK/jobs1.$ext" "$WORK/again.$ext" \
        && pass ".$ext: rendering into the cache and from it gives the same bytes as without it" \
        || fail ".$ext: the cache changes the output"
done

# Opus is encoded in the main process, in order, whatever the jobs (its encoding is the slowest
# step, so only --jobs is varied here, not the cache).
render "$WORK/jobs1.opus" --jobs 1 --no-cache
render "$WORK/jobs3.opus" --jobs 3 --no-cache
same_outputs "$WORK/jobs1.opus" "$WORK/jobs3.opus" && pass ".opus: byte-identical outputs with --jobs 1 and 3" \
    || fail ".opus: outputs differ between --jobs 1 and 3"

# An edit to one paragraph: the parts around it are rendered again, the rest come from the cache,
# and the result is the same as a render of the edited text without any cache.
export NARRATE_CACHE_DIR="$WORK/cache-mp3"
sed -i '0,/branch/s/branch/branch, freshly painted,/' "$WORK/article.txt"
"$NARRATE" render "$WORK/article.txt" -o "$WORK/edited.mp3" --captions vtt --manifest "$WORK/edited.manifest.json" \
    2>"$WORK/stderr" >/dev/null
reused=$(grep -o '[0-9]* of [0-9]* parts from the cache' "$WORK/stderr" || true)
if [[ $reused =~ ^([0-9]+)\ of\ ([0-9]+) ]] && (( BASH_REMATCH[2] - BASH_REMATCH[1] >= 1 && BASH_REMATCH[2] - BASH_REMATCH[1] <= 3 )); then
    pass "after an edit, $reused"
else
    fail "after an edit: '$reused'"
fi
render "$WORK/edited-fresh.mp3" --no-cache
same_outputs "$WORK/edited-fresh.mp3" "$WORK/edited.mp3" \
    && pass "the edited render from the cache equals a fresh render of the edited text" \
    || fail "the edited render from the cache differs from a fresh one"

# The same part twice in one render (a text repeated) is rendered twice without a cache, once with.
cat "$ROOT/examples/city-library.txt" "$ROOT/examples/city-library.txt" >"$WORK/twice.txt"
expect_exit 0 "a repeated text, --no-cache --jobs 3" -- "$NARRATE" render "$WORK/twice.txt" -o "$WORK/twice1.mp3" --no-cache --jobs 3 --captions vtt
expect_exit 0 "a repeated text, into the cache" -- "$NARRATE" render "$WORK/twice.txt" -o "$WORK/twice2.mp3" --jobs 3 --captions vtt
cmp -s "$WORK/twice1.mp3" "$WORK/twice2.mp3" && pass "a repeated text renders the same with and without the cache" \
    || fail "a repeated text renders differently with and without the cache"
# The second copy's parts come from the first's: their captions still give the second copy's words.
cmp -s "$WORK/twice1.vtt" "$WORK/twice2.vtt" && pass "a repeated text has the same captions with and without the cache" \
    || fail "a repeated text's captions differ with the cache"

# Two renders at once into one new cache, and a third from what they left.
export NARRATE_CACHE_DIR="$WORK/cache-shared"
render "$WORK/together1.mp3" --jobs 2 & one=$!
"$NARRATE" --quiet render "$WORK/article.txt" -o "$WORK/together2.mp3" --chapters json --captions vtt \
    --manifest "$WORK/together2.manifest.json" --jobs 2 2>/dev/null & two=$!
wait $one && wait $two && same_outputs "$WORK/edited-fresh.mp3" "$WORK/together1.mp3" \
    && same_outputs "$WORK/edited-fresh.mp3" "$WORK/together2.mp3" \
    && pass "two renders sharing a cache at once both succeed, with the same bytes" \
    || fail "two renders sharing a cache at once"
leftovers=$(find "$NARRATE_CACHE_DIR" -name '.*' -type f)
[[ -z $leftovers ]] && pass "no temporary parts left in the shared cache" || fail "left in the cache: $leftovers"

# The cache is trimmed to --cache-size (MB) after each render.
render "$WORK/small.mp3" --cache-size 0
[[ -z $(find "$NARRATE_CACHE_DIR" -name '*.part') ]] && pass "--cache-size 0 leaves no part behind" \
    || fail "--cache-size 0 left parts: $(find "$NARRATE_CACHE_DIR" -name '*.part' | wc -l)"
same_outputs "$WORK/edited-fresh.mp3" "$WORK/small.mp3" && pass "and renders the same" || fail "--cache-size 0 changed the output"

# A cache folder that cannot be made is a clear error (exit 4), and --no-cache does without one.
echo "a file" >"$WORK/not-a-folder"
expect_exit 4 "a cache folder that is a file" -- "$NARRATE" render "$WORK/article.txt" -o "$WORK/x.mp3" \
    --cache-dir "$WORK/not-a-folder/cache"
stderr_has "cache" "the message names the cache"
expect_exit 0 "--no-cache needs no cache folder" -- "$NARRATE" render "$WORK/article.txt" -o "$WORK/x.mp3" \
    --cache-dir "$WORK/not-a-folder/cache" --no-cache
finish
