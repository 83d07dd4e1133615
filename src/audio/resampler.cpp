#include "audio/resampler.h"

#include <cmath>
#include <string>

#include <soxr.h>

#include "io/error.h"

namespace narrate {

std::vector<float> resample(std::span<const float> audio, int from_hz, int to_hz) {
    if (from_hz == to_hz || audio.empty()) return {audio.begin(), audio.end()};
    auto out_len = static_cast<std::size_t>(
        std::llround(static_cast<double>(audio.size()) * to_hz / from_hz));
    std::vector<float> out(out_len);
    soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    // One thread: the renderer parallelises by segment, not inside one.
    soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    std::size_t done_in = 0, done_out = 0;
    soxr_error_t error = soxr_oneshot(from_hz, to_hz, 1, audio.data(), audio.size(), &done_in,
                                      out.data(), out.size(), &done_out, &io, &quality, &runtime);
    if (error) throw Error(ExitCode::failure, std::string("resampling failed: ") + error);
    out.resize(done_out);
    out.resize(out_len, 0.0f);  // soxr may end a sample short of the rounded length
    return out;
}

}  // namespace narrate
