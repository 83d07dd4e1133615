#!/usr/bin/env bash
# Renders an example to every audio format and reads the chapters back with ffprobe and, for
# MP3, mutagen: same titles as the chapters JSON, same starts within 1 ms.
source "$(dirname "$0")/lib.sh"

for ext in mp3 flac ogg wav; do
    out="$WORK/library.$ext"
    expect_exit 0 "render .$ext" -- "$NARRATE" --quiet render "$ROOT/examples/city-library.txt" -o "$out" || continue
    [[ -s "$out" ]] || fail ".$ext: no audio written"
    [[ -s "$WORK/library.chapters.json" ]] || fail ".$ext: no chapters JSON beside it"
    ffprobe -v error -show_chapters -show_format -show_streams -of json "$out" >"$WORK/probe.json" \
        || { fail ".$ext: ffprobe cannot read it"; continue; }
    if "$PY" - "$WORK/probe.json" "$WORK/library.chapters.json" "$ext" <<'PY'
import json, sys
probe = json.load(open(sys.argv[1]))
sidecar = json.load(open(sys.argv[2]))
ext = sys.argv[3]
problems = []
want = sidecar["chapters"]
got = probe.get("chapters", [])
titles = [c.get("tags", {}).get("title") for c in got]
if titles != [c["title"] for c in want]:
    problems.append(f"titles {titles} != {[c['title'] for c in want]}")
for g, w in zip(got, want):
    if abs(float(g["start_time"]) - w["startTime"]) > 0.0015:
        problems.append(f"{w['title']}: starts {g['start_time']} vs {w['startTime']}")
if len(want) < 3 or want[0]["startTime"] != 0:
    problems.append(f"expected >= 3 chapters from 0 s, got {want}")
if [c["startTime"] for c in want] != sorted(c["startTime"] for c in want):
    problems.append("chapter starts do not ascend")
if "What Readers Say" not in titles or "About the Author" not in titles:
    problems.append(f"section titles missing: {titles}")
duration = float(probe["format"]["duration"])
if duration < 60:
    problems.append(f"only {duration:.1f} s of audio")
stream = probe["streams"][0]
if stream["channels"] != 1:
    problems.append(f"{stream['channels']} channels, expected mono")
if ext == "mp3" and abs(int(probe["format"]["bit_rate"]) - 64000) > 2000:
    problems.append(f"bit rate {probe['format']['bit_rate']}, expected 64 kbps")
if problems: print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
    then pass ".$ext: ffprobe reads the same chapters as the JSON"
    else fail ".$ext: chapters read back differ"
    fi
done

# An independent ID3 reader sees a top-level CTOC whose children are titled CHAP frames.
if "$PY" - "$WORK/library.mp3" <<'PY'
import sys
from mutagen.id3 import ID3
tags = ID3(sys.argv[1])
tocs = [f for f in tags.getall("CTOC") if f.flags & 2]
chaps = {f.element_id: f for f in tags.getall("CHAP")}
assert len(tocs) == 1, f"{len(tocs)} top-level CTOCs"
assert tocs[0].child_element_ids and all(c in chaps for c in tocs[0].child_element_ids)
assert all("TIT2" in chaps[c].sub_frames for c in tocs[0].child_element_ids)
assert str(tags["TIT2"]) == "City Library Opens Its Doors All Night", str(tags["TIT2"])
PY
then pass "mutagen reads the ID3 chapters and title"
else fail "mutagen: ID3 chapters wrong"
fi

# Sub-headings: every chapter is listed flat under the top-level CTOC (FFmpeg and most apps read
# that), and each section with sub-headings has its own CTOC of them.
printf -- '---\ntitle: Nested\n---\n\n## Part One\n\nText one.\n\n### Detail A\n\nText a.\n\n### Detail B\n\nText b.\n\n## Part Two\n\nText two.\n' >"$WORK/nested.md"
expect_exit 0 "render Markdown with sub-headings" -- "$NARRATE" --quiet render "$WORK/nested.md" -o "$WORK/nested.mp3"
if "$PY" - "$WORK/nested.mp3" <<'PY'
import sys
from mutagen.id3 import ID3
tags = ID3(sys.argv[1])
chaps = {f.element_id: str(f.sub_frames["TIT2"]) for f in tags.getall("CHAP")}
tocs = {f.element_id: f for f in tags.getall("CTOC")}
top = [t for t in tocs.values() if t.flags & 2]
assert len(top) == 1
flat = [chaps[c] for c in top[0].child_element_ids if c in chaps]
assert flat == ["Nested", "Part One", "Detail A", "Detail B", "Part Two"], flat
subs = [t for t in tocs.values() if not t.flags & 2]
assert len(subs) == 1 and [chaps[c] for c in subs[0].child_element_ids] == ["Detail A", "Detail B"], subs
assert str(subs[0].sub_frames["TIT2"]) == "Part One"
assert subs[0].element_id in top[0].child_element_ids
PY
then pass "sub-headings get a nested CTOC under their section"
else fail "nested CTOC wrong"
fi

# Over 255 chapters: no CTOC holds more than its one-byte count allows, and every chapter is
# reachable from the top.
"$PY" -c 'print("Many Sections\n"); [print(f"Section {i}\n\nText {i}.\n") for i in range(1, 301)]' >"$WORK/many.txt"
expect_exit 0 "render 301 chapters" -- "$NARRATE" --quiet render "$WORK/many.txt" -o "$WORK/many.mp3" --captions none
if "$PY" - "$WORK/many.mp3" <<'PY'
import sys
from mutagen.id3 import ID3
tags = ID3(sys.argv[1])
chaps = {f.element_id for f in tags.getall("CHAP")}
tocs = {f.element_id: f for f in tags.getall("CTOC")}
assert len(chaps) == 301 and all(len(t.child_element_ids) <= 255 for t in tocs.values())
top = [t for t in tocs.values() if t.flags & 2]
reached, todo = set(), [top[0].element_id]
while todo:
    for c in tocs[todo.pop()].child_element_ids:
        (todo.append(c) if c in tocs else reached.add(c))
assert reached == chaps
PY
then pass "301 chapters: every CTOC within 255 entries, all chapters reachable"
else fail "CTOC over 255 entries or chapters unreachable"
fi
finish
