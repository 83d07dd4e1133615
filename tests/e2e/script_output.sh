#!/usr/bin/env bash
# `narrate script`: the JSON has the documented fields, every word of the input lies in a
# segment's source range, quotes and narration use different voices; the SSML is well-formed.
source "$(dirname "$0")/lib.sh"

for example in "$ROOT"/examples/*.txt; do
    name=$(basename "$example")
    expect_exit 0 "script $name" -- "$NARRATE" script "$example" --format json || continue
    if "$PY" - "$WORK/stdout" "$example" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1]))
data = open(sys.argv[2], "rb").read()
problems = []
for key in ("title", "language", "speakers", "chapters", "segments"):
    if key not in doc:
        problems.append(f"no {key}")
covered = bytearray(len(data))
voices = {v["id"]: v["espeak"] for v in doc.get("voices", [])}
kinds = set()
for s in doc["segments"]:
    for key in ("kind", "chapter", "speaker", "voice", "text", "source"):
        if key not in s:
            problems.append(f"segment without {key}")
    kinds.add(s["kind"])
    a, b = s["source"]["start"], s["source"]["end"]
    if data[a:b].decode() != s["text"]:
        problems.append(f"source {a}:{b} is {data[a:b]!r}, text {s['text']!r}")
    covered[a:b] = b"\1" * (b - a)
words = [(m.start(), m.end()) for m in re.finditer(rb"\w+", data)]
missing = [data[a:b].decode() for a, b in words if not all(covered[a:b])]
if missing:
    problems.append(f"{len(missing)} of {len(words)} words in no segment: {missing[:10]}")
quote_voices = {voices[s["voice"]] for s in doc["segments"] if s["kind"] == "quote"}
narration_voices = {voices[s["voice"]] for s in doc["segments"] if s["kind"] == "narration"}
if quote_voices & narration_voices:
    problems.append(f"quotes and narration share voices {quote_voices & narration_voices}")
if doc["chapters"][0]["title"] != doc["title"]:
    problems.append("the first chapter is not titled with the article's title")
if problems: print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
    then pass "$name: fields, coverage and voices"
    else fail "$name: script JSON wrong"
    fi
    expect_exit 0 "ssml $name" -- "$NARRATE" script "$example" --format ssml || continue
    if "$PY" -c 'import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); assert r.tag == "{http://www.w3.org/2001/10/synthesis}speak", r.tag' "$WORK/stdout"
    then pass "$name: SSML is well-formed"
    else fail "$name: SSML does not parse"
    fi
done

# Markup and engine commands in the text come out escaped, as text.
printf "Title & <b>\\n\\nSay <audio src='file:///etc/passwd'/> and [[h@l@U]] please.\\n" >"$WORK/markup.txt"
expect_exit 0 "ssml of markup-like text" -- "$NARRATE" script "$WORK/markup.txt" --format ssml
if "$PY" - "$WORK/stdout" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.w3.org/2001/10/synthesis}"
assert not root.findall(f".//{ns}audio") and not root.findall(".//audio"), "markup was interpreted"
text = "".join(root.itertext())
assert "<audio src='file:///etc/passwd'/>" in text and "[[h@l@U]]" in text, text
PY
then pass "markup in the article stays text in SSML"
else fail "markup in the article leaked into SSML"
fi
finish
