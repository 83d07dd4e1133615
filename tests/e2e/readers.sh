#!/usr/bin/env bash
# Web pages, Markdown and other languages through the real executable: the format from the
# extension, --input-format and --lang, standard input, voices for the article's language,
# source ranges inside the file, and bad pages that must not crash or hang.
source "$(dirname "$0")/lib.sh"

# check_script FILE LANGUAGE ESPEAK: the last `script` JSON is for LANGUAGE, spoken by ESPEAK
# voices, with every segment's source range inside FILE and holding the segment's first word.
check_script() {
    if "$PY" - "$WORK/stdout" "$1" "$2" "$3" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1]))
data = open(sys.argv[2], "rb").read().decode("utf-8", "replace")
raw = open(sys.argv[2], "rb").read()
language, espeak = sys.argv[3], sys.argv[4]
problems = []
if doc["language"] != language:
    problems.append(f"language {doc['language']}, expected {language}")
for v in doc["voices"]:
    if v["espeak"].split("+")[0] != espeak:
        problems.append(f"voice {v['id']} is {v['espeak']}, expected {espeak}")
if not doc["segments"]:
    problems.append("no segments")
for s in doc["segments"]:
    a, b = s["source"]["start"], s["source"]["end"]
    if not 0 <= a <= b <= len(raw):
        problems.append(f"source {a}:{b} outside the file")
        continue
    words = re.findall(r"\w+", s["text"])
    piece = raw[a:b].decode("utf-8", "replace")
    if words and s["kind"] != "title" and words[0] not in piece and not s["text"].endswith(("omis.", "ausgelassen.", "omitido.", "skipped.")):
        problems.append(f"source {a}:{b} {piece[:40]!r} lacks {words[0]!r}")
if problems: print("\n".join(problems[:10]))
sys.exit(1 if problems else 0)
PY
    then pass "$1: language $2, $3 voices, source ranges in the file"; else fail "$1: script JSON"; fi
}

# reads TEXT / drops TEXT: the last script JSON's segments contain TEXT or not.
reads() { if grep -qF -- "$1" "$WORK/stdout"; then pass "reads '$1'"; else fail "does not read '$1'"; fi; }
drops() { if grep -qF -- "$1" "$WORK/stdout"; then fail "reads '$1', which it should drop"; else pass "drops '$1'"; fi; }

expect_exit 0 "German HTML example" -- "$NARRATE" script "$ROOT/examples/stadtbibliothek.html" &&
    check_script "$ROOT/examples/stadtbibliothek.html" de de
reads "Eine Bibliothek ist das Wohnzimmer einer Stadt."
drops "Anzeige"
drops "Impressum"
drops "Endlich!"

expect_exit 0 "French Markdown example" -- "$NARRATE" script "$ROOT/examples/boulangerie.md" &&
    check_script "$ROOT/examples/boulangerie.md" fr fr-fr
drops "Je ne pars pas fâché, je pars fatigué »"  # the guillemets are marks, not spoken text

expect_exit 0 "Spanish Markdown example" -- "$NARRATE" script "$ROOT/examples/mercado.md" &&
    check_script "$ROOT/examples/mercado.md" es es

expect_exit 0 "English news page" -- "$NARRATE" script "$ROOT/tests/data/news-article.html" &&
    check_script "$ROOT/tests/data/news-article.html" en-gb en-us
reads "night nurse"
drops "Related stories"
drops "Comments (2)"

# Standard input: HTML is recognised by its start, or named with --input-format.
expect_exit 0 "HTML on standard input" -- \
    bash -c "'$NARRATE' script - < '$ROOT/examples/stadtbibliothek.html'"
reads "Stadtbibliothek öffnet am Sonntag"
drops "Tagesblatt Nord"
expect_exit 0 "Markdown on standard input with --input-format" -- \
    bash -c "'$NARRATE' script - --input-format markdown < '$ROOT/examples/mercado.md'"
reads "\"title\": \"El mercado vuelve a abrir\""
expect_exit 0 "--input-format text reads markup as text" -- \
    "$NARRATE" script "$ROOT/examples/mercado.md" --input-format text
reads "title: El mercado vuelve a abrir"

# --lang overrides what the article says.
expect_exit 0 "--lang fr on a text article" -- \
    "$NARRATE" script "$ROOT/examples/quiet-hours.txt" --lang fr
reads "\"espeak\": \"fr-fr+m3\""
expect_exit 2 "an unknown --input-format" -- \
    "$NARRATE" script "$ROOT/examples/mercado.md" --input-format pdf

# Bad pages: no crash, no hang; an unreadable charset is a clear input error.
"$PY" - "$WORK" <<'PY'
import sys
w = sys.argv[1]
open(f"{w}/deep.html", "w").write("<html><body>" + "<div><b>" * 10000 + "<p>Deep words are still read.</p>")
open(f"{w}/script.html", "w").write("<p>Before.</p><script>" + "x=1;" * 2000000 + "</script><p>After.</p>")
open(f"{w}/latin1.html", "wb").write("<html><body><p>Un caf\xe9 tr\xe8s noir.</p></body></html>".encode("latin-1"))
open(f"{w}/sjis.html", "wb").write(b'<meta charset="shift_jis"><p>\x82\xa0\x82\xa2</p>')
PY
expect_exit 0 "nesting 10,000 deep" -- timeout 60 "$NARRATE" script "$WORK/deep.html"
reads "Deep words are still read."
expect_exit 0 "an 8 MB inline script" -- timeout 60 "$NARRATE" script "$WORK/script.html"
drops "x=1"
expect_exit 0 "an ISO-8859-1 page without a declaration" -- "$NARRATE" script "$WORK/latin1.html"
reads "Un café très noir."
expect_exit 3 "a Shift JIS page" -- "$NARRATE" script "$WORK/sjis.html"
stderr_has "shift_jis" "the error names the charset"

# eSpeak NG speaks the German page with the German voices.
expect_exit 0 "render the German page" -- \
    "$NARRATE" -q render "$ROOT/examples/stadtbibliothek.html" -o "$WORK/de.wav"
if [[ -s "$WORK/de.wav" ]]; then pass "German audio written"; else fail "no German audio"; fi
# Cast by language code ("fr-fr"), which eSpeak NG finds only through its voice list.
for example in boulangerie.md mercado.md; do
    expect_exit 0 "render $example" -- "$NARRATE" -q render "$ROOT/examples/$example" -o "$WORK/$example.wav" &&
        if [[ -s "$WORK/$example.wav" ]]; then pass "$example: audio written"; else fail "$example: no audio"; fi
done

finish
