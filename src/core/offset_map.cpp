#include "core/offset_map.h"

#include <algorithm>

namespace narrate {

void OffsetMap::add_piece(std::size_t text_pos, std::size_t source_pos) {
    if (!pieces_.empty() && pieces_.back().text_pos == text_pos) {
        pieces_.back().source_pos = source_pos;
        return;
    }
    pieces_.push_back({text_pos, source_pos});
}

std::size_t OffsetMap::to_source(std::size_t text_pos) const {
    if (pieces_.empty()) return text_pos;
    auto after = std::upper_bound(pieces_.begin(), pieces_.end(), text_pos,
                                  [](std::size_t pos, const Piece& p) { return pos < p.text_pos; });
    if (after == pieces_.begin()) return pieces_.front().source_pos;
    const Piece& piece = *std::prev(after);
    return piece.source_pos + (text_pos - piece.text_pos);
}

SourceRange OffsetMap::to_source(std::size_t start, std::size_t end) const {
    if (end <= start) {
        std::size_t at = to_source(start);
        return {at, at};
    }
    // The end is exclusive: map the last byte and step past it, so a range ending at a piece
    // boundary does not run on into whatever the next piece skipped.
    return {to_source(start), to_source(end - 1) + 1};
}

OffsetMap OffsetMap::slice(std::size_t start, std::size_t end) const {
    OffsetMap part;
    part.add_piece(0, to_source(start));
    for (const Piece& p : pieces_)
        if (p.text_pos > start && p.text_pos < end) part.add_piece(p.text_pos - start, p.source_pos);
    return part;
}

void OffsetMap::clamp(std::size_t text_size, std::size_t source_size) {
    std::size_t last = source_size > 0 ? source_size - 1 : 0;
    std::vector<Piece> clamped;
    std::size_t previous = 0;
    for (std::size_t i = 0; i < std::max<std::size_t>(text_size, 1); ++i) {
        std::size_t want = std::clamp(to_source(i), previous, last);
        if (clamped.empty() || clamped.back().source_pos + (i - clamped.back().text_pos) != want)
            clamped.push_back({i, want});
        previous = want;
    }
    pieces_ = std::move(clamped);
}

}  // namespace narrate
