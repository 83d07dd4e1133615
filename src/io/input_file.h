#pragma once
// Reading the article and configuration files.

#include <string>

namespace narrate {

/// The whole content of `path` ("-" is standard input). Throws Error(ExitCode::input) naming
/// the file and the cause when it cannot be read or is larger than kMaxInputBytes.
[[nodiscard]] std::string read_input_file(const std::string& path);

}  // namespace narrate
