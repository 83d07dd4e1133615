#include "core/parts.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "core/limits.h"
#include "core/utf8.h"
#include "core/words.h"

namespace narrate {
namespace {

/// FNV-1a: a fixed hash, the same on every machine and in every build.
std::uint32_t text_hash(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
    return h;
}

/// Where the sentences of `text` end: after a . ! or ? that split_words keeps apart from its
/// word (so not in "Mr." or "U.S."), and after the closing marks that follow it, where white
/// space follows.
std::vector<std::size_t> sentence_ends(std::string_view text) {
    std::vector<std::size_t> ends;
    std::vector<Word> words = split_words(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].ends_sentence()) continue;
        std::size_t end = words[i].end;
        // Closing quotation marks and brackets written against it belong to the sentence.
        while (i + 1 < words.size() && words[i + 1].is_punct && words[i + 1].start == end &&
               !words[i + 1].ends_sentence()) {
            std::string_view mark = words[i + 1].text;
            if (mark == "(" || mark == "[" || mark == "-" || mark == "—") break;
            end = words[++i].end;
        }
        if (end < text.size() && (text[end] == ' ' || text[end] == '\n' || text[end] == '\t'))
            ends.push_back(end);
    }
    return ends;
}

}  // namespace

double speaking_pace(const VoiceSettings& voice) { return std::clamp(voice.rate_wpm / 175.0, 0.25, 1.0); }

std::vector<Piece> spoken_pieces(const Script& script, const Segment& segment) {
    double pace = script.voices.empty() ? 1.0 : speaking_pace(script.voice(segment.voice));
    auto longest = static_cast<std::size_t>(static_cast<double>(kMaxSpokenBytes) * pace);
    std::vector<Piece> pieces;
    std::size_t start = 0;
    std::vector<std::size_t> ends = sentence_ends(segment.text);
    ends.push_back(segment.text.size());
    for (std::size_t end : ends) {
        for (Piece p : split_text(segment.text, start, end, longest)) pieces.push_back(p);
        start = end;
        while (start < segment.text.size() && std::isspace(static_cast<unsigned char>(segment.text[start]))) ++start;
    }
    return pieces;
}

std::string engine_text(std::string_view piece) {
    std::string text(piece);
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    auto last_alnum = std::find_if(text.rbegin(), text.rend(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    std::size_t words_end = static_cast<std::size_t>(text.rend() - last_alnum);
    for (const Word& w : split_words(piece)) {
        std::size_t period = w.end - 1;
        if (w.is_punct || w.text.size() < 2 || w.text.back() != '.' || period >= words_end) continue;
        if (w.end == text.size() || is_space(text[w.end]) || text[w.end] == ')' || text[w.end] == ',')
            text[period] = ' ';
    }
    // Asterisks that open or close a word (*never*, **now!**, a footnote's "study*") mark it,
    // as plain text writes emphasis: eSpeak NG would say "asterisk". One standing alone
    // between spaces ("5 * 3") or joining two words ("5*3") is left to it.
    auto alnum_at = [&](std::size_t pos) {
        std::size_t length = 0;
        return pos < text.size() && utf8::is_alnum(utf8::decode(text, pos, length));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '*') continue;
        std::size_t end = i;
        while (end < text.size() && text[end] == '*') ++end;
        bool opens = alnum_at(end);
        bool word_before = i > 0 && alnum_at(utf8::previous(text, i));
        bool closes = word_before || (i > 0 && std::string_view(".,;:!?'\")").find(text[i - 1]) !=
                                                   std::string_view::npos);
        if ((opens || closes) && !(opens && word_before))
            std::fill(text.begin() + static_cast<std::ptrdiff_t>(i),
                      text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        i = end - 1;
    }
    return text;
}

Piece Part::slice(const Script& script, std::size_t i) const {
    std::size_t a = i == first ? from : 0;
    std::size_t b = i + 1 == end ? to : script.segments[i].text.size();
    return {a, b};
}

bool Part::ends(const Script& script, std::size_t i) const {
    return i + 1 < end || to == script.segments[i].text.size();
}

bool Part::starts_chapter(const Script& script) const {
    if (from != 0) return false;
    for (std::size_t c = 1; c < script.chapters.size(); ++c)
        if (script.chapters[c].first_segment == first) return true;
    return false;
}

std::size_t part_size(std::size_t text_bytes) {
    return std::clamp(std::bit_floor(std::max<std::size_t>(1, text_bytes / 32)), kSmallestPart, kLargestPart);
}

std::vector<Part> plan_parts(const Script& script) {
    std::size_t text_bytes = 0;
    for (const Segment& s : script.segments) text_bytes += s.text.size();
    const std::size_t size = part_size(text_bytes), every = size / kSentenceBytes;
    std::vector<bool> starts_chapter(script.segments.size(), false);
    for (const Chapter& c : script.chapters)
        if (c.first_segment < starts_chapter.size()) starts_chapter[c.first_segment] = true;

    std::vector<Part> parts;
    Part part;
    std::size_t bytes = 0;
    auto cut = [&](std::size_t segment, std::size_t at) {
        part.end = segment + 1;
        part.to = at;
        parts.push_back(part);
        // The next part starts where this one ends: past the end of a segment, at the next.
        bool whole = at == script.segments[segment].text.size();
        part = Part{whole ? segment + 1 : segment, 0, whole ? 0 : at, 0};
        bytes = 0;
    };
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        if (starts_chapter[i] && i > part.first) cut(i - 1, script.segments[i - 1].text.size());
        const Segment& s = script.segments[i];
        std::vector<Piece> pieces = spoken_pieces(script, s);
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            // A sentence as long as a part starts one: what comes before it (an edit there
            // included) never decides which part it is in, so it stays cached.
            if (bytes > 0 && pieces[p].second - pieces[p].first >= size) {
                if (p > 0) cut(i, pieces[p].first);
                else cut(i - 1, script.segments[i - 1].text.size());  // bytes > 0: i is not the part's first
            }
            bytes += pieces[p].second - pieces[p].first;
            bool last_piece = p + 1 == pieces.size();
            if (last_piece && i + 1 == script.segments.size()) break;  // the last part ends here anyway
            std::string_view sentence(s.text.data() + pieces[p].first, pieces[p].second - pieces[p].first);
            bool here = bytes >= kMaxPartBytes || (bytes >= size / 2 && text_hash(sentence) % every == 0);
            // A part that ends inside a segment ends between two of its pieces: the next piece's
            // start, so the white space between them is spoken by neither.
            if (here) cut(i, last_piece ? s.text.size() : pieces[p + 1].first);
        }
    }
    if (part.first < script.segments.size()) {
        part.end = script.segments.size();
        part.to = script.segments.back().text.size();
        parts.push_back(part);
    }
    return parts;
}

}  // namespace narrate
