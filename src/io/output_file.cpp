#include "io/output_file.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/error.h"

namespace narrate {
namespace {

// The temporaries a signal handler must remove. Fixed-size and lock-free, because a signal
// handler may only touch what is async-signal-safe.
constexpr std::size_t kMaxTemporaries = 64;
constexpr std::size_t kMaxPath = 4096;
std::array<std::array<char, kMaxPath>, kMaxTemporaries> g_paths{};
std::array<std::atomic<bool>, kMaxTemporaries> g_in_use{};

int register_temporary(const std::string& path) {
    if (path.size() >= kMaxPath) return -1;
    for (std::size_t i = 0; i < kMaxTemporaries; ++i) {
        bool expected = false;
        if (g_in_use[i].load() || !g_in_use[i].compare_exchange_strong(expected, true)) continue;
        std::memcpy(g_paths[i].data(), path.c_str(), path.size() + 1);
        return static_cast<int>(i);
    }
    return -1;
}

void release_temporary(int slot) {
    if (slot >= 0) g_in_use[static_cast<std::size_t>(slot)].store(false);
}

// Worker processes to stop (and wait for, so their own temporaries are gone) before removing.
constexpr std::size_t kMaxChildren = 64;
std::array<std::atomic<pid_t>, kMaxChildren> g_children{};

extern "C" void remove_temporaries_and_exit(int) {
    for (auto& child : g_children)
        if (pid_t pid = child.load(); pid > 0) ::kill(pid, SIGTERM);
    for (auto& child : g_children)
        if (pid_t pid = child.load(); pid > 0) ::waitpid(pid, nullptr, 0);
    // Files first, then the (by then empty) folders.
    for (std::size_t i = 0; i < kMaxTemporaries; ++i)
        if (g_in_use[i].load()) ::unlink(g_paths[i].data());
    for (std::size_t i = 0; i < kMaxTemporaries; ++i)
        if (g_in_use[i].load()) ::rmdir(g_paths[i].data());
    ::_exit(static_cast<int>(ExitCode::interrupted));
}

/// The signals that interrupt a render: Ctrl-C, a termination, a closed terminal.
sigset_t interrupt_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, signal);
    return set;
}

std::string folder_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int register_temporary_path(const std::string& path) {
    InterruptsHeld held;  // the handler must not see a slot taken before its path is copied
    return register_temporary(path);
}

void forget_temporary_path(int slot) { release_temporary(slot); }

void forget_inherited_temporaries() {
    for (auto& in_use : g_in_use) in_use.store(false);
    for (auto& child : g_children) child.store(0);
}

void register_child_process(pid_t pid) {
    for (auto& child : g_children) {
        pid_t expected = 0;
        if (child.compare_exchange_strong(expected, pid)) return;
    }
}

void forget_child_process(pid_t pid) {
    for (auto& child : g_children) {
        pid_t expected = pid;
        if (child.compare_exchange_strong(expected, 0)) return;
    }
}

InterruptsHeld::InterruptsHeld() {
    sigset_t interrupts = interrupt_signals();
    held_ = ::pthread_sigmask(SIG_BLOCK, &interrupts, &before_) == 0;
}

void InterruptsHeld::release() {
    if (held_) ::pthread_sigmask(SIG_SETMASK, &before_, nullptr);
    held_ = false;
}

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
    std::string folder = folder_of(path_);
    // A hidden name in the same folder, so the final rename stays on one file system. The
    // extension is kept at the end: libsndfile and TagLib choose the format by it.
    std::string base = base_of(path_);
    auto dot = base.find_last_of('.');
    std::string ext = dot == std::string::npos || dot == 0 ? "" : base.substr(dot);
    std::string pattern = folder + "/." + base + ".partial-XXXXXX" + ext;
    std::string buffer = pattern;
    InterruptsHeld held;
    int fd = ::mkstemps(buffer.data(), static_cast<int>(ext.size()));
    if (fd < 0) {
        int err = errno;
        throw Error(ExitCode::output, path_ + ": cannot write in folder " + folder + ": " +
                                          std::strerror(err));
    }
    ::close(fd);
    temp_path_ = buffer;
    slot_ = register_temporary(temp_path_);
}

OutputFile::~OutputFile() {
    if (stream_) std::fclose(stream_);
    if (!committed_) ::unlink(temp_path_.c_str());
    release_temporary(slot_);
}

void OutputFile::write_all(const std::string& content) {
    int fd = ::open(temp_path_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
    }
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        int err = errno;
        throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
    }
}

void OutputFile::append(std::string_view content) {
    if (!stream_) {
        stream_ = std::fopen(temp_path_.c_str(), "wb");
        if (!stream_) {
            int err = errno;
            throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
        }
    }
    if (std::fwrite(content.data(), 1, content.size(), stream_) != content.size()) {
        int err = errno;
        throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
    }
}

Writeback::Writeback(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}

Writeback::~Writeback() {
    if (fd_ >= 0) ::close(fd_);
}

void Writeback::start() const {
    if (fd_ >= 0) ::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
}

int close_stream(std::FILE* stream) {
    int err = std::fflush(stream) != 0 ? errno : std::ferror(stream) != 0 ? EIO : 0;
    if (std::fclose(stream) != 0 && err == 0) err = errno;
    return err;
}

void OutputFile::commit() {
    if (stream_) {
        std::FILE* stream = stream_;
        stream_ = nullptr;
        if (int err = close_stream(stream); err != 0)
            throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
    }
    int fd = ::open(temp_path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        int err = errno;
        if (fd >= 0) ::close(fd);
        throw Error(ExitCode::output, path_ + ": cannot write: " + std::strerror(err));
    }
    ::close(fd);
    // mkstemps made the file 0600; give it the permissions a new file would have had.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp_path_.c_str(), 0666 & ~mask);
    if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
        int err = errno;
        throw Error(ExitCode::output, path_ + ": cannot rename the finished file into place: " +
                                          std::strerror(err));
    }
    committed_ = true;
}

void install_interrupt_cleanup() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_exit;
    // One cleanup at a time: a second signal waits until the first has exited.
    action.sa_mask = interrupt_signals();
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    // Started under nohup, a closed terminal is not meant to stop the render.
    struct sigaction hangup {};
    if (::sigaction(SIGHUP, nullptr, &hangup) == 0 && hangup.sa_handler != SIG_IGN)
        ::sigaction(SIGHUP, &action, nullptr);
    // Past a file size limit, let write() fail with EFBIG so the error is reported and the
    // temporaries removed, instead of the process being killed.
    ::signal(SIGXFSZ, SIG_IGN);
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace narrate
