#include "audio/part_file.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "audio/avx2_clone.h"
#include "io/error.h"

namespace narrate {
namespace {

// The file ends with the description's length (8 bytes, little-endian) and this mark.
constexpr char kMagic[8] = {'N', 'R', 'P', 'A', 'R', 'T', '0', '1'};
constexpr std::size_t kTrailer = 16;

using nlohmann::json;

json spans_json(const std::vector<TimedSpan>& spans) {
    json a = json::array();
    for (const TimedSpan& s : spans) a.push_back({s.text_start, s.text_end, s.start_frame, s.end_frame});
    return a;
}

std::vector<TimedSpan> spans_from(const json& a) {
    std::vector<TimedSpan> spans;
    spans.reserve(a.size());
    for (const json& s : a)
        spans.push_back({s.at(0).get<std::size_t>(), s.at(1).get<std::size_t>(), {},
                         s.at(2).get<std::int64_t>(), s.at(3).get<std::int64_t>()});
    return spans;
}

json info_json(const PartInfo& info) {
    json timings = json::array();
    for (const SegmentTiming& t : info.timings)
        timings.push_back({t.segment, t.start_frame, t.end_frame, spans_json(t.sentences), spans_json(t.words)});
    json j = {{"samples", info.samples}, {"timings", timings}};
    if (info.mp3_frames > 0) {
        const Mp3Layout& l = info.mp3_layout;
        j["mp3"] = {{"frames", info.mp3_frames}, {"padding", info.mp3_padding},
                    {"rate", l.sample_rate}, {"kbps", l.bitrate_kbps}, {"frame_samples", l.frame_samples},
                    {"delay", l.encoder_delay}, {"lowpass", l.lowpass_hz},
                    {"header", {l.header[0], l.header[1], l.header[2], l.header[3]}}};
    }
    return j;
}

PartInfo info_from(const json& j) {
    PartInfo info;
    info.samples = j.at("samples").get<std::int64_t>();
    for (const json& t : j.at("timings")) {
        SegmentTiming timing;
        timing.segment = t.at(0).get<std::size_t>();
        timing.start_frame = t.at(1).get<std::int64_t>();
        timing.end_frame = t.at(2).get<std::int64_t>();
        timing.sentences = spans_from(t.at(3));
        timing.words = spans_from(t.at(4));
        info.timings.push_back(std::move(timing));
    }
    if (j.contains("mp3")) {
        const json& m = j["mp3"];
        info.mp3_frames = m.at("frames").get<std::int64_t>();
        info.mp3_padding = m.at("padding").get<int>();
        Mp3Layout& l = info.mp3_layout;
        l.sample_rate = m.at("rate").get<int>();
        l.bitrate_kbps = m.at("kbps").get<int>();
        l.frame_samples = m.at("frame_samples").get<int>();
        l.encoder_delay = m.at("delay").get<int>();
        l.lowpass_hz = m.at("lowpass").get<int>();
        for (std::size_t i = 0; i < 4; ++i) l.header[i] = m.at("header").at(i).get<std::uint8_t>();
    }
    return info;
}

bool read_exactly(int fd, char* data, std::size_t size, off_t at) {
    while (size > 0) {
        ssize_t n = ::pread(fd, data, size, at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
        at += n;
    }
    return true;
}

/// 16-bit samples, rounded to nearest, halves away from zero. Through a 32-bit integer, which
/// SSE2 converts to four at a time (it has no float to 16-bit conversion): the loop vectorizes,
/// and with AVX2 eight at a time.
NARRATE_AVX2_CLONE void to_pcm16(std::span<const float> samples, std::int16_t* out) {
    for (std::size_t i = 0; i < samples.size(); ++i) {
        float x = std::min(std::max(samples[i], -1.0f), 1.0f) * 32767.0f;
        out[i] = static_cast<std::int16_t>(static_cast<std::int32_t>(x + std::copysign(0.5f, x)));
    }
}

}  // namespace

PartWriter::PartWriter(std::FILE* file, std::string display_name, PartPayload payload,
                       int sample_rate, Mp3Settings mp3)
    : file_(file), display_name_(std::move(display_name)), payload_(payload) {
    if (payload_ == PartPayload::mp3) mp3_.emplace(sample_rate, mp3.bitrate_kbps, mp3.quality, bytes_);
}

void PartWriter::write(std::span<const float> samples) {
    samples_ += static_cast<std::int64_t>(samples.size());
    if (mp3_) {
        mp3_->write(samples);
    } else {
        // A block at a time through one small buffer straight to the file: a worker lives for
        // one part, and every page of memory it touches first costs it a page fault.
        static_assert(std::endian::native == std::endian::little, "part files hold little-endian PCM");
        for (std::size_t at = 0; at < samples.size(); at += pcm_.size()) {
            std::span<const float> block = samples.subspan(at, std::min(pcm_.size(), samples.size() - at));
            to_pcm16(block, pcm_.data());
            if (std::fwrite(pcm_.data(), 2, block.size(), file_) != block.size()) fail_write();
        }
    }
    if (bytes_.size() >= 1 << 16) flush();
}

void PartWriter::flush() {
    if (!bytes_.empty() && std::fwrite(bytes_.data(), 1, bytes_.size(), file_) != bytes_.size()) fail_write();
    bytes_.clear();
}

void PartWriter::fail_write() const {
    int err = errno;
    throw Error(ExitCode::output,
                display_name_ + ": cannot write a rendered part: " + std::strerror(err));
}

void PartWriter::finish(PartInfo& info) {
    info.samples = samples_;
    if (mp3_) {
        Mp3Part part = mp3_->finish();
        info.mp3_frames = part.frames;
        info.mp3_padding = part.padding;
        info.mp3_layout = mp3_->layout();
    }
    flush();
    std::string meta = info_json(info).dump();
    std::uint64_t length = meta.size();
    for (int i = 0; i < 8; ++i) meta.push_back(static_cast<char>((length >> (8 * i)) & 0xFF));
    meta.append(kMagic, sizeof kMagic);
    bytes_ = std::move(meta);
    flush();
    if (std::fflush(file_) != 0) fail_write();
}

std::optional<PartFile> read_part(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(kTrailer)) return std::nullopt;
    char trailer[kTrailer];
    if (!read_exactly(fd, trailer, kTrailer, st.st_size - static_cast<off_t>(kTrailer)) ||
        std::memcmp(trailer + 8, kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    std::uint64_t length = 0;
    for (int i = 0; i < 8; ++i) length |= static_cast<std::uint64_t>(static_cast<unsigned char>(trailer[i])) << (8 * i);
    if (length > static_cast<std::uint64_t>(st.st_size) - kTrailer) return std::nullopt;
    std::string meta(length, '\0');
    off_t meta_at = st.st_size - static_cast<off_t>(kTrailer + length);
    if (!read_exactly(fd, meta.data(), meta.size(), meta_at)) return std::nullopt;
    try {
        PartFile part{info_from(json::parse(meta)), static_cast<std::int64_t>(meta_at)};
        return part;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

namespace {

/// Reads the payload 64 KB at a time into a buffer of `T`s, handing each block to `sink` as a
/// span of them.
template <typename T, typename Sink>
void read_blocks(int fd, const PartFile& part, const std::string& display_name, Sink&& sink) {
    std::vector<T> block((1 << 16) / sizeof(T));
    std::int64_t at = 0;
    while (at < part.payload_bytes) {
        auto bytes = static_cast<std::size_t>(std::min<std::int64_t>(
            static_cast<std::int64_t>(block.size() * sizeof(T)), part.payload_bytes - at));
        if (!read_exactly(fd, reinterpret_cast<char*>(block.data()), bytes, static_cast<off_t>(at)))
            throw Error(ExitCode::output, display_name + ": cannot read a rendered part back");
        sink(std::span<const T>(block.data(), bytes / sizeof(T)));
        at += static_cast<std::int64_t>(bytes);
    }
}

}  // namespace

void read_payload(int fd, const PartFile& part, const std::string& display_name,
                  const std::function<void(std::span<const char>)>& sink) {
    read_blocks<char>(fd, part, display_name, sink);
}

void read_pcm16(int fd, const PartFile& part, const std::string& display_name,
                const std::function<void(std::span<const std::int16_t>)>& sink) {
    static_assert(std::endian::native == std::endian::little, "part files hold little-endian PCM");
    read_blocks<std::int16_t>(fd, part, display_name, sink);
}

}  // namespace narrate
