#include "core/casting.h"
#include "core/name_genders.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace narrate;

TEST_CASE("roles inherit what they leave out from the narrator") {
    CastingParse p = parse_casting(R"(
paragraph_pause_ms = 400
[roles.narrator]
espeak = "en-gb"
variant = "m2"
rate_wpm = 160
[roles.quotation]
variant = "f3"
pitch = 70
[[pool]]
id = "first"
variant = "f1"
)", "test.toml");
    REQUIRE_FALSE(p.error);
    const Casting& c = p.casting;
    CHECK(c.paragraph_pause_ms == 400);
    CHECK(c.narrator.espeak_name() == "en-gb+m2");
    CHECK(c.title.espeak_name() == "en-gb+m2");
    CHECK(c.title.id == "title");
    CHECK(c.quotation.espeak_name() == "en-gb+f3");
    CHECK(c.quotation.rate_wpm == 160);
    REQUIRE(c.pool.size() == 1);
    CHECK(c.pool[0].id == "first");
    CHECK(c.pool[0].pitch == 70);  // pool voices start from the quotation voice
}

TEST_CASE("errors name the key and the allowed values") {
    CastingParse p = parse_casting("[roles.narrator]\nrate_wpm = 9000\n", "x.toml");
    REQUIRE(p.error);
    CHECK(p.error->find("roles.narrator.rate_wpm") != std::string::npos);
    CHECK(p.error->find("80 to 450") != std::string::npos);
}

TEST_CASE("TOML syntax errors give line and column") {
    CastingParse p = parse_casting("[roles.narrator\n", "x.toml");
    REQUIRE(p.error);
    CHECK(p.error->find("line 1") != std::string::npos);
}

TEST_CASE("a missing narrator is an error") {
    CHECK(parse_casting("[roles]\n", "x.toml").error);
}

TEST_CASE("the shipped default casting loads and gives quotations another voice") {
    std::ifstream in(NARRATE_SOURCE_VOICES_DIR "/default.toml");
    std::stringstream text;
    text << in.rdbuf();
    CastingParse p = parse_casting(text.str(), "default.toml");
    REQUIRE_FALSE(p.error);
    CHECK(p.casting.quotation.espeak_name() != p.casting.narrator.espeak_name());
    CHECK(p.casting.pool.size() >= 4);
    for (const VoiceSettings& v : p.casting.pool)
        CHECK(v.espeak_name() != p.casting.narrator.espeak_name());
}

namespace {
Casting pool_casting() {
    CastingParse p = parse_casting(R"(
[roles.narrator]
variant = "m3"
pitch = 45
gender = "male"
[[pool]]
id = "f1"
variant = "f2"
gender = "female"
[[pool]]
id = "m1"
variant = "m1"
gender = "male"
[[pool]]
id = "same-as-narrator"
variant = "m3"
pitch = 45
rate_wpm = 175
gender = "male"
)", "t.toml");
    REQUIRE_FALSE(p.error);
    return p.casting;
}
}  // namespace

TEST_CASE("speakers get pool voices matching their gender, never the narrator's") {
    Casting c = pool_casting();
    auto cast = cast_speakers({{"Ann", Gender::male}, {"Bo", Gender::female}}, c);
    REQUIRE(cast.size() == 2);
    CHECK(cast[0].id == "m1");
    CHECK(cast[1].id == "f1");
}

TEST_CASE("a neutral speaker takes the next unused voice, in pool order") {
    auto cast = cast_speakers({{"A", Gender::unknown}, {"B", Gender::unknown}}, pool_casting());
    CHECK(cast[0].id == "f1");
    CHECK(cast[1].id == "m1");
}

TEST_CASE("more speakers than voices: pitch and rate vary so every voice differs") {
    std::vector<CastMember> many(7, CastMember{"x", Gender::female});
    auto cast = cast_speakers(many, pool_casting());
    Casting c = pool_casting();
    for (std::size_t i = 0; i < cast.size(); ++i) {
        CHECK(cast[i].gender != Gender::male);
        CHECK_FALSE((cast[i].espeak_name() == c.narrator.espeak_name() &&
                     cast[i].pitch == c.narrator.pitch && cast[i].rate_wpm == c.narrator.rate_wpm));
        for (std::size_t j = 0; j < i; ++j)
            CHECK_FALSE((cast[i].espeak_name() == cast[j].espeak_name() &&
                         cast[i].pitch == cast[j].pitch && cast[i].rate_wpm == cast[j].rate_wpm));
    }
    CHECK(cast == cast_speakers(many, pool_casting()));  // deterministic
}

TEST_CASE("many speakers: every voice stays within a fifth of its pool voice's rate") {
    std::vector<CastMember> many(60, CastMember{"x", Gender::female});
    Casting c = pool_casting();
    for (const VoiceSettings& v : cast_speakers(many, c)) {
        const VoiceSettings* base = nullptr;
        for (const VoiceSettings& p : c.pool)
            if (v.id.rfind(p.id, 0) == 0) base = &p;
        REQUIRE(base != nullptr);
        CHECK(v.rate_wpm >= base->rate_wpm * 4 / 5);
        CHECK(v.rate_wpm <= base->rate_wpm * 6 / 5);
    }
}

TEST_CASE("--cast overrides by name: a pool id or an eSpeak NG voice") {
    Casting c = pool_casting();
    REQUIRE_FALSE(parse_cast_file("\"Ann Lee\" = \"f1\"\n\"Bo Ek\" = \"en-gb+m4\"\n", "c.toml", c));
    auto cast = cast_speakers({{"Ann Lee", Gender::male}, {"Bo Ek", Gender::unknown},
                               {"Cy", Gender::female}}, c);
    CHECK(cast[0].id == "f1");
    CHECK(cast[1].espeak_name() == "en-gb+m4");
    CHECK(cast[2].id != "f1");  // taken by the override
    auto bad = parse_cast_file("\"Ann\" = 3\n", "c.toml", c);
    REQUIRE(bad);
    CHECK(bad->find("Ann") != std::string::npos);
}

TEST_CASE("the shipped first-name table loads") {
    std::ifstream in(std::string(NARRATE_SOURCE_VOICES_DIR) + "/first-names.tsv");
    std::stringstream text;
    text << in.rdbuf();
    FirstNames n = parse_first_names(text.str());
    CHECK(gender_of_first_name(n, "jessica") == Gender::female);
    CHECK(gender_of_first_name(n, "matthew") == Gender::male);
    CHECK(gender_of_first_name(n, "claire") == Gender::female);
    CHECK(gender_of_first_name(n, "wesley") == Gender::male);
    // Familiar forms, as fiction writes them.
    CHECK(gender_of_first_name(n, "carrie") == Gender::female);
    CHECK(gender_of_first_name(n, "charley") == Gender::male);
    // Every name once, with one gender.
    std::size_t lines = 0;
    for (std::string line; std::getline(text, line);)
        if (!line.empty() && line[0] != '#') ++lines;
    CHECK(n.gender_of.size() == lines);
}

TEST_CASE("the article's language picks the eSpeak NG voice") {
    CHECK(espeak_voice_for_language("fr") == "fr-fr");
    CHECK(espeak_voice_for_language("fr-BE") == "fr-be");
    CHECK(espeak_voice_for_language("de-AT") == "de");
    CHECK(espeak_voice_for_language("es") == "es");
    CHECK(espeak_voice_for_language("es_MX") == "es-419");
    CHECK(espeak_voice_for_language("pt-BR") == "pt-br");
    CHECK(espeak_voice_for_language("zh-CN") == "cmn");
    CHECK(espeak_voice_for_language("en-GB") == "en-gb");
    CHECK(espeak_voice_for_language("tlh").empty());
}

TEST_CASE("a casting moves to the article's language and keeps its variants") {
    Casting c;
    c.narrator.espeak = "en-us";
    c.narrator.variant = "m3";
    c.quotation.espeak = "en-gb";
    c.quotation.variant = "f2";
    c.pool.push_back(c.quotation);
    Casting fr = cast_for_language(c, "fr");
    CHECK(fr.narrator.espeak == "fr-fr");
    CHECK(fr.narrator.variant == "m3");
    CHECK(fr.quotation.espeak_name() == "fr-fr+f2");
    CHECK(fr.pool[0].espeak == "fr-fr");
    // English stays as cast, accent included; an unknown language changes nothing.
    CHECK(cast_for_language(c, "en-AU") == c);
    CHECK(cast_for_language(c, "tlh") == c);
}

TEST_CASE("words of work made with man, woman or wife show a gender") {
    CHECK(gender_of_title("foreman") == Gender::male);
    CHECK(gender_of_title("policewoman") == Gender::female);
    CHECK(gender_of_title("housewife") == Gender::female);
    CHECK(gender_of_title("spokeswoman") == Gender::female);
    CHECK(gender_of_title("human") == Gender::unknown);
    CHECK(gender_of_title("shaman") == Gender::unknown);
    // Work, not standing: "the barman" is whoever serves, "the businessman" a person named.
    CHECK(is_calling_by_gender("barman"));
    CHECK_FALSE(is_calling_by_gender("businessman"));
    CHECK_FALSE(is_calling_by_gender("man"));
}
