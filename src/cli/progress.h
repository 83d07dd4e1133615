#pragma once
// Progress and status lines on stderr, for people and for screen readers.

#include <chrono>
#include <string>

#include "audio/renderer.h"

namespace narrate::cli {

/// Writes progress to stderr: one line overwritten in place on a terminal, or plain lines (one
/// per step and per tenth of the work) when stderr is not a terminal, so a screen reader or a
/// log reads each once. No colour, no spinner. Silent when quiet.
class ProgressReporter {
public:
    explicit ProgressReporter(bool quiet);
    /// A step: "reading article.txt". Always its own line.
    void step(const std::string& what);
    /// Render progress after a segment.
    void update(const RenderProgress& p);
    /// Ends an overwritten line, if one is showing.
    void finish();

private:
    bool quiet_;
    bool terminal_;
    bool line_open_ = false;
    int last_tenth_ = -1;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point last_draw_;
};

/// "1:02:03" or "2:03" for a number of seconds.
[[nodiscard]] std::string clock_time(double seconds);

}  // namespace narrate::cli
