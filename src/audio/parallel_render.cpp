#include "audio/parallel_render.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audio/async_sink.h"
#include "audio/chapter_tags.h"
#include "audio/ogg_opus_writer.h"
#include "audio/sndfile_io.h"
#include "io/error.h"
#include "io/output_file.h"

namespace narrate {
namespace {

/// One piece of the output: the intro, a part of the script, or the outro.
struct Job {
    const std::vector<float>* clip = nullptr;  ///< intro or outro; else a part of the script
    Part part;
    std::int64_t trim_end_frames = 0;
    std::string key;
    std::size_t text_bytes = 0;  ///< what it has to say: how long its worker will take
};

void add(std::string& material, std::string_view field) {
    material += std::to_string(field.size());
    material += ':';
    material += field;
}

void add(std::string& material, const std::vector<float>& audio) {
    add(material, std::string_view(reinterpret_cast<const char*>(audio.data()), audio.size() * sizeof(float)));
}

/// Everything a job's audio depends on, for its cache key.
std::string job_material(const Script& script, const Job& job, const RenderSettings& settings,
                         const std::string& salt) {
    // The part format and how its timings and audio are made: 6 since narrate meters loudness
    // itself (libebur128's results differ in the last digits, and so a few samples), 7 since
    // the meter's lanes warm up for 100 ms, not 300, and its biquads are reassociated (the
    // same loudness but in the last digits), 8 since asterisks of emphasis are not spoken.
    std::string m = "narrate part 8\n";
    add(m, salt);
    add(m, std::to_string(settings.output_rate));
    const LoudnessSettings& l = settings.loudness;
    char loudness[128];
    std::snprintf(loudness, sizeof loudness, "%d %.3f %.3f %.3f", l.enabled ? 1 : 0, l.target_lufs,
                  l.true_peak_dbtp, l.headroom_db);
    add(m, loudness);
    add(m, std::to_string(job.trim_end_frames));
    if (job.clip) {
        add(m, "clip");
        add(m, *job.clip);
        return m;
    }
    if (job.part.starts_chapter(script) && !settings.chapter_sound.empty()) {
        add(m, "chapter sound " + std::to_string(settings.chapter_sound_gap_ms));
        add(m, settings.chapter_sound);
    }
    // Of a segment the part shares with another, only its own sentences count, and the pause
    // (which the last sentence is measured with) only if the segment ends in the part.
    for (std::size_t i = job.part.first; i < job.part.end; ++i) {
        const Segment& s = script.segments[i];
        const VoiceSettings& v = script.voice(s.voice);
        std::string pause = job.part.ends(script, i) ? std::to_string(s.pause_after_ms) : "open";
        add(m, v.espeak_name() + " " + std::to_string(v.rate_wpm) + " " + std::to_string(v.pitch) +
                   " " + std::to_string(v.pitch_range) + " " + pause);
        auto [a, b] = job.part.slice(script, i);
        add(m, std::string_view(s.text).substr(a, b - a));
    }
    return m;
}

/// Calls `op` on each text offset of `t`'s sentences and words.
template <typename Op>
void for_each_offset(SegmentTiming& t, Op op) {
    for (auto* spans : {&t.sentences, &t.words})
        for (TimedSpan& span : *spans) {
            op(span.text_start);
            op(span.text_end);
        }
}

/// A cached part may be used again where the same text comes back elsewhere (a repeated
/// paragraph, an edit that moved it): its timings are kept relative to the part, segments
/// counted from its first and text offsets from the start of each segment's slice.
void to_part_relative(const Script& script, const Part& part, std::vector<SegmentTiming>& timings) {
    for (SegmentTiming& t : timings) {
        std::size_t from = part.slice(script, t.segment).first;
        for_each_offset(t, [from](std::size_t& offset) { offset -= from; });
        t.segment -= part.first;
    }
}

/// Undoes to_part_relative() for the part's place in this script.
void from_part_relative(const Script& script, const Part& part, std::vector<SegmentTiming>& timings) {
    for (SegmentTiming& t : timings) {
        t.segment += part.first;
        std::size_t from = part.slice(script, t.segment).first;
        for_each_offset(t, [from](std::size_t& offset) { offset += from; });
    }
}

/// In a worker: renders `job` into its part file in `folder`, under a temporary name renamed
/// when complete.
void make_part(const Script& script, const Job& job, std::size_t index, Synthesizer& synthesizer,
               const RenderSettings& settings, const ParallelSettings& parallel,
               const PartFolder& folder) {
    std::string final_path = folder.path(job.key, index);
    std::string temp = folder.dir() + "/." + job.key + ".tmp-XXXXXX";
    InterruptsHeld held;
    int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        int err = errno;
        throw Error(ExitCode::output, folder.dir() + ": cannot write a rendered part: " + std::strerror(err));
    }
    int slot = register_temporary_path(temp);
    held.release();
    std::FILE* file = ::fdopen(fd, "wb");
    if (!file) {
        int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        throw Error(ExitCode::output, folder.dir() + ": cannot write a rendered part: " + std::strerror(err));
    }
    const int rate = settings.output_rate > 0 ? settings.output_rate : synthesizer.sample_rate();
    PartInfo info;
    try {
        PartWriter writer(file, folder.dir(), parallel.payload, rate, parallel.mp3);
        if (job.clip) {
            writer.write(*job.clip);
        } else {
            // LAME costs more than the engine: it encodes a sentence while the next is spoken.
            std::optional<AsyncSink> encoder;
            if (parallel.payload == PartPayload::mp3) encoder.emplace(writer);
            AudioSink& sink = encoder ? static_cast<AudioSink&>(*encoder) : writer;
            info.timings = render_part(script, job.part, synthesizer, sink, settings, job.trim_end_frames).timings;
            if (encoder) encoder->close();
            to_part_relative(script, job.part, info.timings);
        }
        writer.finish(info);
    } catch (...) {
        std::fclose(file);
        ::unlink(temp.c_str());
        throw;
    }
    int err = close_stream(file);
    if (err == 0 && ::rename(temp.c_str(), final_path.c_str()) != 0) err = errno;
    if (err != 0) {
        ::unlink(temp.c_str());
        throw Error(ExitCode::output, folder.dir() + ": cannot write a rendered part: " + std::strerror(err));
    }
    forget_temporary_path(slot);
}

/// The worker processes running now. Stops them all when destroyed early (an error upstream).
///
/// A worker that has made its part says so through its pipe, with one byte, before it exits:
/// a process with the engine's memory takes a millisecond or two to end, and the next worker
/// starts meanwhile instead of after. A worker that fails writes its message instead, and its
/// exit status tells how it ended.
class Workers {
public:
    ~Workers() {
        for (auto& [pid, w] : running_) {
            ::kill(pid, SIGTERM);
            ::close(w.message_fd);
        }
        for (auto& [pid, w] : running_) reap(pid);
        for (pid_t pid : ending_) reap(pid);
    }

    /// The workers still making their parts.
    [[nodiscard]] std::size_t size() const { return running_.size(); }

    /// Forks a worker that runs `work`; its exit status and any error message come back through
    /// wait_one().
    template <typename Work>
    void start(std::size_t job, Work&& work) {
        reap_ended();
        int pipe_fds[2];
        if (::pipe2(pipe_fds, O_CLOEXEC) != 0)
            throw Error(ExitCode::failure, std::string("cannot start a worker: ") + std::strerror(errno));
        pid_t parent = ::getpid();
        // Until the parent has the worker on its list, and the worker has forgotten the
        // parent's list, an interrupt would find either side half way.
        InterruptsHeld held;
        pid_t pid = ::fork();
        if (pid < 0) {
            int err = errno;
            ::close(pipe_fds[0]);
            ::close(pipe_fds[1]);
            throw Error(ExitCode::failure, std::string("cannot start a worker: ") + std::strerror(err));
        }
        if (pid == 0) {
            ::close(pipe_fds[0]);
            forget_inherited_temporaries();
            // Keep freed memory for the next segment instead of handing it back and faulting
            // it in again: a worker lives for one part.
            ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
            ::mallopt(M_TRIM_THRESHOLD, 128 << 20);
            // Stop with the parent, however it ends.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent) ::_exit(static_cast<int>(ExitCode::interrupted));
            held.release();
            int code = 0;
            std::string message;
            try {
                work();
                message.assign(1, kDone);
            } catch (const Error& e) {
                code = static_cast<int>(e.code());
                message = e.what();
            } catch (const std::exception& e) {
                code = static_cast<int>(ExitCode::failure);
                message = e.what();
            }
            if (!message.empty()) [[maybe_unused]] auto n = ::write(pipe_fds[1], message.data(), message.size());
            // No destructors and no stdio flush: what this process inherited is the parent's.
            ::_exit(code);
        }
        ::close(pipe_fds[1]);
        register_child_process(pid);
        running_[pid] = {job, pipe_fds[0]};
    }

    /// Waits for a worker to finish its part; returns its job. Throws its error if it failed.
    std::size_t wait_one() { return *wait(-1); }

    /// The job of a worker that has finished, if one has, without waiting.
    std::optional<std::size_t> poll() { return running_.empty() ? std::nullopt : wait(0); }

private:
    /// The byte a worker sends when its part is made.
    static constexpr char kDone = '\x06';

    struct Running {
        std::size_t job = 0;
        int message_fd = -1;
    };

    /// Waits up to `timeout_ms` (-1: as long as it takes) for a worker to finish or fail.
    std::optional<std::size_t> wait(int timeout_ms) {
        if (running_.empty()) throw Error(ExitCode::failure, "lost track of a worker process");
        std::vector<pollfd> fds;
        std::vector<pid_t> pids;
        for (const auto& [pid, w] : running_) {
            fds.push_back({w.message_fd, POLLIN, 0});
            pids.push_back(pid);
        }
        int n;
        do n = ::poll(fds.data(), fds.size(), timeout_ms);
        while (n < 0 && errno == EINTR);
        if (n < 0)
            throw Error(ExitCode::failure,
                        std::string("cannot wait for a worker: ") + std::strerror(errno));
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents == 0) continue;
            pid_t pid = pids[i];
            Running w = running_.at(pid);
            running_.erase(pid);
            // The byte that says it is done comes alone, and the pipe stays open until the
            // worker has ended: read it and go on. A message is read to its end.
            std::string message;
            char buffer[512];
            for (ssize_t got; (got = ::read(w.message_fd, buffer, sizeof buffer)) > 0;) {
                message.append(buffer, static_cast<std::size_t>(got));
                if (message == std::string_view(&kDone, 1)) break;
            }
            ::close(w.message_fd);
            if (message == std::string_view(&kDone, 1)) {
                ending_.push_back(pid);
                return w.job;
            }
            // It ended without saying it was done: how, its exit status says.
            int status = reap(pid);
            if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return w.job;  // its part is checked
            if (WIFSIGNALED(status))
                throw Error(ExitCode::failure, "a worker process was stopped by signal " +
                                                   std::to_string(WTERMSIG(status)) +
                                                   (message.empty() ? "" : ": " + message));
            int code = WEXITSTATUS(status);
            throw Error(static_cast<ExitCode>(code),
                        message.empty() ? "a worker process failed" : message);
        }
        return std::nullopt;
    }

    /// Waits for worker `pid` to end; its status.
    static int reap(pid_t pid) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        forget_child_process(pid);
        return status;
    }

    /// Reaps the workers that have finished their parts and ended since.
    void reap_ended() {
        std::erase_if(ending_, [](pid_t pid) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == 0) return false;
            forget_child_process(pid);
            return true;
        });
    }

    std::map<pid_t, Running> running_;
    std::vector<pid_t> ending_;  ///< finished their parts, not reaped yet
};

/// A part ready to be joined: open, its description read.
struct Ready {
    int fd = -1;
    PartFile part;
    bool reused = false;
};

class Mp3Joiner final : public PartJoiner {
public:
    Mp3Joiner(const std::string& path, const std::string& display_name, int sample_rate, int kbps,
              std::size_t tag_room)
        : display_name_(display_name), info_bytes_(mp3_info_frame_bytes(sample_rate, kbps)), writeback_(path) {
        file_ = std::fopen(path.c_str(), "wb");
        if (!file_) fail(errno);
        // Where the chapters go later, without moving the audio.
        std::string room = empty_id3_tag(tag_room);
        info_at_ = static_cast<long>(room.size());
        // Room for the Info frame, written once the totals are known.
        room.resize(room.size() + info_bytes_, '\0');
        if (std::fwrite(room.data(), 1, room.size(), file_) != room.size()) fail(errno);
    }
    ~Mp3Joiner() override {
        if (file_) std::fclose(file_);
    }

    std::int64_t append(int fd, const PartFile& part, const BetweenBlocks& between_blocks) override {
        std::int64_t start = next_;
        read_payload(fd, part, display_name_, [&](std::span<const char> bytes) {
            if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail(errno);
            crc_ = lame_crc16({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}, crc_);
            bytes_ += static_cast<std::int64_t>(bytes.size());
            between_blocks();
        });
        const PartInfo& info = part.info;
        if (frames_ == 0) layout_ = info.mp3_layout;
        frames_ += info.mp3_frames;
        next_ += info.mp3_frames * info.mp3_layout.frame_samples;
        padding_ = info.mp3_padding;
        end_ = start + info.samples;
        writeback_.start();
        return start;
    }

    [[nodiscard]] std::int64_t frames() const override { return end_; }

    void finish() override {
        if (info_bytes_ > 0 && frames_ > 0) {
            std::string info = mp3_info_frame(layout_, frames_, bytes_, padding_, crc_);
            if (info.size() == info_bytes_) {
                if (std::fseek(file_, info_at_, SEEK_SET) != 0) fail(errno);
                if (std::fwrite(info.data(), 1, info.size(), file_) != info.size()) fail(errno);
            }
        }
        std::FILE* f = file_;
        file_ = nullptr;
        if (int err = close_stream(f); err != 0) fail(err);
    }

private:
    [[noreturn]] void fail(int err) const {
        throw Error(ExitCode::output, display_name_ + ": cannot write: " + std::strerror(err));
    }

    std::string display_name_;
    std::size_t info_bytes_;
    long info_at_ = 0;  ///< where the Info frame goes: after the room for the tag
    std::FILE* file_ = nullptr;
    Mp3Layout layout_;
    Writeback writeback_;
    std::int64_t frames_ = 0, bytes_ = 0, next_ = 0, end_ = 0;
    int padding_ = 0;
    std::uint16_t crc_ = 0;
};

/// Joins 16-bit PCM parts into a `Writer` that encodes as it goes: the libsndfile sink (WAV,
/// FLAC, Vorbis) or the Ogg Opus writer, both taking write_pcm16() and close().
template <typename Writer>
class Pcm16Joiner final : public PartJoiner {
public:
    /// The writer is made of `path` and `writer_args`.
    template <typename... Args>
    Pcm16Joiner(const std::string& path, const std::string& display_name, Args&&... writer_args)
        : display_name_(display_name), writer_(path, std::forward<Args>(writer_args)...), writeback_(path) {}

    std::int64_t append(int fd, const PartFile& part, const BetweenBlocks& between_blocks) override {
        std::int64_t start = frames_;
        read_pcm16(fd, part, display_name_, [&](std::span<const std::int16_t> samples) {
            writer_.write_pcm16(samples);
            between_blocks();
        });
        frames_ += part.info.samples;
        writeback_.start();
        return start;
    }

    [[nodiscard]] std::int64_t frames() const override { return frames_; }
    void finish() override { writer_.close(); }

private:
    std::string display_name_;
    Writer writer_;
    Writeback writeback_;
    std::int64_t frames_ = 0;
};

}  // namespace

std::unique_ptr<PartJoiner> mp3_joiner(const std::string& path, const std::string& display_name,
                                       int sample_rate, int bitrate_kbps, std::size_t tag_room) {
    return std::make_unique<Mp3Joiner>(path, display_name, sample_rate, bitrate_kbps, tag_room);
}

std::unique_ptr<PartJoiner> opus_joiner(const std::string& path, const std::string& display_name,
                                        int bitrate_kbps, bool hold_peaks, double ceiling_dbtp) {
    OggOpusSettings settings;
    settings.bitrate_kbps = bitrate_kbps;
    settings.hold_peaks = hold_peaks;
    settings.ceiling_dbfs = ceiling_dbtp;
    return std::make_unique<Pcm16Joiner<OggOpusWriter>>(path, display_name, display_name, settings);
}

std::unique_ptr<PartJoiner> sndfile_joiner(const std::string& path, const std::string& display_name,
                                           const AudioFormat& format, int sample_rate,
                                           int quality) {
    return std::make_unique<Pcm16Joiner<SndfileSink>>(path, display_name, display_name, format, sample_rate,
                                                       EncoderSettings{quality});
}

int available_cores() {
    cpu_set_t set;
    if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<int>(n) : 1;
}

ParallelReport render_parallel(const Script& script, Synthesizer& synthesizer,
                               const RenderSettings& settings, const ParallelSettings& parallel,
                               const PartFolder& folder, PartJoiner& out,
                               const ProgressFn& progress, const TimingFn& timing) {
    const int rate = settings.output_rate > 0 ? settings.output_rate : synthesizer.sample_rate();
    // Each MP3 part after the first starts with the encoder's delay as silence: the part before
    // shortens its last pause by as much.
    std::int64_t trim = parallel.payload == PartPayload::mp3 ? 576 : 0;

    std::vector<Job> jobs;
    if (!settings.intro.empty()) jobs.push_back({&settings.intro, {}, 0, {}});
    for (Part part : plan_parts(script)) jobs.push_back({nullptr, part, trim, {}});
    if (!settings.outro.empty()) jobs.push_back({&settings.outro, {}, 0, {}});
    if (!jobs.empty()) jobs.back().trim_end_frames = 0;
    for (Job& job : jobs) {
        job.key = cache_key(job_material(script, job, settings, parallel.key_salt));
        if (!job.clip)
            for (std::size_t i = job.part.first; i < job.part.end; ++i) {
                auto [a, b] = job.part.slice(script, i);
                job.text_bytes += b - a;
            }
    }

    ParallelReport report;
    report.parts = jobs.size();
    Timeline& timeline = report.timeline;
    timeline.sample_rate = rate;
    RenderProgress state;
    state.segments_total = script.segments.size();
    state.sample_rate = rate;
    for (const Segment& s : script.segments) state.text_bytes_total += s.text.size();

    const std::size_t workers_max = static_cast<std::size_t>(std::max(1, parallel.jobs));
    // How far ahead of the part being joined the workers may get: bounds the parts on disk.
    const std::size_t window = 2 * workers_max + 2;
    std::vector<std::optional<Ready>> ready(jobs.size());
    std::vector<int> spool_slots(jobs.size(), -1);
    Workers workers;
    TimelineJoiner joiner(script, timeline);
    std::vector<bool> launched(jobs.size(), false);
    std::size_t all_launched_before = 0;  // every job before this one is launched
    auto open_part = [&](std::size_t j) -> std::optional<Ready> {
        int fd = folder.open(jobs[j].key, j);
        if (fd < 0) return std::nullopt;
        if (auto part = read_part(fd)) return Ready{fd, std::move(*part)};
        ::close(fd);
        return std::nullopt;
    };
    // Of the jobs in the window not launched yet, the one with the most to say goes first:
    // parts differ in length by up to six times, and launched in order the last long one
    // would run alone at the end while the other cores wait. Within two windows of the end
    // the window is the rest of the jobs: the part being joined may be a long one that holds
    // the window back, and a long last part, not yet in it, would start after the short ones.
    auto next_job = [&](std::size_t joining) -> std::optional<std::size_t> {
        while (all_launched_before < jobs.size() && launched[all_launched_before]) ++all_launched_before;
        std::optional<std::size_t> pick;
        const std::size_t end =
            jobs.size() - joining <= 2 * window ? jobs.size() : joining + window;
        for (std::size_t j = all_launched_before; j < end; ++j)
            if (!launched[j] && (!pick || jobs[j].text_bytes > jobs[*pick].text_bytes)) pick = j;
        return pick;
    };
    auto pump = [&](std::size_t joining) {
        while (workers.size() < workers_max) {
            std::optional<std::size_t> next = next_job(joining);
            if (!next) break;
            std::size_t j = *next;
            launched[j] = true;
            if (folder.kept()) {
                if (auto hit = open_part(j)) {
                    hit->reused = true;
                    ready[j] = std::move(hit);
                    continue;
                }
            } else {
                // Not a cache: the part is this render's to remove, even after an interrupt.
                spool_slots[j] = register_temporary_path(folder.path(jobs[j].key, j));
            }
            workers.start(j, [&, j] { make_part(script, jobs[j], j, synthesizer, settings, parallel, folder); });
        }
    };

    auto collect = [&](std::size_t done) {
        ready[done] = open_part(done);
        if (!ready[done])
            throw Error(ExitCode::output, folder.path(jobs[done].key, done) + ": a rendered part is missing or damaged");
    };
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        pump(k);
        while (!ready[k]) {
            collect(workers.wait_one());
            pump(k);
        }
        Ready part = std::move(*ready[k]);
        ready[k].reset();
        std::int64_t start = out.append(part.fd, part.part, [&] {
            while (std::optional<std::size_t> done = workers.poll()) collect(*done);
            pump(k);
        });
        ::close(part.fd);
        folder.release(jobs[k].key, k);
        forget_temporary_path(spool_slots[k]);
        if (part.reused) ++report.parts_reused;

        PartInfo& info = part.part.info;
        if (jobs[k].clip) continue;
        from_part_relative(script, jobs[k].part, info.timings);
        joiner.add(jobs[k].part, std::move(info.timings), start, [&](const Segment& segment, const SegmentTiming& whole) {
            if (timing) {
                SegmentTiming t = whole;
                for (auto* spans : {&t.sentences, &t.words})
                    for (TimedSpan& s : *spans) s.source = segment.offsets.to_source(s.text_start, s.text_end);
                timing(segment, t);
            }
            ++state.segments_done;
            state.text_bytes_done += segment.text.size();
        });
        state.frames_written = out.frames();
        if (progress) progress(state);
    }
    out.finish();
    timeline.total_frames = out.frames();
    return report;
}

}  // namespace narrate
