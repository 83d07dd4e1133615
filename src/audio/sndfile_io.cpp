#include "audio/sndfile_io.h"

#include <algorithm>
#include <cmath>

#include <sndfile.h>

#include "audio/resampler.h"
#include "io/error.h"

namespace narrate {

SndfileSink::SndfileSink(const std::string& path, const std::string& display_name,
                         const AudioFormat& format, int sample_rate,
                         const EncoderSettings& settings)
    : display_name_(display_name) {
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = 1;
    info.format = format.sndfile_format;
    if (!sf_format_check(&info))
        throw Error(ExitCode::output, display_name + ": libsndfile cannot write " +
                                          std::string(format.description) + " at " +
                                          std::to_string(sample_rate) + " Hz");
    file_ = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file_)
        throw Error(ExitCode::output, display_name + ": cannot write: " + sf_strerror(nullptr));

    int codec = format.sndfile_format & SF_FORMAT_SUBMASK;
    if (codec == SF_FORMAT_VORBIS) {
        // libsndfile's Vorbis quality is 1 - level, on oggenc's 0..10 scale divided by ten.
        int quality = settings.quality >= 0 ? settings.quality : format.default_quality;
        double level = std::clamp(1.0 - quality / 10.0, 0.0, 1.0);
        sf_command(file_, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
    }
}

SndfileSink::~SndfileSink() {
    if (file_) sf_close(file_);
}

void SndfileSink::write(std::span<const float> samples) {
    if (samples.empty()) return;
    auto count = static_cast<sf_count_t>(samples.size());
    if (sf_writef_float(file_, samples.data(), count) != count)
        throw Error(ExitCode::output, display_name_ + ": cannot write audio: " + sf_strerror(file_));
}

void SndfileSink::write_pcm16(std::span<const std::int16_t> samples) {
    auto count = static_cast<sf_count_t>(samples.size());
    if (sf_writef_short(file_, samples.data(), count) != count)
        throw Error(ExitCode::output, display_name_ + ": cannot write audio: " + sf_strerror(file_));
}

void SndfileSink::close() {
    if (!file_) return;
    SNDFILE* f = file_;
    file_ = nullptr;
    sf_write_sync(f);
    int status = sf_error(f);
    std::string reason = status ? sf_error_number(status) : "";
    if (sf_close(f) != 0 && !status) reason = "closing failed";
    if (!reason.empty())
        throw Error(ExitCode::output, display_name_ + ": cannot write audio: " + reason);
}

std::vector<float> read_audio_clip(const std::string& path, int sample_rate) {
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (!file) throw Error(ExitCode::input, path + ": cannot read audio: " + sf_strerror(nullptr));
    constexpr sf_count_t kMaxFrames = sf_count_t{48000} * 60 * 10;  // ten minutes is plenty
    if (info.frames > kMaxFrames || info.channels <= 0) {
        sf_close(file);
        throw Error(ExitCode::input, path + ": longer than ten minutes; use a shorter clip");
    }
    std::vector<float> interleaved(static_cast<std::size_t>(info.frames * info.channels));
    sf_count_t got = sf_readf_float(file, interleaved.data(), info.frames);
    sf_close(file);
    std::vector<float> mono(static_cast<std::size_t>(std::max<sf_count_t>(got, 0)));
    for (std::size_t i = 0; i < mono.size(); ++i) {
        float sum = 0;
        for (int c = 0; c < info.channels; ++c)
            sum += interleaved[i * static_cast<std::size_t>(info.channels) + static_cast<std::size_t>(c)];
        mono[i] = sum / static_cast<float>(info.channels);
    }
    return resample(mono, info.samplerate, sample_rate);
}

}  // namespace narrate
