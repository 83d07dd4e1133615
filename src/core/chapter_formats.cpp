#include "core/chapter_formats.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "core/captions.h"
#include "core/chapters_json.h"
#include "core/script_ssml.h"
#include "core/utf8.h"

namespace narrate {
namespace {

constexpr std::array kFormats = {
    ChapterFormat{"json", ".chapters.json", "Podcasting 2.0 JSON chapters", write_podcast_json},
    ChapterFormat{"psc", ".psc", "Podlove Simple Chapters (XML)", write_psc},
    ChapterFormat{"vtt", ".chapters.vtt", "WebVTT chapters", write_vtt_chapters},
    ChapterFormat{"ffmetadata", ".ffmetadata", "FFMETADATA1, for muxing an M4B with FFmpeg",
                  write_ffmetadata},
    ChapterFormat{"cue", ".cue", "CUE sheet", write_cue},
    ChapterFormat{"labels", ".labels.txt", "Audacity label track", write_audacity_labels},
};

/// One line of text: control characters (line breaks, tabs) become spaces.
std::string one_line(const std::string& text) {
    std::string out = text;
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return out;
}

/// The first `max_chars` characters of `text`, cut at a character boundary.
std::string cut_chars(const std::string& text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (utf8::is_continuation(text[i])) continue;
        if (chars++ == max_chars) return text.substr(0, i);
    }
    return text;
}

std::string npt(std::int64_t frame, int rate) { return vtt_time(frame, rate); }

std::string seconds6(std::int64_t frame, int rate) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", static_cast<double>(frame) / rate);
    return buffer;
}

}  // namespace

std::span<const ChapterFormat> chapter_formats() { return kFormats; }

const ChapterFormat* chapter_format(std::string_view name) {
    for (const ChapterFormat& f : kFormats)
        if (f.name == name) return &f;
    return nullptr;
}

std::string write_podcast_json(const ChapterDocument& doc) {
    return podcast_chapters_json(doc.chapters, doc.timeline, doc.title);
}

std::string write_psc(const ChapterDocument& doc) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<psc:chapters version=\"1.2\" xmlns:psc=\"http://podlove.org/simple-chapters\">\n";
    for (const TimedChapter& c : doc.chapters)
        out += "  <psc:chapter start=\"" + npt(c.start_frame, doc.timeline.sample_rate) +
               "\" title=\"" + xml_escape(one_line(c.title)) + "\"/>\n";
    return out + "</psc:chapters>\n";
}

std::string write_vtt_chapters(const ChapterDocument& doc) {
    std::string out = webvtt_header();
    int rate = doc.timeline.sample_rate;
    for (std::size_t i = 0; i < doc.chapters.size(); ++i) {
        const TimedChapter& c = doc.chapters[i];
        out += "chapter-" + std::to_string(i + 1) + "\n" + vtt_time(c.start_frame, rate) +
               " --> " + vtt_time(c.end_frame, rate) + "\n" + vtt_escape(one_line(c.title)) +
               "\n\n";
    }
    return out;
}

std::string write_ffmetadata(const ChapterDocument& doc) {
    // Metadata values escape '=', ';', '#', '\' and line breaks with a backslash.
    auto escape = [](const std::string& text) {
        std::string out;
        for (char c : one_line(text)) {
            if (c == '=' || c == ';' || c == '#' || c == '\\') out.push_back('\\');
            out.push_back(c);
        }
        return out;
    };
    std::string out = ";FFMETADATA1\n";
    if (!doc.title.empty()) out += "title=" + escape(doc.title) + "\n";
    if (!doc.author.empty()) out += "artist=" + escape(doc.author) + "\n";
    int rate = doc.timeline.sample_rate;
    for (const TimedChapter& c : doc.chapters)
        out += "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=" + std::to_string(frame_ms(c.start_frame, rate)) +
               "\nEND=" + std::to_string(frame_ms(c.end_frame, rate)) + "\ntitle=" + escape(c.title) +
               "\n";
    return out;
}

std::string write_cue(const ChapterDocument& doc) {
    // CUE text fields are quoted, at most 80 characters, and cannot hold a double quote.
    auto field = [](const std::string& text) {
        std::string out;
        for (char c : one_line(text)) out.push_back(c == '"' ? '\'' : c);
        return "\"" + cut_chars(out, 80) + "\"";
    };
    std::string type = doc.audio_format == "mp3" ? "MP3" : "WAVE";
    std::string out;
    if (!doc.author.empty()) out += "PERFORMER " + field(doc.author) + "\n";
    if (!doc.title.empty()) out += "TITLE " + field(doc.title) + "\n";
    out += "FILE " + field(doc.audio_file) + " " + type + "\n";
    int rate = doc.timeline.sample_rate;
    for (std::size_t i = 0; i < doc.chapters.size() && i < 99; ++i) {
        const TimedChapter& c = doc.chapters[i];
        // Whole CD frames of 1/75 s, rounded to nearest.
        auto frames75 = static_cast<long long>(std::llround(static_cast<double>(c.start_frame) * 75.0 / rate));
        char line[64];
        std::snprintf(line, sizeof line, "    INDEX 01 %02lld:%02lld:%02lld\n", frames75 / 75 / 60,
                      frames75 / 75 % 60, frames75 % 75);
        char track[32];
        std::snprintf(track, sizeof track, "  TRACK %02zu AUDIO\n", i + 1);
        out += track;
        out += "    TITLE " + field(c.title) + "\n";
        if (!doc.author.empty()) out += "    PERFORMER " + field(doc.author) + "\n";
        out += line;
    }
    return out;
}

std::string write_audacity_labels(const ChapterDocument& doc) {
    std::string out;
    int rate = doc.timeline.sample_rate;
    for (const TimedChapter& c : doc.chapters)
        out += seconds6(c.start_frame, rate) + "\t" + seconds6(c.end_frame, rate) + "\t" +
               one_line(c.title) + "\n";
    return out;
}

}  // namespace narrate
