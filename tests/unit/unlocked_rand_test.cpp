#include <doctest/doctest.h>

#include <cstdlib>
#include <vector>

// narrate's rand() (src/cli/unlocked_rand.cpp) must draw glibc's very sequence: eSpeak NG's
// breathy voices are made of it, and the audio must not change with the generator.

TEST_CASE("rand() starts where glibc's does") {
    // glibc's first draws, seeded 1 as every process starts.
    const std::vector<int> expected{1804289383, 846930886, 1681692777, 1714636915, 1957747793};
    std::srand(1);
    std::vector<int> drawn;
    for (std::size_t i = 0; i < expected.size(); ++i) drawn.push_back(std::rand());
    CHECK(drawn == expected);
}

TEST_CASE("rand() after srand() follows glibc's random() after srandom()") {
    for (unsigned seed : {0u, 7u, 123456789u}) {
        ::srandom(seed);
        std::srand(seed);
        for (int i = 0; i < 1000; ++i) REQUIRE(std::rand() == static_cast<int>(::random()));
    }
}
