#include "core/parts.h"

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
        for (std::size_t i = p.first; i < p.end; ++i) text += s.segments[i].text + "|";
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
    for (std::size_t i = 1; i < parts.size(); ++i) CHECK(parts[i].first == parts[i - 1].end);
    std::set<std::size_t> starts;
    for (Part p : parts) {
        starts.insert(p.first);
        std::size_t bytes = 0;
        for (std::size_t i = p.first; i < p.end; ++i) bytes += s.segments[i].text.size();
        CHECK(bytes < kMaxPartBytes + 200);  // a part ends at the segment that reaches the maximum
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

TEST_CASE("a part ends only where a long pause follows, unless it grows too long") {
    Script s = paragraphs(30);
    for (Segment& seg : s.segments) seg.pause_after_ms = 100;  // one long paragraph
    for (Part p : plan_parts(s)) {
        std::size_t bytes = 0;
        for (std::size_t i = p.first; i < p.end; ++i) bytes += s.segments[i].text.size();
        if (p.end < s.segments.size() && p.end % 20 != 0) CHECK(bytes >= kMaxPartBytes);
    }
}
