#pragma once
// The one error type of the I/O layer, and the exit codes it maps to.

#include <stdexcept>
#include <string>

namespace narrate {

/// What failed, which decides the exit code (documented in the README).
enum class ExitCode : int {
    ok = 0,
    failure = 1,        ///< an unexpected internal error
    usage = 2,          ///< bad command line: unknown option, unknown output format
    input = 3,          ///< the input is missing, unreadable or not valid text
    output = 4,         ///< an output cannot be written (folder, permissions, full disk)
    engine = 5,         ///< eSpeak NG failed to start or to speak, or a voice is missing
    config = 6,         ///< a voices or casting file is missing or invalid
    interrupted = 130,  ///< SIGINT, SIGTERM or SIGHUP: outputs were removed, old files kept
};

/// An error a person can act on: names the file (if any) and the cause.
class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    [[nodiscard]] ExitCode code() const { return code_; }

private:
    ExitCode code_;
};

}  // namespace narrate
