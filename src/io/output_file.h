#pragma once
// Outputs written under a temporary name and renamed into place when complete.

#include <cstdio>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

#include <csignal>
#include <sys/types.h>

namespace narrate {

/// A file being written: its content goes to a temporary file beside `path`, which replaces
/// `path` only on commit(). Destroyed uncommitted (a failure), it removes the temporary and
/// leaves any old `path` untouched. An interrupt removes every open temporary too (see
/// install_interrupt_cleanup). Not copyable; one thread.
class OutputFile {
public:
    /// Reserves a temporary name beside `path`. Throws Error(ExitCode::output) if the folder
    /// cannot be written.
    explicit OutputFile(std::string path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Where to write now.
    [[nodiscard]] const std::string& temp_path() const { return temp_path_; }
    /// Where the file ends up.
    [[nodiscard]] const std::string& path() const { return path_; }
    /// Writes `content` to the temporary file and flushes it to disk.
    void write_all(const std::string& content);
    /// Appends `content` to the temporary file (buffered). Throws Error on a write failure.
    void append(std::string_view content);
    /// Flushes the temporary file to disk and renames it to path(). Throws Error on failure.
    void commit();

private:
    std::string path_;
    std::string temp_path_;
    std::FILE* stream_ = nullptr;  ///< open while appending
    bool committed_ = false;
    int slot_ = -1;  ///< its place in the interrupt handler's list
};

/// Keeps a growing file's written pages going to disk as it grows, so that the fsync when it is
/// committed has little left to wait for (a 130 MB WAV otherwise waits 0.1 s at the end).
/// Does nothing where the file cannot be opened; it is an optimization only.
class Writeback {
public:
    explicit Writeback(const std::string& path);
    ~Writeback();
    Writeback(const Writeback&) = delete;
    Writeback& operator=(const Writeback&) = delete;
    /// Starts writing what is written so far, without waiting for it.
    void start() const;

private:
    int fd_ = -1;
};

/// Installs handlers of SIGINT, SIGTERM and SIGHUP (unless SIGHUP is ignored, as under nohup)
/// that remove every uncommitted temporary file and exit with status 130, and ignores SIGXFSZ
/// so a file size limit is a write error. Call once, early in main.
void install_interrupt_cleanup();

/// Adds a file or an empty folder to what an interrupt removes; returns a slot for
/// forget_temporary_path (-1 if the list is full or the path too long).
int register_temporary_path(const std::string& path);
/// Takes a path off that list again (a slot of -1 is ignored).
void forget_temporary_path(int slot);
/// In a child process: forgets the parent's temporaries and children, which are the parent's.
void forget_inherited_temporaries();
/// A worker process that an interrupt stops, and waits for, before removing the temporaries.
void register_child_process(pid_t pid);
/// Takes a worker off that list once it has been waited for.
void forget_child_process(pid_t pid);

/// Holds SIGINT, SIGTERM and SIGHUP back in this thread while alive, so that the interrupt
/// handler sees a temporary created and registered, or a worker started and registered, as
/// one step and never the moment between. A signal that arrives meanwhile is delivered on
/// release().
class InterruptsHeld {
public:
    InterruptsHeld();
    ~InterruptsHeld() { release(); }
    InterruptsHeld(const InterruptsHeld&) = delete;
    InterruptsHeld& operator=(const InterruptsHeld&) = delete;
    /// Restores the signal mask from before (also in a forked child, which inherits the hold).
    void release();

private:
    sigset_t before_{};
    bool held_ = false;
};

/// Starts a thread that SIGINT, SIGTERM and SIGHUP never reach, nor any thread it starts: they
/// are delivered to the main thread, where InterruptsHeld can hold them back. (A handler run
/// on another thread would not wait for a step the main thread holds it back from.)
template <typename Function>
std::thread thread_without_interrupts(Function&& function) {
    InterruptsHeld held;
    return std::thread(std::forward<Function>(function));
}

/// Flushes and closes `stream`, whatever happens; returns 0, or the errno of the first failure
/// (an earlier write error included).
[[nodiscard]] int close_stream(std::FILE* stream);

/// True when `a` and `b` name the same existing file (same device and inode).
[[nodiscard]] bool same_file(const std::string& a, const std::string& b);

}  // namespace narrate
