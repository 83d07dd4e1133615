#pragma once
// What the fuzz targets share: the text stages from bytes to a script, and a made-up timeline
// so the chapter and caption writers can run without an engine.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/article_reader.h"
#include "core/script.h"
#include "core/timeline.h"

namespace narrate::fuzz {

/// The input format chosen by the first byte (text, Markdown, HTML), and the rest as the input.
struct FormatAndBytes {
    InputFormat format = InputFormat::text;
    std::string_view bytes;
};
[[nodiscard]] FormatAndBytes split_format(const std::uint8_t* data, std::size_t size);

/// Aborts unless every block of `read` maps back to bytes inside an input of `input_size`.
void check_block_offsets(const ReadResult& read, std::size_t input_size);

/// Reads, finds quotations and speakers, casts with a small built-in casting, builds the script.
/// Empty when the input is refused.
[[nodiscard]] Script script_of(std::string_view bytes, InputFormat format);

/// Timings for every segment of `script`: each word `word_frames` long, sentences around them,
/// a pause after each segment, as the renderer would measure them.
[[nodiscard]] std::vector<SegmentTiming> fake_timings(const Script& script, int word_frames);

/// The timeline those timings make.
[[nodiscard]] Timeline timeline_of(const Script& script, const std::vector<SegmentTiming>& timings,
                                   int sample_rate);

}  // namespace narrate::fuzz
