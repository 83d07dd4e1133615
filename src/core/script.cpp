#include "core/script.h"

#include <algorithm>
#include <string_view>

#include "core/limits.h"
#include "core/utf8.h"

namespace narrate {

const char* to_string(SegmentKind kind) {
    switch (kind) {
        case SegmentKind::title: return "title";
        case SegmentKind::heading: return "heading";
        case SegmentKind::narration: return "narration";
        case SegmentKind::quote: return "quote";
    }
    return "narration";
}

const VoiceSettings& Script::voice(const std::string& id) const {
    auto found = std::find_if(voices.begin(), voices.end(),
                              [&](const VoiceSettings& v) { return v.id == id; });
    return found != voices.end() ? *found : voices.front();
}

namespace {

bool has_word(std::string_view text) {
    for (std::size_t pos = 0, n = 0; pos < text.size(); pos += n)
        if (utf8::is_alnum(utf8::decode(text, pos, n))) return true;
    return false;
}

/// Narrows [start, end) past white space, and past the commas and dashes that join a piece of
/// narration to the quotation before it (“Yes,” she said → "she said").
void trim_piece(std::string_view text, std::size_t& start, std::size_t& end) {
    while (start < end) {
        std::size_t n = 0;
        char32_t c = utf8::decode(text, start, n);
        if (!utf8::is_space(c) && c != U',' && c != U';' && c != U'—' && c != U'–') break;
        start += n;
    }
    utf8::trim_space(text, start, end);
}

bool ends_sentence(char32_t c) {
    return c == U'.' || c == U'!' || c == U'?' || c == U'…' || c == U'。' || c == U'！' ||
           c == U'？' || c == U';';
}

/// Where to end the piece of [start, end) that begins at `start`: `end` when it fits in
/// `max_bytes`, else after the last sentence end followed by a space within the limit, else at
/// the last space, else at the last code point boundary (a "word" longer than the limit).
std::size_t piece_end(std::string_view text, std::size_t start, std::size_t end, std::size_t max_bytes) {
    if (end - start <= max_bytes) return end;
    std::size_t limit = start + max_bytes;
    std::size_t sentence = 0, space = 0;
    for (std::size_t pos = start, n = 0; pos < limit; pos += n) {
        char32_t c = utf8::decode(text, pos, n);
        if (pos + n > limit) break;
        if (utf8::is_space(c) && pos > start) {
            space = pos;
            std::size_t prev = utf8::previous(text, pos);
            std::size_t m = 0;
            if (ends_sentence(utf8::decode(text, prev, m))) sentence = pos;
        }
    }
    if (sentence > start + max_bytes / 4) return sentence;
    if (space > start) return space;
    std::size_t cut = limit;
    while (cut > start + 1 && utf8::is_continuation(text[cut])) --cut;
    return cut;
}

/// `title` cut to kMaxChapterTitleBytes at a space (or a code point), with "…" after it.
std::string shortened_title(const std::string& title) {
    if (title.size() <= kMaxChapterTitleBytes) return title;
    std::size_t cut = kMaxChapterTitleBytes;
    while (cut > 0 && utf8::is_continuation(title[cut])) --cut;
    std::size_t space = title.rfind(' ', cut);
    if (space != std::string::npos && space > kMaxChapterTitleBytes / 2) cut = space;
    return title.substr(0, cut) + "…";
}

class ScriptBuilder {
public:
    ScriptBuilder(const Article& article, const Casting& casting) : casting_(casting) {
        script_.title = article.title;
        script_.author = article.author;
        script_.language = article.language;
        script_.voices = {casting.narrator, casting.title, casting.heading, casting.quotation};
        script_.chapters.push_back({shortened_title(article.title), 1, 0});
    }

    void add_heading(const Block& block) {
        // A heading with nothing read under the previous one yet (or the title alone) still
        // starts its own chapter: a listener can jump to it.
        script_.chapters.push_back(
            {shortened_title(block.text), block.level, script_.segments.size()});
        add(SegmentKind::heading, block, 0, block.text.size(), casting_.heading);
    }

    /// Adds [start, end) of `block` as one segment, or as several of at most
    /// kMaxSegmentBytes each, split at sentence ends.
    void add(SegmentKind kind, const Block& block, std::size_t start, std::size_t end,
             const VoiceSettings& voice, const std::optional<std::string>& speaker = std::nullopt,
             bool mention = false) {
        if (end - start <= kMaxSegmentBytes) {
            add_piece(kind, block, start, end, voice, speaker, mention);
            return;
        }
        for (auto [a, b] : split_text(block.text, start, end, kMaxSegmentBytes))
            add_piece(kind, block, a, b, voice, speaker, mention);
    }

    void add_piece(SegmentKind kind, const Block& block, std::size_t start, std::size_t end,
                   const VoiceSettings& voice, const std::optional<std::string>& speaker,
                   bool mention) {
        Segment s;
        s.kind = kind;
        s.chapter = script_.chapters.size() - 1;
        s.speaker = speaker;
        s.voice = voice.id;
        s.text = block.text.substr(start, end - start);
        s.source = block.offsets.to_source(start, end);
        s.offsets = block.offsets.slice(start, end);
        s.mention = mention;
        s.pause_after_ms = voice.pause_after_ms;
        // A voice that wants a breath before it (a quotation after narration) takes it from
        // the pause of the segment before.
        if (!script_.segments.empty() && script_.segments.back().voice != s.voice) {
            int& before = script_.segments.back().pause_after_ms;
            before = std::max(before, voice.pause_before_ms);
        }
        script_.segments.push_back(std::move(s));
    }

    void add_narration(const Block& block, std::size_t start, std::size_t end) {
        trim_piece(block.text, start, end);
        if (start < end && has_word(std::string_view(block.text).substr(start, end - start)))
            add(SegmentKind::narration, block, start, end, casting_.narrator);
    }

    void end_paragraph(std::size_t segments_before) {
        if (script_.segments.size() > segments_before) {
            int& pause = script_.segments.back().pause_after_ms;
            pause = std::max(pause, casting_.paragraph_pause_ms);
        }
    }

    /// Casts every speaker once (see cast_speakers) and lists their voices in the script.
    void cast(const std::vector<Speaker>& speakers) {
        std::vector<CastMember> members;
        for (const Speaker& sp : speakers) members.push_back({sp.name, sp.gender});
        speaker_voices_ = cast_speakers(members, casting_);
        for (const VoiceSettings& v : speaker_voices_)
            if (std::none_of(script_.voices.begin(), script_.voices.end(),
                             [&](const VoiceSettings& known) { return known.id == v.id; }))
                script_.voices.push_back(v);
    }

    const VoiceSettings& voice_of_speaker(std::size_t speaker) const {
        return speaker_voices_[speaker];
    }

    Script& script() { return script_; }

private:
    const Casting& casting_;
    Script script_;
    std::vector<VoiceSettings> speaker_voices_;  ///< per speaker
};

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> split_text(std::string_view text, std::size_t start,
                                                            std::size_t end, std::size_t max_bytes) {
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    while (start < end) {
        std::size_t stop = piece_end(text, start, end, max_bytes);
        std::size_t trimmed = stop;
        while (trimmed > start) {
            std::size_t prev = utf8::previous(text, trimmed), n = 0;
            if (!utf8::is_space(utf8::decode(text, prev, n))) break;
            trimmed = prev;
        }
        if (trimmed > start) pieces.emplace_back(start, trimmed);
        start = stop;
        while (start < end) {
            std::size_t n = 0;
            if (!utf8::is_space(utf8::decode(text, start, n))) break;
            start += n;
        }
    }
    return pieces;
}

Script build_script(const Article& article, const std::vector<Quote>& quotes,
                    const Attribution& attribution, const Casting& casting) {
    ScriptBuilder builder(article, casting);
    Script& script = builder.script();
    builder.cast(attribution.speakers);
    for (std::size_t i = 0; i < attribution.speakers.size(); ++i) {
        const Speaker& sp = attribution.speakers[i];
        script.speakers.push_back({sp.id, sp.name, builder.voice_of_speaker(i).id});
    }

    std::size_t q = 0;  // next quote, in block order
    for (std::size_t b = 0; b < article.blocks.size(); ++b) {
        const Block& block = article.blocks[b];
        switch (block.kind) {
            case BlockKind::title: {
                std::size_t before = script.segments.size();
                builder.add(SegmentKind::title, block, 0, block.text.size(), casting.title);
                builder.end_paragraph(before);
                break;
            }
            case BlockKind::heading:
                builder.add_heading(block);
                break;
            case BlockKind::paragraph:
            case BlockKind::quotation: {
                std::size_t before = script.segments.size();
                std::size_t cursor = 0;
                for (; q < quotes.size() && quotes[q].block == b; ++q) {
                    const Quote& quote = quotes[q];
                    builder.add_narration(block, cursor, quote.mark_start);
                    bool mention = attribution.role[q] == QuoteRole::mention;
                    if (mention) {
                        // Read as part of the sentence around it, in the narrator's voice.
                        builder.add(SegmentKind::narration, block, quote.start, quote.end,
                                    casting.narrator, std::nullopt, true);
                    } else if (auto who = attribution.speaker_of[q]) {
                        builder.add(SegmentKind::quote, block, quote.start, quote.end,
                                    builder.voice_of_speaker(*who),
                                    attribution.speakers[*who].id);
                    } else {
                        builder.add(SegmentKind::quote, block, quote.start, quote.end,
                                    casting.quotation);
                    }
                    cursor = quote.mark_end;
                }
                builder.add_narration(block, cursor, block.text.size());
                builder.end_paragraph(before);
                break;
            }
        }
    }
    return std::move(script);
}

}  // namespace narrate
