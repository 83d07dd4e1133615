// Quotations and speakers on any article: quotes lie inside their block, in order, and every
// statement's speaker exists.
#include <cstdint>
#include <cstdlib>

#include "core/quotes.h"
#include "core/speakers.h"
#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto [format, bytes] = narrate::fuzz::split_format(data, size);
    narrate::ReadResult r = narrate::read_article(bytes, format);
    if (r.problem) return 0;
    std::vector<narrate::Quote> quotes = narrate::find_quotes(r.article);
    for (const narrate::Quote& q : quotes) {
        if (q.block >= r.article.blocks.size()) std::abort();
        const std::string& text = r.article.blocks[q.block].text;
        if (q.mark_start > q.start || q.start > q.end || q.end > q.mark_end || q.mark_end > text.size())
            std::abort();
    }
    narrate::Attribution a = narrate::attribute_speakers(r.article, quotes);
    if (a.role.size() != quotes.size() || a.speaker_of.size() != quotes.size()) std::abort();
    for (const auto& who : a.speaker_of)
        if (who && *who >= a.speakers.size()) std::abort();
    return 0;
}
