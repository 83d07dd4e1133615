#pragma once
// eSpeak NG through its library API. The only file that includes eSpeak NG's headers.

#include <string>
#include <vector>

#include "audio/synthesizer.h"

namespace narrate {

/// An installed eSpeak NG voice.
struct InstalledVoice {
    std::string name;        ///< the voice's own name ("English (America)")
    std::string identifier;  ///< what --voices files name it by ("gmw/en-US")
    std::string languages;   ///< language tags it speaks, comma separated ("en-us, en")
    int gender = 0;          ///< 0 none, 1 male, 2 female, as eSpeak NG reports it
};

/// The eSpeak NG engine. eSpeak NG keeps one engine per process, so at most one of these may
/// exist at a time; constructing a second throws. Not thread-safe.
class EspeakSynthesizer final : public Synthesizer {
public:
    /// Starts the engine. `data_path` overrides where espeak-ng-data is found (empty: the
    /// default). Throws Error(ExitCode::engine) if it cannot start.
    explicit EspeakSynthesizer(const std::string& data_path = "");
    ~EspeakSynthesizer() override;
    EspeakSynthesizer(const EspeakSynthesizer&) = delete;
    EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

    [[nodiscard]] int sample_rate() const override { return sample_rate_; }
    std::int64_t synthesize(const VoiceSettings& voice, std::string_view text, AudioSink& out,
                            std::vector<SynthesisEvent>* events) override;

    /// Checks that eSpeak NG has `voice`; throws Error(ExitCode::engine) naming it if not.
    void check_voice(const VoiceSettings& voice);

    /// Every voice eSpeak NG has installed, sorted by identifier.
    [[nodiscard]] std::vector<InstalledVoice> installed_voices() const;

    /// eSpeak NG's version ("1.51").
    [[nodiscard]] std::string engine_version() const;

private:
    void select(const VoiceSettings& voice);

    int sample_rate_ = 0;
    std::string current_voice_;  ///< the eSpeak name last selected, to skip reselecting it
};

}  // namespace narrate
