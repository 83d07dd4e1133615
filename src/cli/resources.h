#pragma once
// Finding and loading the data files narrate ships (voices/).

#include <string>

#include "core/casting.h"
#include "core/name_genders.h"

namespace narrate::cli {

/// The folder holding the shipped voices: $NARRATE_VOICES_DIR, else the installed share folder
/// beside the executable, else the source tree's voices/.
[[nodiscard]] std::string voices_dir();

/// Loads the casting from `path`, or the default casting when `path` is empty. Throws
/// Error(ExitCode::config) naming the file and what is wrong.
[[nodiscard]] Casting load_casting(const std::string& path);

/// Adds the speaker voices of a --cast file at `path` to `casting` (nothing when `path` is
/// empty). Throws Error(ExitCode::config) naming the file and what is wrong.
void load_cast_file(const std::string& path, Casting& casting);

/// Loads the shipped first-name table (voices/first-names.tsv), which gives speakers a gender
/// when the article shows none. Throws Error(ExitCode::config) when it cannot be read.
[[nodiscard]] FirstNames load_first_names();

}  // namespace narrate::cli
