#pragma once
// The command line, bound to one struct.

#include <string>

namespace narrate::cli {

/// Everything the command line can say. Defaults here are the ones --help shows.
struct Options {
    std::string command;          ///< "render", "script" or "voices"
    std::string input;            ///< article file, "-" for standard input
    std::string output;           ///< render: the audio file to write
    std::string script_format = "json";  ///< script: json or ssml
    std::string input_format;     ///< "text", "markdown", "html"; empty: from the extension
    std::string language;         ///< BCP 47 tag overriding the article's; empty: the article's
    std::string voices_file;      ///< casting file; empty: voices/default.toml
    std::string cast_file;        ///< speaker name -> voice overrides; empty: none
    int sample_rate_hz = 0;       ///< output rate; 0: the format's default
    int bitrate_kbps = 0;         ///< MP3/Opus bitrate; 0: the format's default
    int quality = -1;             ///< Vorbis 0-10, MP3 (LAME) 0-9; -1: the format's default
    double loudness_lufs = -16.0; ///< integrated loudness target
    double true_peak_dbtp = -1.0; ///< true-peak ceiling
    bool no_normalize = false;    ///< keep the engine's levels
    std::string intro;            ///< audio file played before the article
    std::string outro;            ///< audio file played after it
    bool chapter_sound = false;   ///< a short sound at each chapter start
    std::string chapter_sound_file;  ///< that sound; empty: voices/chapter-chime.wav
    std::string show;             ///< album tag: the show's name
    std::string date;             ///< date tag
    std::string comment;          ///< comment tag
    std::string cover;            ///< cover image (JPEG or PNG)
    std::string chapters = "json";  ///< chapter sidecars: json,psc,vtt,ffmetadata,cue,labels,all,none
    std::string captions = "vtt";   ///< caption files: vtt,srt,none
    bool marks = false;             ///< write <stem>.marks.jsonl
    std::string manifest;           ///< manifest path, empty for none
    int jobs = 0;                   ///< parts rendered at once; 0: one per core (one more for WAV)
    bool no_cache = false;        ///< neither read nor keep rendered parts
    std::string cache_dir;        ///< where rendered parts are kept; empty: the default
    int cache_size_mb = 2048;     ///< the cache is trimmed to this size after each render
    bool quiet = false;           ///< no progress on stderr
};

}  // namespace narrate::cli
