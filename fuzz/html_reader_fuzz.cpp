// The HTML reader (gumbo, main content) on any bytes: never crashes, and every block's offsets lie in the input.
#include <cstdint>

#include "core/html_reader.h"
#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    narrate::fuzz::check_block_offsets(narrate::read_html(bytes), size);
    return 0;
}
