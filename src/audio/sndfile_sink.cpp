#include "audio/sndfile_sink.h"

#include <algorithm>
#include <cmath>

#include <sndfile.h>

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

    if ((format.sndfile_format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG) {
        int mode = SF_BITRATE_MODE_CONSTANT;
        sf_command(file_, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
        // For constant bitrate libsndfile maps compression level 0..1 linearly from the
        // highest to the lowest bitrate LAME allows at this sample rate: MPEG-1 (32-48 kHz)
        // 320..32 kbps, MPEG-2 (16-24 kHz) 160..8, MPEG-2.5 (8-12 kHz) 64..8.
        double high = sample_rate >= 32000 ? 320 : sample_rate >= 16000 ? 160 : 64;
        double low = sample_rate >= 32000 ? 32 : 8;
        double level = std::clamp((high - settings.mp3_bitrate_kbps) / (high - low), 0.0, 1.0);
        sf_command(file_, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
    } else if ((format.sndfile_format & SF_FORMAT_SUBMASK) == SF_FORMAT_VORBIS) {
        double level = settings.vorbis_quality;
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

}  // namespace narrate
