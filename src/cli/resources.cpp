#include "cli/resources.h"

#include <cstdlib>
#include <filesystem>

#include "io/error.h"
#include "io/input_file.h"

namespace narrate::cli {

std::string voices_dir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("NARRATE_VOICES_DIR"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "narrate" / "voices";
        if (fs::exists(installed / "default.toml", ec)) return installed.string();
    }
    if (fs::exists(fs::path(NARRATE_INSTALL_VOICES_DIR) / "default.toml", ec))
        return NARRATE_INSTALL_VOICES_DIR;
    return NARRATE_SOURCE_VOICES_DIR;
}

Casting load_casting(const std::string& path) {
    std::string file = path.empty() ? voices_dir() + "/default.toml" : path;
    std::string text;
    try {
        text = read_input_file(file);
    } catch (const Error& e) {
        throw Error(ExitCode::config, std::string("voices file ") + e.what());
    }
    CastingParse parsed = parse_casting(text, file);
    if (parsed.error) throw Error(ExitCode::config, file + ": " + *parsed.error);
    return parsed.casting;
}

void load_cast_file(const std::string& path, Casting& casting) {
    if (path.empty()) return;
    std::string text;
    try {
        text = read_input_file(path);
    } catch (const Error& e) {
        throw Error(ExitCode::config, std::string("cast file ") + e.what());
    }
    if (auto problem = parse_cast_file(text, path, casting))
        throw Error(ExitCode::config, path + ": " + *problem);
}

FirstNames load_first_names() {
    std::string file = voices_dir() + "/first-names.tsv";
    try {
        return parse_first_names(read_input_file(file));
    } catch (const Error& e) {
        throw Error(ExitCode::config, std::string("first-name table ") + e.what());
    }
}

}  // namespace narrate::cli
