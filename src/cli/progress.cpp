#include "cli/progress.h"

#include <cstdio>
#include <unistd.h>

namespace narrate::cli {

std::string clock_time(double seconds) {
    auto total = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60,
                      total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    return buffer;
}

ProgressReporter::ProgressReporter(bool quiet)
    : quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1),
      started_(std::chrono::steady_clock::now()) {}

void ProgressReporter::step(const std::string& what) {
    if (quiet_) return;
    finish();
    std::fprintf(stderr, "narrate: %s\n", what.c_str());
}

void ProgressReporter::update(const RenderProgress& p) {
    if (quiet_ || p.text_bytes_total == 0) return;
    auto now = std::chrono::steady_clock::now();
    double fraction = static_cast<double>(p.text_bytes_done) / static_cast<double>(p.text_bytes_total);
    int percent = static_cast<int>(fraction * 100.0);
    double audio_s = p.sample_rate > 0 ? static_cast<double>(p.frames_written) / p.sample_rate : 0;
    double elapsed_s = std::chrono::duration<double>(now - started_).count();
    char line[200];
    std::snprintf(line, sizeof line, "rendering %3d%%, %s of audio, segment %zu of %zu", percent,
                  clock_time(audio_s).c_str(), p.segments_done, p.segments_total);
    std::string extra;
    if (elapsed_s > 0.5 && fraction > 0.0) {
        char speed[40];
        std::snprintf(speed, sizeof speed, ", %.0fx real time", audio_s / elapsed_s);
        extra = speed;
        if (fraction < 1.0) extra += ", about " + clock_time(elapsed_s / fraction - elapsed_s) + " left";
    }
    if (terminal_) {
        // Redraw at most ten times a second; the last update always shows.
        if (p.segments_done != p.segments_total &&
            now - last_draw_ < std::chrono::milliseconds(100))
            return;
        last_draw_ = now;
        std::fprintf(stderr, "\r\033[Knarrate: %s%s", line, extra.c_str());
        std::fflush(stderr);
        line_open_ = true;
    } else {
        // One plain line per tenth of the work: a screen reader or a log reads each once.
        int tenth = percent / 10;
        if (tenth == last_tenth_) return;
        last_tenth_ = tenth;
        std::fprintf(stderr, "narrate: %s%s\n", line, extra.c_str());
    }
}

void ProgressReporter::finish() {
    if (line_open_) {
        std::fputc('\n', stderr);
        line_open_ = false;
    }
}

}  // namespace narrate::cli
