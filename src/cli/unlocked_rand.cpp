// rand() and srand() for the narrate process: glibc's generator, without its lock.
//
// eSpeak NG draws the noise of a breathy voice (several of the speakers' voices in voices/ are
// breathy) from rand(), once a sample. glibc's rand() takes and releases a lock around each
// draw, which cost about as much as the draw itself: 2 % of a render's CPU time. The C
// standard does not ask rand() to be safe across threads, and in narrate only the engine calls
// it, in one thread of each worker process.
//
// Defined in the executable, these come before libc's in the dynamic linker's search, for the
// engine's library as for everything else in the process. They give exactly glibc's sequence
// (its TYPE_3 additive generator, seeded 1 until srand() says otherwise), so the audio is the
// same sample for sample. glibc's initstate_r() seeds the state; a draw is random_r()'s step,
// inline (a call to random_r() for each sample cost as much again as the step).

#include <cstdint>
#include <cstdlib>

namespace {

struct Generator {
    char state[128];  // glibc's default state size: TYPE_3, degree 31
    random_data data{};

    Generator() { seed(1); }
    void seed(unsigned value) {
        data = {};
        ::initstate_r(value, state, sizeof state, &data);
    }
    /// random_r()'s step: r[i] = r[i - 31] + r[i - 3] (mod 2^32), its front and rear pointers
    /// going round the state; the draw is the sum's top 31 bits.
    int next() {
        std::uint32_t sum =
            static_cast<std::uint32_t>(*data.fptr) + static_cast<std::uint32_t>(*data.rptr);
        *data.fptr = static_cast<std::int32_t>(sum);
        if (++data.fptr >= data.end_ptr) {
            data.fptr = data.state;
            ++data.rptr;
        } else if (++data.rptr >= data.end_ptr) {
            data.rptr = data.state;
        }
        return static_cast<int>(sum >> 1);
    }
};

Generator& generator() {
    static Generator g;
    return g;
}

}  // namespace

extern "C" int rand() noexcept { return generator().next(); }

extern "C" void srand(unsigned seed) noexcept { generator().seed(seed); }
