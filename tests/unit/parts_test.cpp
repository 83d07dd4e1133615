#include "core/parts.h"
#include "core/limits.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace narrate;

namespace {

/// A script of `n` paragraphs of about 150 bytes, a chapter every 20, as build_script makes
/// them: the pause after a paragraph's last segment is long enough to end a part.
Script paragraphs(int n, const std::string& edit_at_10 = "") {
    Script s;
    for (int i = 0; i < n; ++i) {
        if (i % 20 == 0) s.chapters.push_back({"Chapter " + std::to_string(i / 20), 1, s.segments.size()});
        Segment seg;
        seg.text = "Paragraph " + std::to_string(i) + " tells how the reading room stayed open " +
                   "through the night, and how the readers came with lamps and notebooks and tea.";
        if (i == 10) seg.text += edit_at_10;
        seg.pause_after_ms = 550;
        s.segments.push_back(seg);
    }
    return s;
}

/// The parts as the texts they hold: what the render cache knows them by.
std::set<std::string> contents(const Script& s, const std::vector<Part>& parts) {
    std::set<std::string> out;
    for (Part p : parts) {
        std::string text;
        for (std::size_t i = p.first; i < p.end; ++i) {
            auto [a, b] = p.slice(s, i);
            text += s.segments[i].text.substr(a, b - a) + "|";
        }
        out.insert(text);
    }
    return out;
}

}  // namespace

TEST_CASE("parts cover the script in order, start at every chapter and stay bounded") {
    Script s = paragraphs(100);
    std::vector<Part> parts = plan_parts(s);
    REQUIRE(!parts.empty());
    CHECK(parts.front().first == 0);
    CHECK(parts.back().end == s.segments.size());
    for (std::size_t i = 1; i < parts.size(); ++i) {
        // Each part starts where the one before ends: at the next segment, or inside the same.
        const Part& before = parts[i - 1];
        if (before.ends(s, before.end - 1)) {
            CHECK(parts[i].first == before.end);
            CHECK(parts[i].from == 0);
        } else {
            CHECK(parts[i].first == before.end - 1);
            CHECK(parts[i].from == before.to);
        }
    }
    std::set<std::size_t> starts;
    for (Part p : parts) {
        if (p.from == 0) starts.insert(p.first);
        std::size_t bytes = 0;
        for (std::size_t i = p.first; i < p.end; ++i) bytes += p.slice(s, i).second - p.slice(s, i).first;
        CHECK(bytes < kMaxPartBytes + 200);  // a part ends at the sentence that reaches the maximum
    }
    for (const Chapter& c : s.chapters) CHECK(starts.count(c.first_segment) == 1);
    CHECK(parts.size() > 5);  // 15,000 bytes: not one part
    CHECK(plan_parts(s) == parts);  // the same script, the same parts
}

TEST_CASE("an edit moves only the parts around it") {
    Script before = paragraphs(60);
    Script after = paragraphs(60, " A sentence added later.");
    std::set<std::string> a = contents(before, plan_parts(before)), b = contents(after, plan_parts(after));
    std::size_t kept = 0;
    for (const std::string& part : b) kept += a.count(part);
    CHECK(b.size() - kept >= 1);
    CHECK(b.size() - kept <= 2);
}

TEST_CASE("short scripts get parts of a sentence or two, books larger ones") {
    CHECK(part_size(5'000) == kSmallestPart);
    CHECK(part_size(20'000) == 512);
    CHECK(part_size(900'000) == kLargestPart);
    // A book of sentences of many lengths: parts average about one and a half part sizes, and
    // an edit in the middle changes three parts at most, however long the book.
    auto book = [](const std::string& edit) {
        Script s;
        s.chapters.push_back({"One", 1, 0});
        for (int i = 0; i < 400; ++i) {
            Segment seg;
            for (int k = 0; k < 6; ++k)
                seg.text += "Sentence " + std::to_string(i * 6 + k) + std::string(static_cast<std::size_t>(20 + (i * 7 + k * 13) % 140), 'x') + ". ";
            if (i == 200) seg.text += edit;
            seg.text.pop_back();
            seg.pause_after_ms = 550;
            s.segments.push_back(seg);
        }
        return s;
    };
    Script before = book(""), after = book("An added sentence, " + std::string(300, 'y') + ". ");
    std::vector<Part> parts = plan_parts(before);
    std::size_t bytes = 0;
    for (const Segment& seg : before.segments) bytes += seg.text.size();
    REQUIRE(part_size(bytes) == kLargestPart);
    CHECK(bytes / parts.size() > kLargestPart);
    CHECK(bytes / parts.size() < 2 * kLargestPart);
    std::set<std::string> a = contents(before, parts), b = contents(after, plan_parts(after));
    std::size_t kept = 0;
    for (const std::string& part : b) kept += a.count(part);
    CHECK(b.size() - kept >= 1);
    CHECK(b.size() - kept <= 3);
}

TEST_CASE("a part ends between sentences, inside a segment too, unless a sentence is too long") {
    Script s = paragraphs(30);
    for (Segment& seg : s.segments) seg.text += " It was quiet. The lamps were low.";
    for (Part p : plan_parts(s)) {
        auto [a, b] = p.slice(s, p.end - 1);
        const std::string& last = s.segments[p.end - 1].text;
        // Each part ends after a sentence: at the end of a segment, or where the next begins.
        std::string_view before = std::string_view(last).substr(0, b);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        CHECK(before.back() == '.');
        CHECK(a < b);
    }
    Script one;
    Segment seg;
    for (int i = 0; i < 1000; ++i) seg.text += "word ";  // 5,000 bytes and no sentence end
    one.segments.push_back(seg);
    std::vector<Part> parts = plan_parts(one);
    CHECK(parts.size() >= 2);
    for (Part p : parts) {
        auto [a, b] = p.slice(one, 0);
        CHECK(b - a <= kMaxPartBytes + kMaxSpokenBytes);
    }
}

TEST_CASE("the engine is not told a sentence ends at a period that belongs to its word") {
    const std::string text = "Said Dr. Lena Ortiz (D-Md.) of the U.S. Forest Service at 5 p.m.";
    std::string heard = engine_text(text);
    CHECK(heard == "Said Dr  Lena Ortiz (D-Md ) of the U.S  Forest Service at 5 p.m.");
    CHECK(heard.size() == text.size());  // byte for byte: the engine's offsets are the text's
    CHECK(engine_text("It ended at 5 p.m. ") == "It ended at 5 p.m. ");
    CHECK(engine_text("Prices rose 2.5 per cent, Inc. said.") == "Prices rose 2.5 per cent, Inc. said.");
}

TEST_CASE("asterisks marking emphasis are not spoken, one standing alone is") {
    std::string text = "It was *never* the **plan**, she said*. Add 5 * 3.";
    std::string heard = engine_text(text);
    CHECK(heard == "It was  never  the   plan  , she said . Add 5 * 3.");
    CHECK(heard.size() == text.size());
    CHECK(engine_text("*Árvíz* came") == " Árvíz  came");
    CHECK(engine_text("“*Now!*” he said.") == "“ Now! ” he said.");
    CHECK(engine_text("Add 5*3.") == "Add 5*3.");
}

TEST_CASE("a sentence as long as a part starts one, so an edit before it renders it again only once") {
    // A short article: parts of a sentence or two. A short line before a long sentence grows
    // past half a part with an edit; the long sentence must not move into another part.
    auto article = [](const std::string& edit) {
        Script s;
        for (int i = 0; i < 30; ++i) {
            Segment seg;
            seg.text = i % 2 == 0 ? "the report said." + (i == 14 ? edit : std::string())
                                  : "Paragraph " + std::to_string(i) + " tells at length how the reading room stayed " +
                                        "open through the night, and how the readers came with lamps and notebooks, " +
                                        "and how the keepers brought them tea.";
            seg.pause_after_ms = 550;
            s.segments.push_back(seg);
        }
        return s;
    };
    Script before = article(""), after = article(" A sentence that was added later on, after the first render.");
    REQUIRE(part_size(3'000) == kSmallestPart);
    std::set<std::string> a = contents(before, plan_parts(before)), b = contents(after, plan_parts(after));
    std::size_t kept = 0;
    for (const std::string& part : b) kept += a.count(part);
    CHECK(b.size() - kept == 1);
    for (Part p : plan_parts(after))
        for (std::size_t i = p.first; i < p.end; ++i)
            if (i % 2 == 1) CHECK(p.slice(after, i).first == 0);  // never the tail of another part
}
