#include "io/render_cache.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "io/error.h"
#include "io/output_file.h"

namespace narrate {

std::string cache_key(std::string_view material) {
    XXH128_hash_t h = XXH3_128bits(material.data(), material.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return hex;
}

std::string default_cache_dir() {
    if (const char* d = std::getenv("NARRATE_CACHE_DIR"); d && *d) return d;
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/narrate";
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/narrate";
    return "/tmp/narrate-cache";
}

PartFolder::PartFolder(std::string dir, std::uint64_t max_bytes)
    : dir_(std::move(dir)), max_bytes_(max_bytes), kept_(true) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec || !std::filesystem::is_directory(dir_))
        throw Error(ExitCode::output, dir_ + ": cannot make the render cache folder: " +
                                          (ec ? ec.message() : std::string("not a folder")) +
                                          " (--cache-dir chooses another, --no-cache uses none)");
}

PartFolder::PartFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/narrate-parts-XXXXXX";
    InterruptsHeld held;
    if (!::mkdtemp(pattern.data())) {
        int err = errno;
        throw Error(ExitCode::output, pattern + ": cannot make a folder for the parts: " + std::strerror(err));
    }
    dir_ = pattern;
    slot_ = register_temporary_path(dir_);
}

PartFolder::~PartFolder() {
    if (kept_) return;
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    forget_temporary_path(slot_);
}

std::string PartFolder::path(const std::string& key, std::size_t job) const {
    return kept_ ? dir_ + "/" + key + ".part" : dir_ + "/" + std::to_string(job) + "-" + key + ".part";
}

int PartFolder::open(const std::string& key, std::size_t job) const {
    std::string p = path(key, job);
    int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    // Its time of last use, for trim(): a cache hit counts as a use.
    if (fd >= 0 && kept_) ::futimens(fd, nullptr);
    return fd;
}

void PartFolder::release(const std::string& key, std::size_t job) const {
    if (!kept_) ::unlink(path(key, job).c_str());
}

void PartFolder::trim() const {
    if (!kept_) return;
    struct Entry {
        std::filesystem::path path;
        std::filesystem::file_time_type used;
        std::uintmax_t bytes;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code ec;
    const auto stale = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
    for (const auto& e : std::filesystem::directory_iterator(dir_, ec)) {
        if (!e.is_regular_file(ec)) continue;
        // A temporary an hour old was left by a render that was killed outright.
        if (e.path().filename().string().rfind(".", 0) == 0) {
            if (e.last_write_time(ec) < stale) std::filesystem::remove(e.path(), ec);
            continue;
        }
        if (e.path().extension() != ".part") continue;
        Entry entry{e.path(), e.last_write_time(ec), e.file_size(ec)};
        if (ec) continue;  // removed meanwhile by another render's trim
        total += entry.bytes;
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& e : entries) {
        if (total <= max_bytes_) break;
        std::filesystem::remove(e.path, ec);
        total -= e.bytes;
    }
}

}  // namespace narrate
