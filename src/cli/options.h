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
    int mp3_bitrate_kbps = 64;    ///< MP3 constant bitrate
    bool quiet = false;           ///< no progress on stderr
};

}  // namespace narrate::cli
