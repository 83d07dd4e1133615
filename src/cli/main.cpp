// narrate: reads an article aloud. Parses the command line and runs one subcommand.

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "audio/audio_format.h"
#include "cli/commands.h"
#include "core/chapter_formats.h"
#include "cli/options.h"
#include "io/error.h"
#include "io/output_file.h"

namespace {

using narrate::ExitCode;

void add_input(CLI::App& cmd, narrate::cli::Options& o) {
    cmd.add_option("FILE", o.input,
                   "Article to read: plain text, Markdown or HTML (by extension); - reads "
                   "standard input")
        ->required()
        ->type_name("FILE");
    cmd.add_option("--input-format", o.input_format,
                   "Read FILE as this format instead of going by its extension")
        ->check(CLI::IsMember({"text", "markdown", "html"}))
        ->type_name("FORMAT");
    cmd.add_option("--lang", o.language,
                   "The article's language as a BCP 47 tag (fr, de-AT, es): picks voices and "
                   "quotation marks; default: what the article says, else en")
        ->type_name("TAG");
}

std::string format_help() {
    std::string help = "Audio file to write; the format comes from the extension:";
    for (const auto& f : narrate::audio_formats())
        help += "\n" + std::string(f.extension) + "  " + std::string(f.description);
    return help;
}

std::string chapter_help() {
    std::string help = "Chapter files beside the audio (embedded chapters are always written); "
                       "a comma-separated list of:";
    for (const auto& f : narrate::chapter_formats())
        help += "\n" + std::string(f.name) + "  <stem>" + std::string(f.suffix) + ": " +
                std::string(f.description);
    return help + "\nall  every one of them\nnone  no chapter files";
}

}  // namespace

int main(int argc, char** argv) {
    narrate::install_interrupt_cleanup();
    narrate::cli::Options o;

    CLI::App app{"narrate: turns an article into audio, with a voice for each quoted speaker, "
                 "chapters for its sections and timed captions."};
    app.set_version_flag("--version", "narrate " NARRATE_VERSION);
    app.require_subcommand(1);
    app.option_defaults()->always_capture_default();
    app.add_option("--voices", o.voices_file,
                   "Casting file (TOML) with the voices for narrator, title, headings, quotations")
        ->default_str("voices/default.toml")
        ->type_name("FILE");
    app.add_option("--cast", o.cast_file,
                   "Speaker voices to use instead of the automatic casting (TOML: \"Name\" = \"voice\")")
        ->type_name("FILE");
    app.add_flag("-q,--quiet", o.quiet, "Print no progress on stderr");

    CLI::App* render = app.add_subcommand("render", "Read an article aloud into an audio file "
                                                    "with chapters, and write OUT.chapters.json");
    render->footer(
        "Exit codes: 0 done, 1 internal error, 2 usage, 3 input, 4 output, 5 eSpeak NG,\n"
        "6 voices or cast file, 130 interrupted (SIGINT, SIGTERM, or SIGHUP unless under nohup;\n"
        "temporaries removed, old files kept). The README has the details.");
    add_input(*render, o);
    render->add_option("-o,--output", o.output, format_help())->required()->type_name("FILE");
    render->add_option("--chapters", o.chapters, chapter_help())->type_name("LIST");
    render->add_option("--captions", o.captions,
                       "Caption files beside the audio: vtt (<stem>.vtt, a voice span per "
                       "speaker), srt (<stem>.srt), none")
        ->type_name("LIST");
    render->add_flag("--marks", o.marks,
                     "Write <stem>.marks.jsonl: sentence and word speech marks in Amazon Polly's "
                     "format");
    render->add_option("--manifest", o.manifest,
                       "Write the script with start_ms/end_ms of every segment, sentence, word "
                       "and chapter to FILE (JSON)")
        ->type_name("FILE");
    render->add_option("--sample-rate", o.sample_rate_hz,
                       "Output sample rate in Hz; default: 48000 for .opus (the only rate Opus "
                       "takes), the engine's 22050 otherwise")
        ->type_name("HZ")
        ->default_str("per format");
    render->add_option("--bitrate", o.bitrate_kbps,
                       "Bitrate in kbps of .mp3 (constant, default 64) and .opus (default 32)")
        ->check(CLI::Range(6, 320))
        ->type_name("KBPS")
        ->default_str("per format");
    render->add_option("--quality", o.quality,
                       "Ogg Vorbis quality 0-10 as in oggenc (default 5); MP3 encoder effort 0-9 "
                       "as LAME's -q, 0 slowest (default 7)")
        ->check(CLI::Range(0, 10))
        ->type_name("Q")
        ->default_str("per format");
    render->add_option("--loudness", o.loudness_lufs,
                       "Integrated loudness of every segment and of the whole, in LUFS")
        ->check(CLI::Range(-40.0, -5.0))
        ->type_name("LUFS");
    render->add_option("--true-peak", o.true_peak_dbtp, "True-peak ceiling in dBTP")
        ->check(CLI::Range(-12.0, 0.0))
        ->type_name("DBTP");
    render->add_flag("--no-normalize", o.no_normalize,
                     "Keep eSpeak NG's own levels: no loudness matching, no limiter");
    render->add_option("--intro", o.intro, "Audio file to play before the article")
        ->type_name("FILE");
    render->add_option("--outro", o.outro, "Audio file to play after the article")
        ->type_name("FILE");
    render->add_flag("--chapter-sound", o.chapter_sound,
                     "Play a short sound where each chapter after the first starts");
    render->add_option("--chapter-sound-file", o.chapter_sound_file,
                       "The sound for --chapter-sound (implies it)")
        ->type_name("FILE")
        ->default_str("voices/chapter-chime.wav");
    render->add_option("--jobs,-j", o.jobs, "Parts rendered at once, each by its own process")
        ->check(CLI::Range(1, 64))
        ->type_name("N")
        ->default_str("number of cores, one more for WAV");
    render->add_flag("--no-cache", o.no_cache,
                     "Render every part anew and keep none for the next render");
    render->add_option("--cache-dir", o.cache_dir,
                       "Where rendered parts are kept, so a render after an edit redoes only "
                       "what changed")
        ->type_name("DIR")
        ->default_str("$NARRATE_CACHE_DIR, $XDG_CACHE_HOME/narrate or ~/.cache/narrate");
    render->add_option("--cache-size", o.cache_size_mb,
                       "Trim the cache to this many MB after each render, least recently used first")
        ->check(CLI::Range(0, 1 << 20))
        ->type_name("MB")
        ->capture_default_str();
    render->add_option("--show", o.show, "Album tag: the show or publication")->type_name("NAME");
    render->add_option("--date", o.date, "Date tag, as 2026-11-28")->type_name("DATE");
    render->add_option("--comment", o.comment, "Comment tag")->type_name("TEXT");
    render->add_option("--cover", o.cover, "Cover art, a JPEG or PNG image")->type_name("IMAGE");

    CLI::App* script = app.add_subcommand(
        "script", "Print the speech-marked segments the audio is made from; synthesize nothing");
    add_input(*script, o);
    script->add_option("--format", o.script_format, "Output format")
        ->check(CLI::IsMember({"json", "ssml"}));

    app.add_subcommand("voices", "List the installed eSpeak NG voices and the casting in use");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        std::fprintf(stderr, "narrate: error: %s\n", e.what());
        std::fprintf(stderr, "Run 'narrate --help' for the options.\n");
        return static_cast<int>(ExitCode::usage);
    }

    try {
        if (render->parsed())
            narrate::cli::run_render(o);
        else if (script->parsed())
            narrate::cli::run_script(o);
        else
            narrate::cli::run_voices(o);
    } catch (const narrate::Error& e) {
        std::fprintf(stderr, "narrate: error: %s\n", e.what());
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "narrate: error: %s\n", e.what());
        return static_cast<int>(ExitCode::failure);
    }
    return 0;
}
