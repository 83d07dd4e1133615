#include "io/input_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/limits.h"
#include "io/error.h"

namespace narrate {

std::string read_input_file(const std::string& path) {
    bool is_stdin = path == "-";
    int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    std::string name = is_stdin ? std::string("standard input") : path;
    auto fail = [&](int err) {
        return Error(ExitCode::input, name + ": cannot read: " + std::strerror(err));
    };
    if (fd < 0) throw fail(errno);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!is_stdin) ::close(fd);
        throw Error(ExitCode::input, name + ": is a folder, not a file");
    }
    auto too_large = [&]() {
        return Error(ExitCode::input, name + ": larger than " +
                                          std::to_string(kMaxInputBytes >> 20) +
                                          " MB, the most narrate reads; split it into parts");
    };
    std::string content;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        // Refused before reading, so a huge file costs neither time nor memory.
        if (static_cast<std::size_t>(st.st_size) > kMaxInputBytes) {
            if (!is_stdin) ::close(fd);
            throw too_large();
        }
        content.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            if (!is_stdin) ::close(fd);
            throw fail(err);
        }
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > kMaxInputBytes) {  // a pipe, or a file that grew
            if (!is_stdin) ::close(fd);
            throw too_large();
        }
    }
    if (!is_stdin) ::close(fd);
    return content;
}

}  // namespace narrate
