#include "core/script_ssml.h"

#include <cmath>
#include <sstream>

namespace narrate {

std::string xml_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    out += ' ';
                } else if (c == 0xEF && i + 2 < text.size() &&
                           static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                           (static_cast<unsigned char>(text[i + 2]) == 0xBE ||
                            static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
                    out += ' ';  // U+FFFE and U+FFFF are not XML characters either
                    i += 2;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out;
}

std::string script_to_ssml(const Script& script) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\""
        << xml_escape(script.language) << "\">\n";
    if (!script.title.empty())
        out << "  <meta name=\"title\" content=\"" << xml_escape(script.title) << "\"/>\n";
    std::size_t next_chapter = 0;
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        const Segment& s = script.segments[i];
        while (next_chapter < script.chapters.size() &&
               script.chapters[next_chapter].first_segment <= i) {
            out << "  <mark name=\"chapter-" << next_chapter << "\"/>\n";
            ++next_chapter;
        }
        const VoiceSettings& v = script.voice(s.voice);
        // SSML rates are relative: 100% is the engine's default of 175 words a minute.
        long rate_percent = std::lround(v.rate_wpm * 100.0 / 175.0);
        out << "  <mark name=\"segment-" << i << "\"/>";
        out << "<voice name=\"" << xml_escape(v.espeak_name()) << "\"><prosody rate=\""
            << rate_percent << "%\">" << xml_escape(s.text) << "</prosody></voice>";
        if (s.pause_after_ms > 0) out << "<break time=\"" << s.pause_after_ms << "ms\"/>";
        out << "\n";
    }
    out << "</speak>\n";
    return out.str();
}

}  // namespace narrate
