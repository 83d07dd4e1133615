#pragma once
// NARRATE_AVX2_CLONE: a function compiled for AVX2 as well as for the machine's baseline, on
// x86-64, the better chosen when the program starts. AVX2 without FMA rounds each operation
// as SSE2 does: the two compute the same numbers, so the audio does not depend on the machine.

#if defined(__x86_64__)
#define NARRATE_AVX2_CLONE [[gnu::target_clones("avx2", "default")]]
#else
#define NARRATE_AVX2_CLONE
#endif
