#include "cli/commands.h"

#include <cstdio>
#include <iostream>
#include <memory>

#include "audio/audio_format.h"
#include "audio/chapter_tags.h"
#include "audio/espeak_synthesizer.h"
#include "audio/renderer.h"
#include "audio/sndfile_sink.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "core/article_reader.h"
#include "core/chapters_json.h"
#include "core/quotes.h"
#include "core/script.h"
#include "core/script_json.h"
#include "core/script_ssml.h"
#include "core/speakers.h"
#include "io/error.h"
#include "io/input_file.h"
#include "io/output_file.h"

namespace narrate::cli {
namespace {

std::string display_name(const std::string& path) {
    return path == "-" ? std::string("standard input") : path;
}

/// The text stages, from the input file to the script.
Script make_script(const Options& options, const Casting& casting) {
    std::string bytes = read_input_file(options.input);
    InputFormat format = options.input_format.empty()
                             ? detect_input_format(options.input, bytes)
                             : *input_format_named(options.input_format);
    ReadResult read = read_article(bytes, format);
    if (read.problem)
        throw Error(ExitCode::input, display_name(options.input) + ": " + read.problem->message);
    if (!options.language.empty()) read.article.language = options.language;
    std::vector<Quote> quotes = find_quotes(read.article);
    Attribution attribution = attribute_speakers(read.article, quotes);
    return build_script(read.article, quotes, attribution,
                        cast_for_language(casting, read.article.language));
}

/// "episode.mp3" -> "episode.chapters.json"
std::string sidecar_path(const std::string& audio_path, const std::string& suffix) {
    auto slash = audio_path.find_last_of('/');
    auto dot = audio_path.find_last_of('.');
    std::string stem = dot == std::string::npos || (slash != std::string::npos && dot < slash)
                           ? audio_path
                           : audio_path.substr(0, dot);
    return stem + suffix;
}

void write_stdout(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw Error(ExitCode::output, "standard output: cannot write");
}

}  // namespace

void run_script(const Options& options) {
    Casting casting = load_casting(options.voices_file);
    Script script = make_script(options, casting);
    write_stdout(options.script_format == "ssml" ? script_to_ssml(script) : script_to_json(script));
}

void run_render(const Options& options) {
    ProgressReporter progress(options.quiet);
    // Everything that can be checked cheaply is checked before the slow work.
    const AudioFormat* format = audio_format_for_path(options.output);
    if (!format)
        throw Error(ExitCode::usage, options.output + ": unknown audio format; known extensions: " +
                                         known_audio_extensions());
    if (options.input != "-" && same_file(options.input, options.output))
        throw Error(ExitCode::usage, options.output + ": is the input file; refusing to overwrite it");
    Casting casting = load_casting(options.voices_file);

    progress.step("reading " + display_name(options.input));
    Script script = make_script(options, casting);
    if (script.segments.empty())
        throw Error(ExitCode::input, display_name(options.input) + ": no text to read");

    std::string chapters_path = sidecar_path(options.output, ".chapters.json");
    OutputFile audio_file(options.output);
    OutputFile chapters_file(chapters_path);

    EspeakSynthesizer engine;
    for (const VoiceSettings& v : script.voices) engine.check_voice(v);

    progress.step("speaking " + std::to_string(script.segments.size()) + " segments in " +
                  std::to_string(script.chapters.size()) + " chapters with eSpeak NG " +
                  engine.engine_version());
    EncoderSettings encoder;
    encoder.mp3_bitrate_kbps = options.mp3_bitrate_kbps;
    SndfileSink sink(audio_file.temp_path(), options.output, *format, engine.sample_rate(), encoder);
    Timeline timeline = render_script(script, engine, sink,
                                      [&](const RenderProgress& p) { progress.update(p); });
    sink.close();
    progress.finish();

    std::vector<TimedChapter> chapters = timed_chapters(script, timeline);
    AudioTags tags{script.title, script.author, script.language};
    embed_chapters(audio_file.temp_path(), options.output, *format, chapters, timeline, tags);
    chapters_file.write_all(podcast_chapters_json(chapters, timeline, script.title));
    audio_file.commit();
    chapters_file.commit();
    progress.step("wrote " + options.output + " (" + clock_time(timeline.seconds(timeline.total_frames)) +
                  ", " + std::to_string(chapters.size()) + " chapters) and " + chapters_path);
}

void run_voices(const Options& options) {
    Casting casting = load_casting(options.voices_file);
    EspeakSynthesizer engine;
    std::string out = "Installed eSpeak NG voices (eSpeak NG " + engine.engine_version() + "):\n";
    for (const InstalledVoice& v : engine.installed_voices()) {
        char line[256];
        std::snprintf(line, sizeof line, "  %-24s %-28s %s\n", v.identifier.c_str(),
                      v.languages.c_str(), v.name.c_str());
        out += line;
    }
    out += "\nCasting in use (" + casting.source + "):\n";
    auto describe = [&](const std::string& role, const VoiceSettings& v) {
        char line[256];
        std::snprintf(line, sizeof line, "  %-12s %-14s rate %d wpm, pitch %d, range %d, pause %d ms\n",
                      role.c_str(), v.espeak_name().c_str(), v.rate_wpm, v.pitch, v.pitch_range,
                      v.pause_after_ms);
        out += line;
    };
    describe("narrator", casting.narrator);
    describe("title", casting.title);
    describe("heading", casting.heading);
    describe("quotation", casting.quotation);
    for (const VoiceSettings& v : casting.pool) describe(v.id, v);
    write_stdout(out);
}

}  // namespace narrate::cli
