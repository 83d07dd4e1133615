// The Markdown reader (md4c) on any bytes: never crashes, and every block's offsets lie in the input.
#include <cstdint>
#include <cstdlib>

#include "core/markdown_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    narrate::ReadResult r = narrate::read_markdown(bytes);
    for (const narrate::Block& b : r.article.blocks) {
        narrate::SourceRange range = b.offsets.to_source(0, b.text.size());
        if (range.start > range.end || range.end > size) std::abort();
    }
    return 0;
}
