#include "core/captions.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace narrate {
namespace {

std::size_t char_count(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if (!utf8::is_continuation(c)) ++n;
    return n;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && is_space(s[a])) ++a;
    while (b > a && is_space(s[b - 1])) --b;
    return s.substr(a, b - a);
}

/// For each byte offset x of `text` (and its end), the characters in text[0, x).
std::vector<std::size_t> chars_before(std::string_view text) {
    std::vector<std::size_t> before(text.size() + 1, 0);
    for (std::size_t x = 0; x < text.size(); ++x)
        before[x + 1] = before[x] + (utf8::is_continuation(text[x]) ? 0 : 1);
    return before;
}

std::string clock(std::int64_t frame, int sample_rate, char decimal) {
    std::int64_t ms = frame_ms(frame, sample_rate);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld%c%03lld",
                  static_cast<long long>(ms / 3600000), static_cast<long long>(ms / 60000 % 60),
                  static_cast<long long>(ms / 1000 % 60), decimal,
                  static_cast<long long>(ms % 1000));
    return buffer;
}

}  // namespace

std::int64_t frame_ms(std::int64_t frame, int sample_rate) {
    if (sample_rate <= 0) return 0;
    return (frame * 1000 + sample_rate / 2) / sample_rate;
}

std::string vtt_time(std::int64_t frame, int sample_rate) { return clock(frame, sample_rate, '.'); }
std::string srt_time(std::int64_t frame, int sample_rate) { return clock(frame, sample_rate, ','); }

std::string vtt_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += static_cast<unsigned char>(c) < 0x20 && c != '\n' ? ' ' : c;
        }
    }
    return out;
}

std::string wrap_caption(const std::string& text, const CaptionLimits& limits) {
    if (char_count(text) <= limits.line_chars || limits.lines < 2) return text;
    // Two balanced lines: the space nearest the middle that keeps both within the limit, or
    // else the nearest to the middle at all.
    std::size_t total = char_count(text);
    std::size_t best = std::string::npos;
    std::size_t best_score = SIZE_MAX;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ') continue;
        std::size_t left = char_count(std::string_view(text).substr(0, i));
        std::size_t right = total - left - 1;
        std::size_t longest = std::max(left, right);
        std::size_t score = longest <= limits.line_chars ? longest : 1000 + longest;
        if (score < best_score) {
            best_score = score;
            best = i;
        }
    }
    if (best == std::string::npos) return text;
    return text.substr(0, best) + "\n" + text.substr(best + 1);
}

namespace {

bool ends_clause(std::string_view piece) {
    if (piece.empty()) return false;
    char last = piece.back();
    if (last == '"' || last == ')' || last == '\'') {
        piece.remove_suffix(1);
        if (piece.empty()) return false;
        last = piece.back();
    }
    return last == ',' || last == ';' || last == ':' || last == '.' || last == '!' ||
           last == '?' || piece.ends_with("\xE2\x80\x94") /* em dash */ || piece.ends_with("\xE2\x80\x9D");
}

}  // namespace

std::vector<Cue> segment_cues(const Segment& segment, const SegmentTiming& timing,
                              const std::string& speaker, int sample_rate,
                              const CaptionLimits& limits, std::size_t first_cue_reserve) {
    std::vector<Cue> cues;
    const std::string& text = segment.text;
    std::size_t max_chars = limits.line_chars * limits.lines;
    std::int64_t max_frames = limits.duration_ms * sample_rate / 1000;
    auto add = [&](std::size_t a, std::size_t b, std::int64_t f0, std::int64_t f1) {
        std::string t(trim(std::string_view(text).substr(a, b - a)));
        if (t.empty()) return;
        if (!cues.empty()) f0 = std::max(f0, cues.back().end_frame);  // cues never overlap
        Cue cue;
        cue.start_frame = f0;
        cue.end_frame = std::max(f1, f0 + 1);
        cue.text = wrap_caption(t, limits);
        cue.speaker = speaker;
        cue.first_of_segment = cues.empty();
        cues.push_back(std::move(cue));
    };

    const std::vector<std::size_t> before = chars_before(text);
    std::size_t w = 0;  // next word
    for (const TimedSpan& sentence : timing.sentences) {
        std::size_t first = w;
        while (w < timing.words.size() && timing.words[w].text_start < sentence.text_end) ++w;
        std::size_t n = w - first;  // words [first, w) belong to the sentence
        if (n == 0) {
            add(sentence.text_start, sentence.text_end, sentence.start_frame, sentence.end_frame);
            continue;
        }
        const TimedSpan* words = &timing.words[first];
        auto piece_start = [&](std::size_t i) { return i == 0 ? sentence.text_start : words[i].text_start; };
        auto piece_end = [&](std::size_t j) { return j + 1 < n ? words[j + 1].text_start : sentence.text_end; };
        auto start_frame = [&](std::size_t i) {
            return i == 0 ? std::min(sentence.start_frame, words[0].start_frame) : words[i].start_frame;
        };

        // Split the sentence into cues at word boundaries: every cue within the limits,
        // lines as even as possible, breaks after punctuation where there is a choice.
        constexpr std::size_t kMaxWordsPerCue = 64;
        constexpr std::size_t kMidClausePenalty = 600;
        const std::size_t kInfinite = SIZE_MAX / 4;
        std::vector<std::size_t> best(n + 1, kInfinite), from(n + 1, 0);
        best[0] = 0;
        for (std::size_t k = 1; k <= n; ++k) {
            std::size_t low = k > kMaxWordsPerCue ? k - kMaxWordsPerCue : 0;
            for (std::size_t i = k; i-- > low;) {
                // Words never run backwards (the renderer joins an engine's pieces of one), but
                // a cue from a timing that did is skipped rather than cut at a negative length.
                if (best[i] >= kInfinite || piece_end(k - 1) < piece_start(i)) continue;
                std::string_view t = trim(std::string_view(text).substr(
                    piece_start(i), piece_end(k - 1) - piece_start(i)));
                const auto at = static_cast<std::size_t>(t.data() - text.data());
                std::size_t chars = before[at + t.size()] - before[at];
                std::size_t limit = max_chars - ((cues.empty() && i == 0) ? std::min(first_cue_reserve, max_chars / 2) : 0);
                bool fits = (chars <= limit &&
                             words[k - 1].end_frame - start_frame(i) <= max_frames) ||
                            i + 1 == k;  // a single word too long for a cue still gets one
                if (!fits) {
                    if (chars > limit * 2) break;  // longer pieces only grow
                    continue;
                }
                std::size_t slack = chars <= limit ? limit - chars : 0;
                std::size_t cost = slack * slack + (k == n || ends_clause(t) ? 0 : kMidClausePenalty);
                if (best[i] + cost < best[k]) {
                    best[k] = best[i] + cost;
                    from[k] = i;
                }
            }
        }
        std::vector<std::size_t> breaks;
        for (std::size_t k = n; k > 0; k = from[k]) breaks.push_back(k);
        std::size_t i = 0;
        for (auto it = breaks.rbegin(); it != breaks.rend(); ++it) {
            std::size_t k = *it;
            add(piece_start(i), piece_end(k - 1), start_frame(i), words[k - 1].end_frame);
            i = k;
        }
    }
    return cues;
}

std::string webvtt_header() { return "WEBVTT\n\n"; }

std::string webvtt_cue(const Cue& cue, int sample_rate) {
    return vtt_time(cue.start_frame, sample_rate) + " --> " + vtt_time(cue.end_frame, sample_rate) +
           "\n<v " + vtt_escape(cue.speaker) + ">" + vtt_escape(cue.text) + "\n\n";
}

std::string srt_cue(std::size_t number, const Cue& cue, int sample_rate) {
    std::string text = cue.text;
    // SRT has no voice spans: name whoever is quoted at the start of what they say.
    if (cue.first_of_segment && !cue.speaker.empty() && cue.speaker != kNarratorName &&
        cue.speaker != kUnknownSpeakerName)
        text = cue.speaker + ": " + text;
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n') c = ' ';
    return std::to_string(number) + "\n" + srt_time(cue.start_frame, sample_rate) + " --> " +
           srt_time(cue.end_frame, sample_rate) + "\n" + text + "\n\n";
}

}  // namespace narrate
