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
    int mp3_bitrate_kbps = 64;    ///< MP3 constant bitrate
    std::string chapters = "json";  ///< chapter sidecars: json,psc,vtt,ffmetadata,cue,labels,all,none
    std::string captions = "vtt";   ///< caption files: vtt,srt,none
    bool marks = false;             ///< write <stem>.marks.jsonl
    std::string manifest;           ///< manifest path, empty for none
    bool quiet = false;           ///< no progress on stderr
};

}  // namespace narrate::cli
