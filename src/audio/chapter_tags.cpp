#include "audio/chapter_tags.h"

#include <cinttypes>
#include <cmath>
#include <algorithm>
#include <cstdio>
#include <vector>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/infotag.h>
#include <taglib/opusfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

#include "audio/wav_cues.h"
#include "io/error.h"

namespace narrate {
namespace {

TagLib::String utf8(const std::string& s) { return TagLib::String(s, TagLib::String::UTF8); }

std::uint32_t milliseconds(const Timeline& timeline, std::int64_t frame) {
    return static_cast<std::uint32_t>(std::llround(timeline.seconds(frame) * 1000.0));
}

TagLib::ID3v2::TextIdentificationFrame* text_frame(const char* id, const std::string& value) {
    auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF16);
    frame->setText(utf8(value));
    return frame;
}

/// Fills `tag` with the chapters and tags of an MP3.
void fill_id3(TagLib::ID3v2::Tag* tag, const std::vector<TimedChapter>& chapters,
              const Timeline& timeline, const AudioTags& tags) {
    for (const char* id : {"CHAP", "CTOC"}) tag->removeFrames(id);
    if (!tags.title.empty()) tag->setTitle(utf8(tags.title));
    if (!tags.artist.empty()) tag->setArtist(utf8(tags.artist));
    if (!tags.album.empty()) tag->setAlbum(utf8(tags.album));
    if (!tags.date.empty()) {
        tag->removeFrames("TDRC");
        tag->addFrame(text_frame("TDRC", tags.date));  // TagLib writes it as TYER/TDAT in 2.3
    }
    if (!tags.comment.empty()) {
        auto* comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF16);
        comment->setLanguage("eng");
        comment->setText(utf8(tags.comment));
        tag->addFrame(comment);
    }
    if (!tags.language.empty()) tag->addFrame(text_frame("TLAN", tags.language));
    if (!tags.cover.empty()) {
        auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
        picture->setMimeType(tags.cover_mime);
        picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        picture->setPicture(TagLib::ByteVector(tags.cover.data(), static_cast<unsigned>(tags.cover.size())));
        tag->addFrame(picture);
    }

    // Every chapter is a CHAP frame. The top-level CTOC lists the top-level chapters; a
    // chapter with sub-headings under it is followed there by a CTOC of its own that lists them,
    // so players that read nested tables of contents can fold the sections.
    TagLib::ByteVectorList* open_children = nullptr;
    struct SubToc {
        TagLib::ByteVector id;
        std::string title;  ///< its chapter's
        TagLib::ByteVectorList children;
    };
    std::vector<SubToc> sub_tocs;
    // The sections' own top level: the title's chapter is always at the top, whatever the
    // level of the headings under it (Markdown articles often start their sections at ##).
    int top_level = chapters.size() > 1 ? chapters[1].level : 1;
    for (std::size_t i = 1; i < chapters.size(); ++i) top_level = std::min(top_level, chapters[i].level);
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const TimedChapter& c = chapters[i];
        TagLib::ByteVector id(("chp" + std::to_string(i)).c_str());
        TagLib::ID3v2::FrameList embedded;
        embedded.append(text_frame("TIT2", c.title));
        // 0xFFFFFFFF byte offsets: players use the times.
        tag->addFrame(new TagLib::ID3v2::ChapterFrame(id, milliseconds(timeline, c.start_frame),
                                                      milliseconds(timeline, c.end_frame),
                                                      0xFFFFFFFF, 0xFFFFFFFF, embedded));
        if (c.level <= top_level || i == 0) {
            sub_tocs.push_back({TagLib::ByteVector(("toc" + std::to_string(i)).c_str()), c.title, {}});
            open_children = &sub_tocs.back().children;
        } else {
            open_children->append(id);
        }
    }
    // Every CHAP is a direct child of the top-level CTOC, in time order, so flat readers (FFmpeg,
    // most podcast apps) list every chapter; a section's own CTOC follows its CHAP for readers
    // that fold sub-headings.
    // A CTOC counts its entries in one byte: at most 255. Section CTOCs are added only while
    // everything fits; past 255 chapters the top level lists CTOCs of up to 255 chapters each.
    constexpr std::size_t kMaxEntries = 255;
    std::size_t nested = 0;
    for (const SubToc& sub_toc : sub_tocs) nested += sub_toc.children.isEmpty() ? 0 : 1;
    bool with_sections = chapters.size() + nested <= kMaxEntries;
    auto add_toc = [&](const TagLib::ByteVector& id, const std::string& title,
                       const TagLib::ByteVectorList& children, bool is_top) {
        TagLib::ID3v2::FrameList toc_title;
        toc_title.append(text_frame("TIT2", title));
        auto* toc = new TagLib::ID3v2::TableOfContentsFrame(id, children, toc_title);
        toc->setIsTopLevel(is_top);
        toc->setIsOrdered(true);
        tag->addFrame(toc);
    };
    TagLib::ByteVectorList top_children;
    std::size_t next_sub = 0;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        top_children.append(TagLib::ByteVector(("chp" + std::to_string(i)).c_str()));
        if (!with_sections || next_sub >= sub_tocs.size() ||
            sub_tocs[next_sub].id != TagLib::ByteVector(("toc" + std::to_string(i)).c_str()))
            continue;
        const SubToc& sub_toc = sub_tocs[next_sub++];
        if (sub_toc.children.isEmpty()) continue;
        add_toc(sub_toc.id, sub_toc.title, sub_toc.children, false);
        top_children.append(sub_toc.id);
    }
    std::string title = tags.title.empty() ? "Chapters" : tags.title;
    if (top_children.size() <= kMaxEntries) {
        add_toc("toc", title, top_children, true);
    } else {
        TagLib::ByteVectorList groups;
        for (std::size_t first = 0; first < chapters.size(); first += kMaxEntries) {
            std::size_t last = std::min(chapters.size(), first + kMaxEntries);
            TagLib::ByteVectorList part;
            for (std::size_t i = first; i < last; ++i)
                part.append(TagLib::ByteVector(("chp" + std::to_string(i)).c_str()));
            TagLib::ByteVector id(("group" + std::to_string(groups.size())).c_str());
            add_toc(id, "Chapters " + std::to_string(first + 1) + "-" + std::to_string(last), part, false);
            groups.append(id);
        }
        add_toc("toc", title, groups, true);
    }
}

void write_id3(const std::string& path, const std::string& display_name,
               const std::vector<TimedChapter>& chapters, const Timeline& timeline,
               const AudioTags& tags) {
    TagLib::MPEG::File file(path.c_str(), false);
    if (!file.isValid())
        throw Error(ExitCode::output, display_name + ": TagLib cannot open the MP3 it just wrote");
    fill_id3(file.ID3v2Tag(true), chapters, timeline, tags);
    // ID3v2.3, not 2.4: FFmpeg (5.1) reads the sizes of frames inside CHAP as plain integers,
    // which 2.4's syncsafe sizes are not past 127 bytes, and drops such chapters. v2.3 has no
    // UTF-8, so text is UTF-16.
    if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripNone, TagLib::ID3v2::v3))
        throw Error(ExitCode::output, display_name + ": cannot write chapters into the file");
}

/// HH:MM:SS.mmm, the only form FFmpeg reads exactly.
std::string xiph_time(const Timeline& timeline, std::int64_t frame) {
    std::uint32_t ms = milliseconds(timeline, frame);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02u:%02u:%02u.%03u", ms / 3600000u, ms / 60000u % 60u,
                  ms / 1000u % 60u, ms % 1000u);
    return buffer;
}

TagLib::FLAC::Picture* flac_picture(const AudioTags& tags) {
    auto* picture = new TagLib::FLAC::Picture;
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType(tags.cover_mime);
    picture->setData(TagLib::ByteVector(tags.cover.data(), static_cast<unsigned>(tags.cover.size())));
    return picture;
}

void fill_xiph(TagLib::Ogg::XiphComment& comment, const std::vector<TimedChapter>& chapters,
               const Timeline& timeline, const AudioTags& tags, bool picture_in_comment) {
    if (!tags.title.empty()) comment.addField("TITLE", utf8(tags.title), true);
    if (!tags.artist.empty()) comment.addField("ARTIST", utf8(tags.artist), true);
    if (!tags.album.empty()) comment.addField("ALBUM", utf8(tags.album), true);
    if (!tags.date.empty()) comment.addField("DATE", utf8(tags.date), true);
    if (!tags.comment.empty()) comment.addField("COMMENT", utf8(tags.comment), true);
    if (!tags.language.empty()) comment.addField("LANGUAGE", utf8(tags.language), true);
    // Ogg carries the cover as a METADATA_BLOCK_PICTURE comment; FLAC has a block of its own.
    if (!tags.cover.empty() && picture_in_comment) comment.addPicture(flac_picture(tags));
    for (std::size_t i = 0; i < chapters.size() && i < 1000; ++i) {
        char key[16];
        std::snprintf(key, sizeof key, "CHAPTER%03zu", i);
        // Each time before its name: FFmpeg drops a name that comes first.
        comment.addField(key, xiph_time(timeline, chapters[i].start_frame), true);
        comment.addField(std::string(key) + "NAME", utf8(chapters[i].title), true);
    }
}

void write_wav_info(const std::string& path, const std::string& display_name, const AudioTags& tags) {
    TagLib::RIFF::WAV::File file(path.c_str(), false);
    if (!file.isValid())
        throw Error(ExitCode::output, display_name + ": TagLib cannot open the WAV it just wrote");
    TagLib::RIFF::Info::Tag* info = file.InfoTag();
    if (!tags.title.empty()) info->setTitle(utf8(tags.title));
    if (!tags.artist.empty()) info->setArtist(utf8(tags.artist));
    if (!tags.album.empty()) info->setAlbum(utf8(tags.album));
    if (!tags.comment.empty()) info->setComment(utf8(tags.comment));
    if (!tags.date.empty()) info->setFieldText("ICRD", utf8(tags.date));
    if (!file.save(TagLib::RIFF::WAV::File::Info, TagLib::File::StripOthers))
        throw Error(ExitCode::output, display_name + ": cannot write tags into the file");
}

}  // namespace

std::size_t tag_room(const AudioFormat& format, const std::vector<TimedChapter>& chapters,
                     const AudioTags& tags) {
    if (format.chapters != ChapterEmbedding::id3v2) return 0;
    // The times do not change the size: every CHAP frame holds four 32-bit numbers. TagLib
    // renders a new tag with 1,024 bytes of padding, and keeps a tag in place when what it
    // writes leaves the old size's padding between 1 byte and 1,024 bytes (or 1 % of the file).
    Timeline timeline;
    timeline.sample_rate = 1;
    TagLib::ID3v2::Tag tag;
    fill_id3(&tag, chapters, timeline, tags);
    return tag.render(TagLib::ID3v2::v3).size();
}

std::string empty_id3_tag(std::size_t bytes) {
    // "ID3", version 3.0, no flags, then the size after this header in four 7-bit bytes.
    constexpr std::size_t kHeader = 10, kLargest = (std::size_t{1} << 28) - 1;
    if (bytes <= kHeader || bytes - kHeader > kLargest) return {};
    std::size_t size = bytes - kHeader;
    std::string tag("ID3\x03\x00\x00", 6);
    for (int shift : {21, 14, 7, 0}) tag += static_cast<char>((size >> shift) & 0x7F);
    tag.resize(bytes, '\0');
    return tag;
}

void embed_chapters(const std::string& path, const std::string& display_name,
                    const AudioFormat& format, const std::vector<TimedChapter>& chapters,
                    const Timeline& timeline, const AudioTags& tags) {
    switch (format.chapters) {
        case ChapterEmbedding::id3v2:
            write_id3(path, display_name, chapters, timeline, tags);
            return;
        case ChapterEmbedding::xiph_comment: {
            bool saved = false;
            if (format.name == "flac") {
                TagLib::FLAC::File file(path.c_str(), false);
                if (file.isValid()) {
                    fill_xiph(*file.xiphComment(true), chapters, timeline, tags, false);
                    if (!tags.cover.empty()) file.addPicture(flac_picture(tags));
                    saved = file.save();
                }
            } else if (format.name == "opus") {
                TagLib::Ogg::Opus::File file(path.c_str(), false);
                if (file.isValid()) {
                    fill_xiph(*file.tag(), chapters, timeline, tags, true);
                    saved = file.save();
                }
            } else {
                TagLib::Ogg::Vorbis::File file(path.c_str(), false);
                if (file.isValid()) {
                    fill_xiph(*file.tag(), chapters, timeline, tags, true);
                    saved = file.save();
                }
            }
            if (!saved)
                throw Error(ExitCode::output, display_name + ": cannot write chapters into the file");
            return;
        }
        case ChapterEmbedding::riff_cue: {
            // INFO tags through TagLib first, closed before the cue chunks are appended after
            // everything it wrote (TagLib may still hold unflushed header bytes until then).
            write_wav_info(path, display_name, tags);
            append_wav_cues(path, display_name, chapters);
            return;
        }
        case ChapterEmbedding::none:
            return;
    }
}

}  // namespace narrate
