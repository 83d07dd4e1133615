#pragma once
// The audio containers narrate writes: one table drives dispatch, --help and messages.

#include <span>
#include <string>
#include <string_view>

namespace narrate {

/// How chapters are embedded in a container.
enum class ChapterEmbedding {
    id3v2,        ///< ID3v2.3 CHAP + CTOC frames
    xiph_comment, ///< CHAPTERnnn / CHAPTERnnnNAME comments
    riff_cue,     ///< WAV `cue ` chunk with `labl` titles
    none,         ///< not embedded (sidecar files only)
};

/// One output container.
struct AudioFormat {
    std::string_view name;         ///< "mp3"
    std::string_view extension;    ///< ".mp3", lower case
    std::string_view description;  ///< for --help
    int sndfile_format = 0;        ///< libsndfile SF_FORMAT_* major | subtype
    ChapterEmbedding chapters = ChapterEmbedding::none;
    int default_rate_hz = 0;       ///< output sample rate; 0 keeps the engine's 22050 Hz
    int default_bitrate_kbps = 0;  ///< MP3 and Opus; 0 where it does not apply
    int default_quality = -1;      ///< Vorbis quality 0-10, MP3 effort 0-9; -1 where it does not apply
    bool fixed_rate = false;       ///< the codec takes only default_rate_hz (Opus: 48 kHz)
    double peak_headroom_db = 1.0; ///< sample peaks this far under the true-peak ceiling
};

/// Every known output format, in the order --help lists them.
[[nodiscard]] std::span<const AudioFormat> audio_formats();

/// The format for a file name's extension (case-insensitive), or nullptr.
[[nodiscard]] const AudioFormat* audio_format_for_path(std::string_view path);

/// ".wav, .flac, .ogg, .mp3": the known extensions, for messages.
[[nodiscard]] std::string known_audio_extensions();

}  // namespace narrate
