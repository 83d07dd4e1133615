#pragma once
// Where each byte of a normalised text came from in the input file.

#include <cstddef>
#include <vector>

namespace narrate {

/// A half-open range of UTF-8 byte offsets into the input file.
struct SourceRange {
    std::size_t start = 0;  ///< first byte
    std::size_t end = 0;    ///< one past the last byte
    bool operator==(const SourceRange&) const = default;
};

/// Maps byte offsets in a text built from pieces of the input back to input offsets.
/// The text is a run of pieces, each copied contiguously from the input (a joining space maps
/// to the line break it replaced); offsets inside a piece map one to one.
class OffsetMap {
public:
    /// Declares that text offset `text_pos` onward comes from input offset `source_pos`.
    /// Calls must come in increasing `text_pos` order.
    void add_piece(std::size_t text_pos, std::size_t source_pos);
    /// The input offset of the byte at text offset `text_pos`.
    [[nodiscard]] std::size_t to_source(std::size_t text_pos) const;
    /// The input range covering text bytes [start, end); an empty range maps to an empty one.
    [[nodiscard]] SourceRange to_source(std::size_t start, std::size_t end) const;
    /// The map of the text bytes [start, end), with offsets counted from `start`.
    [[nodiscard]] OffsetMap slice(std::size_t start, std::size_t end) const;
    /// Keeps every byte of a text of `text_size` bytes inside a source of `source_size` bytes:
    /// bytes that would map past its end (text a reader made up or re-encoded, such as a
    /// U+FFFD for a control character) map to its last byte, and no byte maps before the one
    /// ahead of it, so every range maps to a range.
    void clamp(std::size_t text_size, std::size_t source_size);
    bool operator==(const OffsetMap&) const = default;

private:
    struct Piece {
        std::size_t text_pos = 0;
        std::size_t source_pos = 0;
        bool operator==(const Piece&) const = default;
    };
    std::vector<Piece> pieces_;
};

}  // namespace narrate
