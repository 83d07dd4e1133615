#pragma once
// Where rendered parts are kept between renders, by the hash of everything they depend on.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace narrate {

/// A 128-bit hash of `material`, as 32 hex digits: the name of a part in the cache.
[[nodiscard]] std::string cache_key(std::string_view material);

/// The default cache folder: $NARRATE_CACHE_DIR, else $XDG_CACHE_HOME/narrate, else
/// ~/.cache/narrate.
[[nodiscard]] std::string default_cache_dir();

/// A folder of finished parts, named by key. Parts are written under a temporary name and
/// renamed, so two renders sharing the folder never see half a part, and two that make the same
/// part make the same bytes. Kept (a cache), the folder is trimmed to `max_bytes`, least
/// recently used first; not kept (--no-cache), it is a private folder removed afterwards.
class PartFolder {
public:
    /// A cache in `dir` (created if missing). Throws Error(ExitCode::output) if it cannot be.
    PartFolder(std::string dir, std::uint64_t max_bytes);
    /// A private folder under $TMPDIR, removed with everything in it on destruction.
    PartFolder();
    ~PartFolder();
    PartFolder(const PartFolder&) = delete;
    PartFolder& operator=(const PartFolder&) = delete;

    [[nodiscard]] bool kept() const { return kept_; }
    [[nodiscard]] const std::string& dir() const { return dir_; }
    /// Where the part named `key`, number `job` of this render, is (or will be): in a cache, by
    /// its key alone, so any render finds it; in a private folder, by both, since the same part
    /// may come twice in one render and each is removed once used.
    [[nodiscard]] std::string path(const std::string& key, std::size_t job) const;
    /// Opens that part for reading and marks it used; -1 if there is none.
    [[nodiscard]] int open(const std::string& key, std::size_t job) const;
    /// Done with a part: a private folder's parts are removed as soon as they are used.
    void release(const std::string& key, std::size_t job) const;
    /// Removes the least recently used parts until the folder holds at most max_bytes.
    void trim() const;

private:
    std::string dir_;
    std::uint64_t max_bytes_ = 0;
    bool kept_ = false;
    int slot_ = -1;
};

}  // namespace narrate
