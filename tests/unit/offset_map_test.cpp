#include "core/offset_map.h"

#include <doctest/doctest.h>

using narrate::OffsetMap;
using narrate::SourceRange;

TEST_CASE("offsets inside a piece map one to one") {
    OffsetMap map;
    map.add_piece(0, 10);
    CHECK(map.to_source(0) == 10);
    CHECK(map.to_source(5) == 15);
}

TEST_CASE("a joined line maps each piece to its own place in the input") {
    // "ab\n  cd" read as "ab cd": the space stands for the line break at input offset 2.
    OffsetMap map;
    map.add_piece(0, 0);
    map.add_piece(2, 2);
    map.add_piece(3, 5);
    CHECK(map.to_source(1) == 1);
    CHECK(map.to_source(2) == 2);
    CHECK(map.to_source(3) == 5);
    CHECK(map.to_source(0, 5) == SourceRange{0, 7});
    CHECK(map.to_source(3, 5) == SourceRange{5, 7});
    // A range ending at a piece boundary does not run into what the next piece skipped.
    CHECK(map.to_source(0, 2) == SourceRange{0, 2});
}

TEST_CASE("an empty range stays empty") {
    OffsetMap map;
    map.add_piece(0, 4);
    CHECK(map.to_source(2, 2) == SourceRange{6, 6});
}
