#pragma once
// The subcommands: each takes the parsed options and returns normally or throws narrate::Error.

#include "cli/options.h"

namespace narrate::cli {

/// `narrate render FILE -o OUT.ext`: the audio, its embedded chapters and OUT.chapters.json.
void run_render(const Options& options);
/// `narrate script FILE --format json|ssml`: the segments on stdout, nothing synthesized.
void run_script(const Options& options);
/// `narrate voices`: the installed eSpeak NG voices and the casting in use.
void run_voices(const Options& options);

}  // namespace narrate::cli
