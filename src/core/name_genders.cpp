#include "core/name_genders.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/words.h"

namespace narrate {

FirstNames parse_first_names(std::string_view text) {
    FirstNames names;
    while (!text.empty()) {
        std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) continue;
        std::string_view g = line.substr(tab + 1);
        Gender gender = g == "female" ? Gender::female : g == "male" ? Gender::male : Gender::unknown;
        if (gender == Gender::unknown) continue;
        std::string name(line.substr(0, tab));
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        names.gender_of[name] = gender;
    }
    return names;
}

Gender gender_of_first_name(const FirstNames& names, std::string_view lower) {
    auto found = names.gender_of.find(std::string(lower));
    return found == names.gender_of.end() ? Gender::unknown : found->second;
}

Gender gender_of_title(std::string_view lower) {
    static constexpr std::array<std::string_view, 34> kFemale = {
        "mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "mme.", "lady", "dame",
        "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman",
        "businesswoman", "queen", "princess", "duchess", "countess", "sister", "mother", "aunt",
        "wife", "girl", "woman", "daughter", "niece", "grandmother", "widow", "actress",
        "mistress", "nun", "heroine"};
    static constexpr std::array<std::string_view, 32> kMale = {
        "mr.", "mr", "sir", "lord", "spokesman", "chairman", "congressman", "councilman",
        "assemblyman", "businessman", "king", "prince", "duke", "earl", "baron", "father",
        "brother", "uncle", "husband", "boy", "man", "gentleman", "son", "nephew",
        "grandfather", "widower", "actor", "master", "monk", "hero", "messrs.", "fellow"};
    if (in(kFemale, lower)) return Gender::female;
    if (in(kMale, lower)) return Gender::male;
    return Gender::unknown;
}

Gender gender_of_pronoun(std::string_view lower) {
    if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself")
        return Gender::female;
    if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return Gender::male;
    return Gender::unknown;
}

}  // namespace narrate
