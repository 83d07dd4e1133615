#!/usr/bin/env bash
# Whatever people feed narrate (README: "Bad inputs"): each input gets a clear message and its
# documented exit code, or a correct rendering; never a crash, a hang or runaway memory. Every
# run is bounded in time and memory; big inputs are made here, at run time.
source "$(dirname "$0")/lib.sh"

# check_script CODE DESCRIPTION FILE...: `narrate script` within 60 s and 1 GB.
check_script() {
    local want=$1 what=$2
    shift 2
    expect_exit "$want" "$what" -- bounded 60 1024 -- "$NARRATE" script "$@"
}
# check_render CODE DESCRIPTION FILE: `narrate render` to WAV with speech marks, bounded.
check_render() {
    expect_exit "$1" "$2" -- bounded 120 1024 -- "$NARRATE" --quiet render "$3" -o "$WORK/out.wav" --marks
}
no_leftovers() {
    local left
    left=$(compgen -G "$WORK/.*partial*" || true)
    [[ -z "$left" ]] && pass "$1: no temporary files left" || fail "$1: left behind: $left"
}

: >"$WORK/empty.txt"
check_script 3 "empty file" "$WORK/empty.txt" && stderr_has "no text to read" "empty: says so"
check_render 3 "empty file, render" "$WORK/empty.txt"
[[ ! -e "$WORK/out.wav" ]] && pass "empty: nothing written" || fail "empty: output written"

printf '  \n\t\n\r\n \xc2\xa0 \n' >"$WORK/blank.txt"
check_script 3 "only white space" "$WORK/blank.txt" && stderr_has "no text to read" "white space: says so"

printf 'Title\n\nSome text\0\0\0 and more.\n' >"$WORK/nul.txt"
check_script 3 "NUL bytes" "$WORK/nul.txt" && stderr_has "binary file, not text (a NUL byte at byte offset 16)" "NUL: says binary, gives the offset"
head -c 4096 "$NARRATE" >"$WORK/program.md"
check_script 3 "an executable renamed .md" "$WORK/program.md" && stderr_has "$WORK/program.md" "binary: names the file"
check_render 3 "binary, render" "$WORK/program.md"
no_leftovers "binary render"

printf 'Title\n\nCaf\xe9 au lait\n' >"$WORK/latin1.txt"
check_script 3 "invalid UTF-8" "$WORK/latin1.txt" && stderr_has "invalid UTF-8 at byte offset 10" "invalid UTF-8: gives the offset"

printf '\xff\xfeT\0i\0t\0l\0e\0\n\0\n\0H\0i\0.\0\n\0' >"$WORK/utf16.txt"
check_script 3 "UTF-16 with a BOM" "$WORK/utf16.txt" && stderr_has "UTF-16" "UTF-16: names the encoding"
printf '\xfe\xff\0T\0i\0t\0l\0e' >"$WORK/utf16be.html"
check_script 3 "UTF-16 big-endian HTML" "$WORK/utf16be.html" && stderr_has "iconv" "UTF-16: says how to convert"

# Over the 16 MB limit: refused before reading, from a file or a pipe.
head -c $((50 << 20)) /dev/zero | tr '\0' 'a' >"$WORK/line50.txt"
check_script 3 "a 50 MB single line" "$WORK/line50.txt" && stderr_has "larger than 16 MB" "50 MB: says the limit"
rm -f "$WORK/line50.txt"
expect_exit 3 "a 100 MB input on standard input" -- bounded 60 1024 -- bash -c \
    'yes "Some words on a line, and more of them." | head -c $((100 << 20)) | "$0" script -' "$NARRATE"
stderr_has "standard input: larger than 16 MB" "100 MB: says the limit"

# At the limit: a single line of 16 MB (2 MB under the sanitizers) is read, in segments of at
# most 4000 bytes.
megabytes=16
[[ -n ${NARRATE_SANITIZED:-} ]] && megabytes=2
$PY -c "
import random, sys
random.seed(1)
words = 'the quick brown fox said that \"we will go\" tomorrow, and then jumped over lazy dogs. Mr. Smith said: \"Yes.\"'.split()
out, size = [], 0
while size < $megabytes * 1048576 - 64:
    w = random.choice(words); out.append(w); size += len(w) + 1
sys.stdout.write(' '.join(out) + '\n')" >"$WORK/line.txt"
check_script 0 "a $megabytes MB single line" "$WORK/line.txt"
$PY - "$WORK/stdout" <<'PY' && pass "long line: segments of at most 4000 bytes, title cut" || fail "long line: bad segments"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["segments"]) > 100
assert all(len(s["text"].encode()) <= 4000 for s in d["segments"])
assert len(d["chapters"][0]["title"].encode()) <= 303
PY
rm -f "$WORK/line.txt"

printf 'Title\n\nShe said, \xe2\x80\x9cthis never closes and goes on.\n\nThe next paragraph is narration.\n' >"$WORK/open.txt"
check_script 0 "a quotation that never closes" "$WORK/open.txt"
$PY - "$WORK/stdout" <<'PY' && pass "unclosed: quoted to the paragraph end, narration after" || fail "unclosed quotation misread"
import json, sys
d = json.load(open(sys.argv[1]))
kinds = [(s["kind"], s["text"]) for s in d["segments"]]
assert ("quote", "this never closes and goes on.") in kinds, kinds
assert kinds[-1] == ("narration", "The next paragraph is narration."), kinds
PY
check_render 0 "a quotation that never closes, render" "$WORK/open.txt"

{ printf 'Title\n\n'; head -c 10000 /dev/zero | tr '\0' '"'; printf '\n\n'; for _ in $(seq 5000); do printf '"word" '; done; printf '\n'; } >"$WORK/marks.txt"
check_script 0 "10,000 quotation marks, and 5,000 quoted words" "$WORK/marks.txt"

# Markup and engine commands are read out as text: eSpeak NG gets neither espeakSSML nor
# espeakPHONEMES, so [[...]] is not phoneme input. The speech marks show the words spoken.
printf 'Title\n\n<audio src="file:///etc/passwd"/> then <voice name="x"> and [[h@'"'"'l@U]] and <speak><break time="10s"/></speak> and \x01\x07\x1b[31m red\x7f.\n' >"$WORK/markup.txt"
check_render 0 "markup and engine commands" "$WORK/markup.txt"
$PY - "$WORK/out.marks.jsonl" "$WORK/out.wav" <<'PY' && pass "markup is spoken literally" || fail "markup was interpreted"
import json, sys, wave
words = [m["value"] for m in map(json.loads, open(sys.argv[1])) if m["type"] == "word"]
# Words are what the text has between spaces ("h@'l@U", "speak><break" are one each).
for w in ["audio", "src", "etc", "passwd", "voice", "name", "h@'l@U", "speak", "break", "time", "red"]:
    assert any(w in word for word in words), (w, words)
with wave.open(sys.argv[2]) as f:
    seconds = f.getnframes() / f.getframerate()
assert seconds < 30, seconds  # no 10 s break obeyed, no file read aloud
PY
expect_exit 0 "markup as SSML" -- "$NARRATE" script --format ssml "$WORK/markup.txt"
$PY - "$WORK/stdout" <<'PY' && pass "SSML escapes markup and control characters" || fail "SSML is not well-formed or lost text"
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
assert not doc.getElementsByTagName("audio")
text = "".join(n.data for p in doc.getElementsByTagName("prosody") for n in p.childNodes if n.nodeType == n.TEXT_NODE)
assert '<audio src=' in text and "file:///etc/passwd" in text, text
assert "[[h@'l@U]]" in text and "<voice name=" in text, text
PY

printf 'Emoji 😀 and flags 🏳️‍🌈\n\nשלום עולם. مرحبا بالعالم. Cafe\xcc\x81 and n\xcc\x83 and 👩‍👩‍👧 together.\n' >"$WORK/unicode.txt"
check_render 0 "emoji, right-to-left text, combining marks" "$WORK/unicode.txt"
expect_exit 0 "unicode script" -- "$NARRATE" script "$WORK/unicode.txt"
$PY - "$WORK/stdout" "$WORK/unicode.txt" <<'PY' && pass "unicode: text and offsets kept exactly" || fail "unicode text changed"
import json, sys
d = json.load(open(sys.argv[1])); raw = open(sys.argv[2], "rb").read()
for s in d["segments"]:
    assert raw[s["source"]["start"]:s["source"]["end"]].decode() == s["text"], s
assert any("Cafe\u0301" in s["text"] for s in d["segments"])
PY

# Limits past which narrate refuses, with the limit in the message.
{ printf 'Title\n\n'; for i in $(seq 1000); do printf 'CHAPTER %d.\n\nText.\n\n' "$i"; done; } >"$WORK/chapters.txt"
check_script 3 "1,000 chapters" "$WORK/chapters.txt" && stderr_has "at most 999" "chapters: says the limit"
finish
