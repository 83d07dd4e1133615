#include "audio/wav_cues.h"

#include <cstdint>
#include <fstream>

#include "io/error.h"

namespace narrate {
namespace {

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

std::string wav_cue_chunks(const std::vector<TimedChapter>& chapters) {
    std::string cue = "cue ";
    put_u32(cue, static_cast<std::uint32_t>(4 + 24 * chapters.size()));
    put_u32(cue, static_cast<std::uint32_t>(chapters.size()));
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        auto frame = static_cast<std::uint32_t>(chapters[i].start_frame);
        put_u32(cue, static_cast<std::uint32_t>(i + 1));  // dwName: the cue's id
        put_u32(cue, frame);                               // dwPosition
        cue += "data";                                     // fccChunk
        put_u32(cue, 0);                                   // dwChunkStart
        put_u32(cue, 0);                                   // dwBlockStart
        put_u32(cue, frame);                               // dwSampleOffset
    }
    std::string adtl = "adtl";
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        // No NUL inside a title: it would end the label early.
        std::string title;
        for (char c : chapters[i].title) title.push_back(c == '\0' ? ' ' : c);
        adtl += "labl";
        put_u32(adtl, static_cast<std::uint32_t>(4 + title.size() + 1));
        put_u32(adtl, static_cast<std::uint32_t>(i + 1));
        adtl += title;
        adtl.push_back('\0');
        if (adtl.size() % 2) adtl.push_back('\0');  // chunks are word-aligned; the size omits the pad
    }
    std::string list = "LIST";
    put_u32(list, static_cast<std::uint32_t>(adtl.size()));
    return cue + list + adtl;
}

void append_wav_cues(const std::string& path, const std::string& display_name,
                     const std::vector<TimedChapter>& chapters) {
    auto fail = [&](const std::string& why) {
        return Error(ExitCode::output, display_name + ": cannot write chapter cues: " + why);
    };
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    if (!file) throw fail("cannot open the file");
    char header[12];
    if (!file.read(header, sizeof header) || std::string(header, 4) != "RIFF" ||
        std::string(header + 8, 4) != "WAVE")
        throw fail("not a RIFF WAVE file");
    file.seekg(0, std::ios::end);
    auto size = static_cast<std::uint64_t>(file.tellg());
    if (size % 2) {  // the last chunk's pad byte
        file.put('\0');
        ++size;
    }
    std::string chunks = wav_cue_chunks(chapters);
    std::uint64_t riff_size = size + chunks.size() - 8;
    if (riff_size > 0xFFFFFFFFull) throw fail("the file is too large for a WAV header");
    file.write(chunks.data(), static_cast<std::streamsize>(chunks.size()));
    std::string riff;
    put_u32(riff, static_cast<std::uint32_t>(riff_size));
    file.seekp(4);
    file.write(riff.data(), 4);
    file.flush();
    if (!file) throw fail("write failed");
}

}  // namespace narrate
