#include "audio/espeak_synthesizer.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>

#include <espeak-ng/speak_lib.h>

#include "core/utf8.h"
#include "io/error.h"
#include "io/output_file.h"

namespace narrate {
namespace {

std::atomic<bool> g_engine_exists{false};

/// What the callback needs while one text is spoken.
struct Utterance {
    AudioSink* out = nullptr;
    std::vector<SynthesisEvent>* events = nullptr;
    const std::vector<std::size_t>* byte_of_char = nullptr;  ///< code point index -> byte
    int sample_rate = 0;
    std::int64_t frames = 0;
    std::exception_ptr error;
};

std::size_t byte_offset(const Utterance& u, int char_position) {
    // eSpeak NG counts characters from 1.
    auto index = static_cast<std::size_t>(std::max(char_position - 1, 0));
    const auto& table = *u.byte_of_char;
    return index < table.size() ? table[index] : table.back();
}

extern "C" int on_audio(short* wav, int count, espeak_EVENT* events) {
    if (events == nullptr || events->user_data == nullptr) return 0;
    auto& u = *static_cast<Utterance*>(events->user_data);
    if (u.error) return 1;
    try {
        for (espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
            if (!u.events) break;
            SynthesisEvent ev;
            if (e->type == espeakEVENT_WORD)
                ev.type = SynthesisEvent::Type::word;
            else if (e->type == espeakEVENT_SENTENCE)
                ev.type = SynthesisEvent::Type::sentence;
            else if (e->type == espeakEVENT_MSG_TERMINATED)
                ev.type = SynthesisEvent::Type::end;
            else
                continue;
            ev.text_offset = byte_offset(u, e->text_position);
            if (e->type == espeakEVENT_WORD) {
                std::size_t end = byte_offset(u, e->text_position + e->length);
                ev.text_length = end > ev.text_offset ? end - ev.text_offset : 0;
            }
            ev.frame = e->sample;  // frames from the start of this text: sample-exact
            u.events->push_back(ev);
        }
        if (wav != nullptr && count > 0) {
            u.out->write_int16(std::span<const std::int16_t>(wav, static_cast<std::size_t>(count)));
            u.frames += count;
        }
    } catch (...) {
        u.error = std::current_exception();
        return 1;
    }
    return 0;
}

/// The text as eSpeak NG should see it: control characters (which it may read as commands or
/// as the end of the text) become spaces, byte for byte, so offsets stay the same.
std::string speakable(std::string_view text) {
    std::string s(text);
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return s;
}

std::vector<std::size_t> char_to_byte_table(const std::string& text) {
    std::vector<std::size_t> table;
    table.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!utf8::is_continuation(text[i])) table.push_back(i);
    table.push_back(text.size());
    return table;
}

/// The file of the installed voice that speaks `language` ("fr-fr"), or "" if none does. eSpeak
/// NG finds a voice by its file name ("fr", "en-US") but not by every language code it lists
/// ("fr-fr" is spoken by the file "fr"): those are looked up here, the voice that gives the
/// code the highest priority winning.
std::string voice_for_language(const std::string& language) {
    std::string best;
    int best_priority = 0;
    const espeak_VOICE** voices = espeak_ListVoices(nullptr);
    for (std::size_t i = 0; voices && voices[i]; ++i) {
        // languages: a priority byte, a language name and its NUL, again and again, then a 0.
        for (const char* p = voices[i]->languages; p && *p;) {
            int priority = *p++;
            std::string code = p;
            p += code.size() + 1;
            bool same = code.size() == language.size() &&
                        std::equal(code.begin(), code.end(), language.begin(),
                                   [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                               std::tolower(static_cast<unsigned char>(b)); });
            if (same && voices[i]->identifier && (best.empty() || priority < best_priority)) {
                best = voices[i]->identifier;
                best_priority = priority;
            }
        }
    }
    return best;
}

}  // namespace

EspeakSynthesizer::EspeakSynthesizer(const std::string& data_path) {
    if (g_engine_exists.exchange(true))
        throw Error(ExitCode::engine, "eSpeak NG: only one engine can run in a process");
    // The engine starts a thread of its own (its event queue, idle in synchronous mode), which
    // must leave interrupts to the main thread: it inherits the mask held here.
    InterruptsHeld held;
    sample_rate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200,
                                     data_path.empty() ? nullptr : data_path.c_str(), 0);
    held.release();
    if (sample_rate_ <= 0) {
        g_engine_exists = false;
        throw Error(ExitCode::engine,
                    "eSpeak NG: cannot start the engine (is espeak-ng-data installed?)");
    }
    espeak_SetSynthCallback(on_audio);
}

EspeakSynthesizer::~EspeakSynthesizer() {
    espeak_Terminate();
    g_engine_exists = false;
}

void EspeakSynthesizer::select(const VoiceSettings& voice) {
    std::string name = voice.espeak_name();
    if (name != current_voice_) {
        bool found = espeak_SetVoiceByName(name.c_str()) == EE_OK;
        if (!found) {
            std::string file = voice_for_language(voice.espeak);
            if (!file.empty())
                found = espeak_SetVoiceByName((voice.variant.empty() ? file : file + "+" + voice.variant).c_str()) == EE_OK;
        }
        if (!found) {
            current_voice_.clear();
            throw Error(ExitCode::engine, "eSpeak NG has no voice \"" + name +
                                              "\" (voice '" + voice.id +
                                              "'; `narrate voices` lists the installed ones)");
        }
        current_voice_ = name;
    }
    espeak_SetParameter(espeakRATE, voice.rate_wpm, 0);
    espeak_SetParameter(espeakPITCH, voice.pitch, 0);
    espeak_SetParameter(espeakRANGE, voice.pitch_range, 0);
}

void EspeakSynthesizer::check_voice(const VoiceSettings& voice) { select(voice); }

std::int64_t EspeakSynthesizer::synthesize(const VoiceSettings& voice, std::string_view text,
                                           AudioSink& out, std::vector<SynthesisEvent>* events) {
    select(voice);
    std::string input = speakable(text);
    std::vector<std::size_t> table = char_to_byte_table(input);
    Utterance u;
    u.out = &out;
    u.events = events;
    u.byte_of_char = &table;
    u.sample_rate = sample_rate_;
    // Plain UTF-8: no SSML, no [[phoneme]] input. The text is spoken as written.
    espeak_ERROR status = espeak_Synth(input.c_str(), input.size() + 1, 0, POS_CHARACTER, 0,
                                       espeakCHARS_UTF8, nullptr, &u);
    if (u.error) std::rethrow_exception(u.error);
    if (status != EE_OK)
        throw Error(ExitCode::engine, "eSpeak NG failed to speak a segment (status " +
                                          std::to_string(static_cast<int>(status)) + ")");
    return u.frames;
}

std::vector<InstalledVoice> EspeakSynthesizer::installed_voices() const {
    std::vector<InstalledVoice> list;
    const espeak_VOICE** voices = espeak_ListVoices(nullptr);
    for (const espeak_VOICE** v = voices; v && *v; ++v) {
        InstalledVoice iv;
        iv.name = (*v)->name ? (*v)->name : "";
        iv.identifier = (*v)->identifier ? (*v)->identifier : "";
        iv.gender = (*v)->gender;
        // languages: a priority byte, then a NUL-terminated tag, repeated; ends with a 0 byte.
        for (const char* p = (*v)->languages; p && *p;) {
            ++p;  // priority
            std::size_t len = std::strlen(p);
            if (!iv.languages.empty()) iv.languages += ", ";
            iv.languages.append(p, len);
            p += len + 1;
        }
        list.push_back(std::move(iv));
    }
    std::sort(list.begin(), list.end(),
              [](const InstalledVoice& a, const InstalledVoice& b) { return a.identifier < b.identifier; });
    return list;
}

std::string EspeakSynthesizer::engine_version() const {
    const char* path = nullptr;
    const char* version = espeak_Info(&path);
    return version ? version : "unknown";
}

}  // namespace narrate
