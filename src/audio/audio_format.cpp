#include "audio/audio_format.h"

#include <array>
#include <cctype>

#include <sndfile.h>

namespace narrate {
namespace {

// Rates: eSpeak NG speaks at 22050 Hz and has nothing above 11 kHz, so every format keeps that
// rate (MP3 as MPEG-2 Layer III, which every MP3 decoder plays, at half the encoding cost of
// 44.1 kHz) except Opus, which only takes 48 kHz. --sample-rate 44100 serves a host that asks
// for it.
// Bitrates for speech in mono: MP3 64 kbps, Opus 32 kbps (Opus is transparent for speech well
// below that), Vorbis quality 5 (about 56 kbps: at 3 and 4 its coding noise lifted eSpeak NG's
// true peaks over -1 dBTP, measured up to -0.6). Opus and Vorbis overshoot their input's sample
// peaks by more than the others (measured: up to 3.1 and 2.2 dB, Opus in its 32 kbps coding of a
// loud vowel, Vorbis in the ringing it adds near 11 kHz), so they get more headroom under the
// true-peak ceiling. Opus goes further now and then (a frame up to 5 dB over), which
// OggOpusWriter catches by decoding every frame it encodes (libsndfile writes the other formats).
constexpr std::array kFormats = {
    AudioFormat{"wav", ".wav", "WAV, 16-bit PCM", SF_FORMAT_WAV | SF_FORMAT_PCM_16,
                ChapterEmbedding::riff_cue},
    AudioFormat{"flac", ".flac", "FLAC, lossless, 16-bit", SF_FORMAT_FLAC | SF_FORMAT_PCM_16,
                ChapterEmbedding::xiph_comment},
    AudioFormat{"ogg", ".ogg", "Ogg Vorbis, quality 5", SF_FORMAT_OGG | SF_FORMAT_VORBIS,
                ChapterEmbedding::xiph_comment, 0, 0, 5, false, 3.0},
    AudioFormat{"opus", ".opus", "Ogg Opus, 48 kHz, 32 kbps", SF_FORMAT_OGG | SF_FORMAT_OPUS,
                ChapterEmbedding::xiph_comment, 48000, 32, -1, true, 3.0},
    // MP3 effort 7 (LAME's -q 7) skips the noise-shaping search of 0-6, which halves the
    // encoding time and changes nothing a listener hears in 64 kbps synthetic speech.
    AudioFormat{"mp3", ".mp3", "MP3, 64 kbps constant bitrate",
                SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, ChapterEmbedding::id3v2, 0, 64, 7},
};

}  // namespace

std::span<const AudioFormat> audio_formats() { return kFormats; }

const AudioFormat* audio_format_for_path(std::string_view path) {
    auto slash = path.find_last_of('/');
    std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto dot = base.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return nullptr;
    std::string ext;
    for (char c : base.substr(dot)) ext.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (const AudioFormat& f : kFormats)
        if (f.extension == ext) return &f;
    return nullptr;
}

std::string known_audio_extensions() {
    std::string list;
    for (const AudioFormat& f : kFormats) {
        if (!list.empty()) list += ", ";
        list += f.extension;
    }
    return list;
}

}  // namespace narrate
