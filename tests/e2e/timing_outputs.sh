#!/usr/bin/env bash
# Every timed output read back by an independent reader and compared with the manifest:
# embedded chapters (ffprobe), chapter sidecars (ffprobe for FFMETADATA, webvtt-py, an XML
# parser, cuebreakpoints), captions (webvtt-py, python3-srt) and speech marks. Awkward titles
# (quotes, ampersands, angle brackets, non-ASCII, 300 characters) survive each format's escaping.
source "$(dirname "$0")/lib.sh"

long_title=$(printf 'Long %.0s' $(seq 1 59))"Title"   # 300 characters
{
    echo "$long_title"
    echo
    cat "$ROOT/examples/city-library.txt" | tail -n +2
    echo
    echo 'Q&A: "Smith" <b> Ünïcode'
    echo
    # Numbers the engine reads as several words, with events that go back over their bytes.
    echo 'The last section has a heading that every format must escape. It lent 51408 books in 2023, and x1234567 more.'
    # Periods that are no sentence end to narrate, though the engine alone would end one there.
    echo 'Ask Dr. Ann Lee of the U.S. Army. She knows.'
} >"$WORK/awkward.txt"

for ext in mp3 wav; do
    out="$WORK/$ext/episode.$ext"
    mkdir -p "$WORK/$ext"
    # Both at 44.1 kHz, so the decoded MP3 can be compared with the WAV sample for sample.
    expect_exit 0 "render .$ext with every sidecar" -- "$NARRATE" --quiet render "$WORK/awkward.txt" -o "$out" --sample-rate 44100 \
        --chapters all --captions vtt,srt --marks --manifest "$WORK/$ext/episode.manifest.json" || continue
    if "$PY" - "$WORK/$ext" "$ext" "$WORK/awkward.txt" <<'PY'
import html, json, os, re, subprocess, sys, xml.etree.ElementTree as ET
import srt, webvtt
folder, ext, source = sys.argv[1], sys.argv[2], open(sys.argv[3], "rb").read()
f = lambda name: os.path.join(folder, name)
m = json.load(open(f("episode.manifest.json")))
problems = []
def check(ok, what):
    if not ok: problems.append(what)

chapters = [(c["start_ms"] / 1000, c["title"]) for c in m["chapters"]]
check(len(chapters) == 4 and chapters[0][0] == 0, f"chapters {chapters}")
check(chapters[-1][1] == 'Q&A: "Smith" <b> Ünïcode', f"last chapter {chapters[-1][1]!r}")
check(len(chapters[0][1]) == 300, "the 300-character title")

def same(name, got, tolerance=0.0011, titles=True):
    check(len(got) == len(chapters), f"{name}: {len(got)} chapters, manifest {len(chapters)}")
    for (gs, gt), (ws, wt) in zip(got, chapters):
        check(abs(gs - ws) <= tolerance, f"{name}: {wt[:30]!r} at {gs}, manifest {ws}")
        if titles: check(gt == wt, f"{name}: title {gt[:40]!r} != {wt[:40]!r}")

def ffprobe_chapters(path, *fmt):
    out = subprocess.run(["ffprobe", "-v", "error", *fmt, "-show_chapters", "-of", "json", path],
                         capture_output=True, text=True, check=True).stdout
    return [(float(c["start_time"]), c.get("tags", {}).get("title", "")) for c in json.loads(out)["chapters"]]

same(f"embedded .{ext}", ffprobe_chapters(f(f"episode.{ext}")))
same("ffmetadata", ffprobe_chapters(f("episode.ffmetadata"), "-f", "ffmetadata"))
j = json.load(open(f("episode.chapters.json")))
same("json", [(c["startTime"], c["title"]) for c in j["chapters"]])
ns = {"psc": "http://podlove.org/simple-chapters"}
def npt(t):
    h, mi, s = t.split(":"); return int(h) * 3600 + int(mi) * 60 + float(s)
same("psc", [(npt(c.get("start")), c.get("title")) for c in ET.parse(f("episode.psc")).getroot().findall("psc:chapter", ns)])
# webvtt-py 0.4 leaves character references as they are: decode them as a player does.
same("vtt chapters", [(c.start_in_seconds, html.unescape(c.text)) for c in webvtt.read(f("episode.chapters.vtt"))])
labels = [l.split("\t") for l in open(f("episode.labels.txt"), encoding="utf-8").read().splitlines()]
same("labels", [(float(a), t) for a, b, t in labels])
cue_points = subprocess.run(["cuebreakpoints", f("episode.cue")], capture_output=True, text=True).stdout.split()
def msf(t):  # cuebreakpoints prints m:ss.ff (frames of 1/75 s)
    mi, rest = t.split(":"); s, fr = rest.split("."); return int(mi) * 60 + int(s) + int(fr) / 75
# cuebreakpoints lists the starts after the first track's.
same("cue", [(0.0, "")] + [(msf(t), "") for t in cue_points], tolerance=1 / 75, titles=False)
cue_titles = re.findall(r'^    TITLE "(.*)"$', open(f("episode.cue"), encoding="utf-8").read(), re.M)
check(cue_titles[0] == chapters[0][1][:80] and cue_titles[-1] == "Q&A: 'Smith' <b> Ünïcode", f"cue titles {cue_titles}")

# Captions: ordered, within the limits, every spoken word once, voices named.
vtt = webvtt.read(f("episode.vtt"))
subs = list(srt.parse(open(f("episode.srt"), encoding="utf-8").read()))
check(len(vtt) == len(subs) > 20, f"{len(vtt)} WebVTT cues, {len(subs)} SRT")
raw = open(f("episode.vtt"), encoding="utf-8").read()
check("<v Narrator>" in raw and "<v " in raw, "no voice spans")
previous_end = 0
for c, s in zip(vtt, subs):
    check(c.start_in_seconds >= previous_end - 0.0005, f"cue at {c.start} overlaps the previous one")
    previous_end = c.end_in_seconds
    check(c.end_in_seconds - c.start_in_seconds <= 7.0005, f"cue {c.start} lasts over 7 s")
    lines = c.text.split("\n")
    check(len(lines) <= 2 and all(len(l) <= 42 or " " not in l for l in lines), f"cue {c.start}: {lines}")
    check(abs(s.start.total_seconds() - c.start_in_seconds) < 0.0005, "SRT and WebVTT times differ")
words = lambda text: re.findall(r"\w+", text)
spoken = [w for seg in m["segments"] for w in words(seg["text"])]
heard = words(html.unescape(" ".join(c.text for c in vtt)))
if heard != spoken:
    at = next((i for i, (a, b) in enumerate(zip(heard, spoken)) if a != b), min(len(heard), len(spoken)))
    problems.append(f"caption words differ from the spoken words at {at}: {heard[at-3:at+5]} vs {spoken[at-3:at+5]}")

# "Dr." and "U.S." end no sentence: one caption and one sentence mark for the whole sentence.
one = "Ask Dr. Ann Lee of the U.S. Army."
check(any(" ".join(c.text.split()).endswith(one) for c in vtt), f"{one!r} is not one caption")

# Speech marks: Polly's fields, ascending times, offsets that point at the value in the input.
marks = [json.loads(l) for l in open(f("episode.marks.jsonl"), encoding="utf-8")]
check({k for mk in marks for k in mk} == {"time", "type", "start", "end", "value"}, "mark fields")
check(all(a["time"] <= b["time"] for a, b in zip(marks, marks[1:])), "mark times descend")
word_marks = [mk for mk in marks if mk["type"] == "word"]
check(all(a["end"] <= b["start"] for a, b in zip(word_marks, word_marks[1:])), "word marks overlap or go back")
check(one in [mk["value"] for mk in marks if mk["type"] == "sentence"], f"no sentence mark {one!r}")
check(len(word_marks) >= len(spoken) * 0.95, f"{len(word_marks)} word marks for {len(spoken)} words")
for mk in marks:
    text = source[mk["start"]:mk["end"]].decode()
    if " ".join(text.split()) != " ".join(mk["value"].split()):
        problems.append(f"mark {mk} points at {text!r}"); break

# Manifest: ordered segments with words inside them; its duration is the audio's.
segs = m["segments"]
check(all(a["start_ms"] <= b["start_ms"] for a, b in zip(segs, segs[1:])), "segments out of order")
check(all(s["start_ms"] <= w["start_ms"] <= w["end_ms"] <= s["end_ms"] + 1 for s in segs for w in s["words"]), "a word outside its segment")
if ext == "wav":  # an MP3's container length counts whole frames; its decoded length is checked below
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", f("episode.wav")], capture_output=True, text=True).stdout
    check(abs(float(out) * 1000 - m["duration_ms"]) <= 1, f"duration {out} vs {m['duration_ms']} ms")
if problems: print("\n".join(problems[:20]))
sys.exit(1 if problems else 0)
PY
    then pass ".$ext: every timed output agrees with the manifest"
    else fail ".$ext: timed outputs disagree"
    fi
done

# The MP3 is joined from parts encoded on their own; its Info frame records the encoder delay and
# the end padding, so a decoder gives back exactly the manifest's length, and every segment lies
# where the MP3's own manifest says: its audio matches the WAV's same segment, found within 1 ms
# of the manifest's time (cross-correlation of the 100 ms after each segment's first word starts,
# both low-passed by averaging 4 samples, since MP3 drops the fricatives' highest frequencies).
ffmpeg -v error -i "$WORK/mp3/episode.mp3" -f s16le -ac 1 "$WORK/mp3.raw"
ffmpeg -v error -i "$WORK/wav/episode.wav" -f s16le -ac 1 "$WORK/wav.raw"
if "$PY" - "$WORK" <<'PY'
import array, json, sys
work = sys.argv[1]
def samples(name):
    a = array.array("h")
    a.frombytes(open(f"{work}/{name}.raw", "rb").read())
    return a
def smooth(a, start, n):
    return [a[i] + a[i + 1] + a[i + 2] + a[i + 3] for i in range(start, start + n)]
mp3, wav = samples("mp3"), samples("wav")
m_mp3 = json.load(open(f"{work}/mp3/episode.manifest.json"))
m_wav = json.load(open(f"{work}/wav/episode.manifest.json"))
rate = 44100
problems = []
length_ms = len(mp3) * 1000 / rate
if abs(length_ms - m_mp3["duration_ms"]) > 1:
    problems.append(f"decoded MP3 {length_ms:.1f} ms, manifest {m_mp3['duration_ms']} ms")
window, reach = rate * 100 // 1000, rate // 1000  # 100 ms, searched over +-2 ms
checked = 0
for a, b in zip(m_mp3["segments"], m_wav["segments"]):
    if not a["words"]:
        continue
    x0 = a["words"][0]["start_ms"] * rate // 1000
    y0 = b["words"][0]["start_ms"] * rate // 1000
    ref = smooth(wav, y0, window)
    if sum(v * v for v in ref) < window * 400 * 400:
        continue  # too quiet to place
    def score(lag):
        seg = smooth(mp3, x0 + lag, window)
        num = sum(p * q for p, q in zip(seg, ref))
        den = (sum(p * p for p in seg) * sum(q * q for q in ref)) ** 0.5 or 1
        return num / den
    best = max(range(-2 * reach, 2 * reach + 1, 2), key=score)
    best = max((best - 1, best, best + 1), key=score)
    checked += 1
    if abs(best) > reach or score(best) < 0.8:
        problems.append(f"segment at {a['start_ms']} ms: best match {best * 1000 / rate:+.2f} ms off, correlation {score(best):.2f}")
if checked < 10:
    problems.append(f"only {checked} segments checked")
print("\n".join(problems[:40]))
sys.exit(1 if problems else 0)
PY
then
    pass "the decoded MP3 has its manifest's length, and each segment is where the manifest says"
else
    fail "the MP3's audio and its manifest disagree"
fi
finish
