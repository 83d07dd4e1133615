#include "cli/commands.h"

#include <algorithm>
#include <cstdio>
#include <future>
#include <tuple>
#include <utility>
#include <iostream>
#include <memory>

#include <malloc.h>

#include "audio/audio_format.h"
#include "audio/chapter_tags.h"
#include "audio/espeak_synthesizer.h"
#include "audio/loudness.h"
#include "audio/parallel_render.h"
#include "audio/renderer.h"
#include "audio/sndfile_io.h"
#include "cli/progress.h"
#include "cli/render_outputs.h"
#include "cli/resources.h"
#include "core/article_reader.h"
#include "core/chapters_json.h"
#include "core/limits.h"
#include "core/quotes.h"
#include "core/script.h"
#include "core/script_json.h"
#include "core/script_ssml.h"
#include "core/speakers.h"
#include "io/error.h"
#include "io/input_file.h"
#include "io/output_file.h"
#include "io/render_cache.h"

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
    Attribution attribution = attribute_speakers(read.article, quotes, load_first_names());
    Script script = build_script(read.article, quotes, attribution,
                                 cast_for_language(casting, read.article.language));
    if (auto limit = exceeded_limit(script))
        throw Error(ExitCode::input, display_name(options.input) + ": " + *limit);
    return script;
}

/// The output sample rate: --sample-rate, else the format's default, else the engine's.
/// Checked before any work.
int output_rate(const AudioFormat& format, int requested) {
    constexpr int kEngineRate = 22050;
    int rate = requested > 0 ? requested : format.default_rate_hz > 0 ? format.default_rate_hz : kEngineRate;
    if (format.fixed_rate && rate != format.default_rate_hz)
        throw Error(ExitCode::usage, std::string(format.description) + " takes only " +
                                         std::to_string(format.default_rate_hz) + " Hz, not " +
                                         std::to_string(rate));
    if (format.name == "mp3") {
        constexpr int kMpegRates[] = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
        if (std::find(std::begin(kMpegRates), std::end(kMpegRates), rate) == std::end(kMpegRates))
            throw Error(ExitCode::usage, "MP3 takes 8000, 11025, 12000, 16000, 22050, 24000, "
                                         "32000, 44100 or 48000 Hz, not " + std::to_string(rate));
    }
    if (rate < 8000 || rate > 192000)
        throw Error(ExitCode::usage, "--sample-rate must be from 8000 to 192000 Hz");
    return rate;
}

/// The bytes and MIME type of a cover image; JPEG and PNG are known by their first bytes.
std::pair<std::string, std::string> read_cover(const std::string& path) {
    std::string bytes = read_input_file(path);
    if (bytes.rfind("\xFF\xD8\xFF", 0) == 0) return {bytes, "image/jpeg"};
    if (bytes.rfind("\x89PNG\r\n\x1A\n", 0) == 0) return {bytes, "image/png"};
    throw Error(ExitCode::input, path + ": not a JPEG or PNG image");
}

void write_stdout(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw Error(ExitCode::output, "standard output: cannot write");
}

/// Where the parts go: MP3 parts are joined as they are; Opus is encoded here, in a loop that
/// holds the decoded peaks under the true-peak ceiling when the loudness is normalized (see
/// ogg_opus_writer.h); the other formats through libsndfile.
std::unique_ptr<PartJoiner> make_joiner(const std::string& path, const Options& options,
                                        const AudioFormat& format, int rate,
                                        const ParallelSettings& parallel, const LoudnessSettings& loudness,
                                        std::size_t tag_room) {
    if (format.name == "mp3")
        return mp3_joiner(path, options.output, rate, parallel.mp3.bitrate_kbps, tag_room);
    if (format.name == "opus")
        return opus_joiner(path, options.output,
                           options.bitrate_kbps > 0 ? options.bitrate_kbps : format.default_bitrate_kbps,
                           loudness.enabled, loudness.true_peak_dbtp);
    return sndfile_joiner(path, options.output, format, rate, options.quality);
}

/// "1 chapter", "3 chapters".
std::string counted(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

void run_script(const Options& options) {
    Casting casting = load_casting(options.voices_file);
    load_cast_file(options.cast_file, casting);
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
    SidecarChoice sidecars;
    sidecars.chapters = parse_chapter_list(options.chapters);
    parse_caption_list(options.captions, sidecars);
    sidecars.marks = options.marks;
    sidecars.manifest = options.manifest;
    if (options.input != "-" && same_file(options.input, options.output))
        throw Error(ExitCode::usage, options.output + ": is the input file; refusing to overwrite it");
    const int rate = output_rate(*format, options.sample_rate_hz);
    if (format->name == "mp3" && options.quality > 9)
        throw Error(ExitCode::usage, "--quality for MP3 is LAME's 0 (slowest) to 9, not " +
                                         std::to_string(options.quality));
    Casting casting = load_casting(options.voices_file);
    load_cast_file(options.cast_file, casting);
    AudioTags tags;
    tags.album = options.show;
    tags.date = options.date;
    tags.comment = options.comment;
    if (!options.cover.empty()) std::tie(tags.cover, tags.cover_mime) = read_cover(options.cover);
    RenderSettings render;
    render.output_rate = rate;
    render.loudness = {!options.no_normalize, options.loudness_lufs, options.true_peak_dbtp,
                       format->peak_headroom_db};
    auto clip = [&](const std::string& path) {
        std::vector<float> audio = read_audio_clip(path, rate);
        normalize_loudness(audio, rate, render.loudness);
        return audio;
    };
    if (!options.intro.empty()) render.intro = clip(options.intro);
    if (!options.outro.empty()) render.outro = clip(options.outro);
    if (options.chapter_sound || !options.chapter_sound_file.empty()) {
        std::string path = options.chapter_sound_file.empty()
                               ? voices_dir() + "/chapter-chime.wav"
                               : options.chapter_sound_file;
        render.chapter_sound = read_audio_clip(path, rate);
        // A cue, not a voice: a little under the speech.
        LoudnessSettings chime = render.loudness;
        chime.target_lufs -= 6.0;
        normalize_loudness(render.chapter_sound, rate, chime);
    }

    // eSpeak NG starts on a thread of its own while the text is read: reading its phoneme
    // tables and, on the first voice chosen, every voice file it has takes about as long as
    // the text stages of a long article, and the first part waits for both. Interrupts are
    // held while it starts: it inherits the hold, and leaves them to this thread.
    InterruptsHeld starting_held;
    std::future<std::unique_ptr<EspeakSynthesizer>> starting =
        std::async(std::launch::async, [narrator = casting.narrator] {
            auto engine = std::make_unique<EspeakSynthesizer>();
            engine->check_voice(narrator);
            return engine;
        });
    starting_held.release();

    progress.step("reading " + display_name(options.input));
    Script script = make_script(options, casting);
    if (script.segments.empty())
        throw Error(ExitCode::input, display_name(options.input) + ": no text to read");
    // The text stages' working memory is free now: give it back, since every worker process
    // starts with this one's.
    ::malloc_trim(0);

    // The thread has ended when get() returns. The workers fork with one other thread
    // running, eSpeak NG's own, which waits idle on its queue and holds no lock.
    std::unique_ptr<EspeakSynthesizer> started = starting.get();
    EspeakSynthesizer& engine = *started;
    for (const VoiceSettings& v : script.voices) engine.check_voice(v);

    OutputFile audio_file(options.output);
    RenderOutputs outputs(options.output, sidecars, script, rate);
    for (const std::string& path : outputs.paths())
        if (options.input != "-" && same_file(options.input, path))
            throw Error(ExitCode::usage, path + ": is the input file; refusing to overwrite it");

    progress.step("speaking " + counted(script.segments.size(), "segment") + " in " +
                  counted(script.chapters.size(), "chapter") + " with eSpeak NG " +
                  engine.engine_version());
    // Every part is spoken by a fresh copy of this engine (see parallel_render.h) and kept in
    // the render cache unless --no-cache.
    bool mp3 = format->name == "mp3";
    ParallelSettings parallel;
    // A worker per core, and for WAV one more: the main process then only copies the parts,
    // and the extra worker keeps a core busy while another starts (a fork and its first page
    // faults) or ends, 3 % faster on two cores. Where the main process encodes (FLAC, Vorbis,
    // Opus) or each worker runs an encoder thread (MP3), one more was slower (FLAC by 4 %, MP3
    // by 2 %) or no faster (Opus).
    parallel.jobs =
        options.jobs > 0 ? options.jobs : available_cores() + (format->name == "wav" ? 1 : 0);
    parallel.payload = mp3 ? PartPayload::mp3 : PartPayload::pcm16;
    if (mp3) {
        parallel.mp3.bitrate_kbps = options.bitrate_kbps > 0 ? options.bitrate_kbps : format->default_bitrate_kbps;
        parallel.mp3.quality = options.quality >= 0 ? options.quality : format->default_quality;
    }
    parallel.key_salt = std::string("narrate ") + NARRATE_VERSION + ", eSpeak NG " +
                        engine.engine_version() + ", " +
                        (mp3 ? "mp3 " + std::to_string(parallel.mp3.bitrate_kbps) + " kbps q" +
                                   std::to_string(parallel.mp3.quality)
                             : std::string("pcm16"));
    std::unique_ptr<PartFolder> folder =
        options.no_cache ? std::make_unique<PartFolder>()
                         : std::make_unique<PartFolder>(options.cache_dir.empty() ? default_cache_dir() : options.cache_dir,
                                                        static_cast<std::uint64_t>(options.cache_size_mb) << 20);
    tags.title = script.title;
    tags.artist = script.author;
    tags.language = script.language;
    // The chapters as they will be, but for their times, so that the tag is written in place.
    Timeline untimed;
    untimed.sample_rate = rate;
    untimed.segment_start.assign(script.segments.size(), 0);
    std::unique_ptr<PartJoiner> joiner = make_joiner(audio_file.temp_path(), options, *format, rate,
                                                     parallel, render.loudness,
                                                     tag_room(*format, timed_chapters(script, untimed), tags));
    ParallelReport report = render_parallel(
        script, engine, render, parallel, *folder, *joiner,
        [&](const RenderProgress& p) { progress.update(p); },
        [&](const Segment& segment, const SegmentTiming& timing) {
            outputs.add_segment(segment, timing);
        });
    folder->trim();
    const Timeline& timeline = report.timeline;
    progress.finish();

    std::vector<TimedChapter> chapters = timed_chapters(script, timeline);
    embed_chapters(audio_file.temp_path(), options.output, *format, chapters, timeline, tags);
    outputs.finish(chapters, timeline, std::string(format->name));
    audio_file.commit();
    outputs.commit();
    std::string written;
    for (const std::string& path : outputs.paths()) written += ", " + path;
    std::string reused = report.parts_reused == 0 ? ""
                         : ", " + std::to_string(report.parts_reused) + " of " +
                               counted(report.parts, "part") + " from the cache";
    progress.step("wrote " + options.output + " (" + clock_time(timeline.seconds(timeline.total_frames)) +
                  ", " + counted(chapters.size(), "chapter") + reused + ")" + written);
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
