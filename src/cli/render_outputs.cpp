#include "cli/render_outputs.h"

#include "core/captions.h"
#include "core/manifest.h"
#include "core/speech_marks.h"
#include "io/error.h"

namespace narrate::cli {
namespace {

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::string item;
    for (char c : list + ",") {
        if (c == ',') {
            if (!item.empty()) items.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item.push_back(c);
        }
    }
    return items;
}

std::string known_chapter_formats() {
    std::string known;
    for (const ChapterFormat& f : chapter_formats()) known += std::string(f.name) + ", ";
    return known + "all, none";
}

/// The name a caption gives whoever speaks a segment.
std::string speaker_name(const Script& script, const Segment& segment) {
    if (segment.kind != SegmentKind::quote) return kNarratorName;
    if (segment.speaker)
        for (const ScriptSpeaker& s : script.speakers)
            if (s.id == *segment.speaker) return s.name;
    return kUnknownSpeakerName;
}

}  // namespace

std::vector<const ChapterFormat*> parse_chapter_list(const std::string& list) {
    std::vector<const ChapterFormat*> formats;
    for (const std::string& name : split_list(list)) {
        if (name == "none") continue;
        if (name == "all") {
            formats.clear();
            for (const ChapterFormat& f : chapter_formats()) formats.push_back(&f);
            return formats;
        }
        const ChapterFormat* f = chapter_format(name);
        if (!f)
            throw Error(ExitCode::usage, "--chapters: unknown format \"" + name +
                                             "\"; known: " + known_chapter_formats());
        formats.push_back(f);
    }
    return formats;
}

void parse_caption_list(const std::string& list, SidecarChoice& choice) {
    for (const std::string& name : split_list(list)) {
        if (name == "vtt")
            choice.vtt = true;
        else if (name == "srt")
            choice.srt = true;
        else if (name != "none")
            throw Error(ExitCode::usage,
                        "--captions: unknown format \"" + name + "\"; known: vtt, srt, none");
    }
}

std::string sidecar_path(const std::string& audio_path, std::string_view suffix) {
    auto slash = audio_path.find_last_of('/');
    auto dot = audio_path.find_last_of('.');
    bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    return (has_ext ? audio_path.substr(0, dot) : audio_path) + std::string(suffix);
}

RenderOutputs::RenderOutputs(const std::string& audio_path, const SidecarChoice& choice,
                             const Script& script, int sample_rate)
    : audio_path_(audio_path), choice_(choice), script_(script), sample_rate_(sample_rate) {
    for (const ChapterFormat* f : choice.chapters)
        chapter_files_.push_back(std::make_unique<OutputFile>(sidecar_path(audio_path, f->suffix)));
    if (choice.vtt) {
        vtt_ = std::make_unique<OutputFile>(sidecar_path(audio_path, ".vtt"));
        vtt_->append(webvtt_header());
    }
    if (choice.srt) srt_ = std::make_unique<OutputFile>(sidecar_path(audio_path, ".srt"));
    if (choice.marks) marks_ = std::make_unique<OutputFile>(sidecar_path(audio_path, ".marks.jsonl"));
    if (!choice.manifest.empty()) {
        manifest_ = std::make_unique<OutputFile>(choice.manifest);
        manifest_->append(manifest_head(script, sample_rate));
    }
}

void RenderOutputs::add_segment(const Segment& segment, const SegmentTiming& timing) {
    if (vtt_ || srt_) {
        std::string speaker = speaker_name(script_, segment);
        // SRT names a quoted speaker before their words: leave room for it.
        bool named = speaker != kNarratorName && speaker != kUnknownSpeakerName;
        std::vector<Cue> cues = segment_cues(segment, timing, speaker, sample_rate_, {},
                                             srt_ && named ? speaker.size() + 2 : 0);
        for (const Cue& cue : cues) {
            if (vtt_) vtt_->append(webvtt_cue(cue, sample_rate_));
            if (srt_) srt_->append(srt_cue(++srt_number_, cue, sample_rate_));
        }
    }
    if (marks_) marks_->append(speech_marks(segment, timing, sample_rate_));
    if (manifest_) {
        manifest_->append(manifest_segment(segment, timing, sample_rate_, first_segment_));
        first_segment_ = false;
    }
}

void RenderOutputs::finish(const std::vector<TimedChapter>& chapters, const Timeline& timeline,
                           const std::string& audio_format) {
    ChapterDocument doc;
    doc.chapters = chapters;
    doc.timeline = Timeline{timeline.sample_rate, {}, {}, timeline.total_frames};
    doc.title = script_.title;
    doc.author = script_.author;
    auto slash = audio_path_.find_last_of('/');
    doc.audio_file = slash == std::string::npos ? audio_path_ : audio_path_.substr(slash + 1);
    doc.audio_format = audio_format;
    for (std::size_t i = 0; i < chapter_files_.size(); ++i)
        chapter_files_[i]->write_all(choice_.chapters[i]->write(doc));
    if (manifest_) manifest_->append(manifest_tail(chapters, timeline));
}

void RenderOutputs::commit() {
    for (auto& f : chapter_files_) f->commit();
    for (auto* f : {vtt_.get(), srt_.get(), marks_.get(), manifest_.get()})
        if (f) f->commit();
}

std::vector<std::string> RenderOutputs::paths() const {
    std::vector<std::string> list;
    for (const auto& f : chapter_files_) list.push_back(f->path());
    for (auto* f : {vtt_.get(), srt_.get(), marks_.get(), manifest_.get()})
        if (f) list.push_back(f->path());
    return list;
}

}  // namespace narrate::cli
