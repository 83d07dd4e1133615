#!/usr/bin/env bash
# Podcast-grade sound, measured by FFmpeg's own EBU R 128 meter: -16 LUFS integrated (±1 LU),
# true peak at most -1 dBTP, narrator and quotations within 1 LU of each other; the formats'
# rates and codecs; tags and cover art read back by mutagen and ffprobe; intro and outro.
source "$(dirname "$0")/lib.sh"
example="$ROOT/examples/city-library.txt"

# A 1x1 PNG for the cover, and a 2-second stereo 44.1 kHz tone for the intro and outro.
"$PY" -c '
import struct, sys, zlib
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"\0\xff\0\0")) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)' "$WORK/cover.png"
ffmpeg -v error -f lavfi -i "sine=frequency=440:duration=2:sample_rate=44100" -ac 2 "$WORK/tone.wav"

loudness() {  # FILE [ffmpeg input options...] -> "I TP"
    local file=$1
    shift
    ffmpeg -nostats -hide_banner "$@" -i "$file" -af ebur128=peak=true -f null - 2>&1 |
        awk '/Summary:/ {s=1} s && /I:/ {i=$2} s && /Peak:/ {p=$2} END {print i, p}'
}

for ext in mp3 ogg opus flac wav; do
    out="$WORK/$ext/episode.$ext"
    mkdir -p "$WORK/$ext"
    expect_exit 0 "render .$ext with tags" -- "$NARRATE" --quiet render "$example" -o "$out" \
        --show "City Desk" --date 2026-11-28 --comment "Read by narrate" --cover "$WORK/cover.png" \
        --manifest "$WORK/$ext/manifest.json" || continue
    read -r integrated peak < <(loudness "$out")
    if "$PY" -c "import sys; i, p = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if abs(i + 16) <= 1 and p <= -1.0 else 1)" "$integrated" "$peak"
    then pass ".$ext: $integrated LUFS, true peak $peak dBTP"
    else fail ".$ext: $integrated LUFS, true peak $peak dBTP (want -16 ± 1, <= -1)"
    fi
    probe=$(ffprobe -v error -show_entries stream=codec_name,sample_rate,channels:stream_tags:format_tags -of json "$out")
    if "$PY" - "$ext" "$probe" <<'PY'
import json, sys
ext, probe = sys.argv[1], json.loads(sys.argv[2])
stream = probe["streams"][0]
want = {"mp3": ("mp3", "22050"), "ogg": ("vorbis", "22050"), "opus": ("opus", "48000"),
        "flac": ("flac", "22050"), "wav": ("pcm_s16le", "22050")}[ext]
assert (stream["codec_name"], stream["sample_rate"]) == want, stream
assert stream["channels"] == 1, stream
tags = {k.lower(): v for k, v in probe["format"].get("tags", {}).items()}
if not tags:  # Ogg keeps its comments on the stream
    tags = {k.lower(): v for k, v in probe["streams"][0].get("tags", {}).items()}
assert tags.get("title") == "City Library Opens Its Doors All Night", tags
assert tags.get("album") == "City Desk", tags
assert tags.get("comment") == "Read by narrate", tags
assert tags.get("date", "").startswith("2026"), tags
PY
    then pass ".$ext: codec, rate and tags as documented"
    else fail ".$ext: codec, rate or tags wrong"
    fi
done

# The cover, read by mutagen.
if "$PY" - "$WORK" <<'PY'
import sys
from mutagen.id3 import ID3
from mutagen.flac import FLAC
from mutagen.oggvorbis import OggVorbis
from mutagen.oggopus import OggOpus
w = sys.argv[1]
assert ID3(f"{w}/mp3/episode.mp3").getall("APIC")[0].mime == "image/png"
assert FLAC(f"{w}/flac/episode.flac").pictures[0].mime == "image/png"
for cls, ext in ((OggVorbis, "ogg"), (OggOpus, "opus")):
    assert cls(f"{w}/{ext}/episode.{ext}").get("metadata_block_picture"), ext
PY
then pass "mutagen finds the cover in MP3, FLAC, Ogg Vorbis and Opus"
else fail "cover art missing"
fi

# Narration and quotations equally loud: cut each kind's segments out of the WAV by the
# manifest's times and measure them with FFmpeg.
ffmpeg -v error -i "$WORK/wav/episode.wav" -f s16le -ac 1 -ar 22050 "$WORK/all.raw"
"$PY" - "$WORK/wav/manifest.json" "$WORK/all.raw" "$WORK" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
audio = open(sys.argv[2], "rb").read()
for kind in ("narration", "quote"):
    out = bytearray()
    for s in m["segments"]:
        if s["kind"] == kind:
            a, b = s["start_ms"] * 22050 // 1000 * 2, s["end_ms"] * 22050 // 1000 * 2
            out += audio[a:b]
    open(f"{sys.argv[3]}/{kind}.raw", "wb").write(out)
PY
read -r narration _ < <(loudness "$WORK/narration.raw" -f s16le -ar 22050 -ac 1)
read -r quotes _ < <(loudness "$WORK/quote.raw" -f s16le -ar 22050 -ac 1)
if "$PY" -c "import sys; sys.exit(0 if abs(float(sys.argv[1]) - float(sys.argv[2])) <= 1 else 1)" "$narration" "$quotes"
then pass "narration $narration LUFS, quotations $quotes LUFS"
else fail "narration $narration LUFS vs quotations $quotes LUFS: over 1 LU apart"
fi

# Another target, and no normalization at all.
expect_exit 0 "render at -20 LUFS" -- "$NARRATE" --quiet render "$example" -o "$WORK/quiet.flac" --loudness -20 --true-peak -3
read -r integrated peak < <(loudness "$WORK/quiet.flac")
"$PY" -c "import sys; i, p = map(float, sys.argv[1:]); sys.exit(0 if abs(i + 20) <= 1 and p <= -3 else 1)" "$integrated" "$peak" \
    && pass "--loudness -20 --true-peak -3: $integrated LUFS, $peak dBTP" || fail "--loudness -20: $integrated LUFS, $peak dBTP"
expect_exit 0 "render without normalization" -- "$NARRATE" --quiet render "$example" -o "$WORK/raw.flac" --no-normalize
read -r raw_i _ < <(loudness "$WORK/raw.flac")
"$PY" -c "import sys; sys.exit(0 if abs(float(sys.argv[1]) + 16) > 1.5 else 1)" "$raw_i" \
    && pass "--no-normalize keeps eSpeak NG's level ($raw_i LUFS)" || fail "--no-normalize still normalizes ($raw_i LUFS)"

# Rates: chosen, refused when the codec can't take them.
expect_exit 0 "MP3 at 44100 Hz" -- "$NARRATE" --quiet render "$example" -o "$WORK/high.mp3" --sample-rate 44100 --bitrate 96
[[ $(ffprobe -v error -show_entries stream=sample_rate -of csv=p=0 "$WORK/high.mp3") == 44100 ]] \
    && pass "--sample-rate 44100 gives 44100 Hz" || fail "--sample-rate ignored"
[[ $(ffprobe -v error -show_entries format=bit_rate -of csv=p=0 "$WORK/high.mp3") -gt 90000 ]] \
    && pass "--bitrate 96 gives about 96 kbps" || fail "--bitrate ignored"
expect_exit 2 "Opus at 44100 Hz is refused" -- "$NARRATE" --quiet render "$example" -o "$WORK/x.opus" --sample-rate 44100
stderr_has "48000" "the message gives the rate Opus takes"

# Intro and outro: joined at the output rate; chapters keep their places after the intro.
expect_exit 0 "render with intro, outro and chapter sound" -- "$NARRATE" --quiet render "$example" -o "$WORK/io.mp3" \
    --intro "$WORK/tone.wav" --outro "$WORK/tone.wav" --chapter-sound
if "$PY" - "$WORK/io.chapters.json" "$WORK/mp3/episode.chapters.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))["chapters"]
b = json.load(open(sys.argv[2]))["chapters"]
assert a[0]["startTime"] == 0 and len(a) == len(b)
shift = a[1]["startTime"] - b[1]["startTime"]
assert 1.9 < shift < 3.5, shift  # the 2 s intro, plus the chapter sound before the heading
assert a[-1]["endTime"] - b[-1]["endTime"] > 4.5, (a[-1], b[-1])  # intro + outro + sounds
PY
then pass "intro and outro lengthen the program; chapters move with them"
else fail "intro/outro placement wrong"
fi
finish
