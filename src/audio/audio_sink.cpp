#include "audio/audio_sink.h"

#include "audio/avx2_clone.h"

namespace narrate {

NARRATE_AVX2_CLONE void int16_to_float(std::span<const std::int16_t> in, float* out) {
    for (std::size_t i = 0; i < in.size(); ++i) out[i] = static_cast<float>(in[i]) / 32768.0f;
}

}  // namespace narrate
