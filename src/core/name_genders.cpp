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

namespace {

/// The gender the words of rank, family and standing show, "the businessman" and "the
/// spokeswoman" among them: a report calls a person it has named by those.
Gender gender_of_listed_title(std::string_view lower) {
    static constexpr auto kFemale = std::to_array<std::string_view>(
        {"mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "mme.", "lady", "dame", "queen",
         "princess", "duchess", "countess", "sister", "mother", "aunt", "girl", "woman",
         "daughter", "niece", "grandmother", "widow", "actress", "mistress", "nun", "heroine",
         "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman",
         "businesswoman"});
    static constexpr auto kMale = std::to_array<std::string_view>(
        {"mr.", "mr", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father",
         "brother", "uncle", "husband", "boy", "man", "gentleman", "son", "nephew", "grandfather",
         "widower", "actor", "master", "monk", "hero", "messrs.", "fellow", "spokesman",
         "chairman", "congressman", "councilman", "assemblyman", "businessman"});
    if (in(kFemale, lower)) return Gender::female;
    if (in(kMale, lower)) return Gender::male;
    return Gender::unknown;
}

/// The gender a word of work made with "man", "woman" or "wife" shows: "foreman",
/// "policewoman", "housewife".
Gender gender_of_compound(std::string_view lower) {
    // Words that end in "man" and name no man.
    static constexpr auto kNotMen =
        std::to_array<std::string_view>({"human", "german", "roman", "shaman", "ottoman", "talisman"});
    if (lower.ends_with("woman") || lower.ends_with("wife")) return Gender::female;
    if (lower.ends_with("man") && !in(kNotMen, lower)) return Gender::male;
    return Gender::unknown;
}

}  // namespace

Gender gender_of_title(std::string_view lower) {
    Gender listed = gender_of_listed_title(lower);
    return listed != Gender::unknown ? listed : gender_of_compound(lower);
}

bool is_calling_by_gender(std::string_view lower) {
    return gender_of_listed_title(lower) == Gender::unknown &&
           gender_of_compound(lower) != Gender::unknown;
}

Gender gender_of_pronoun(std::string_view lower) {
    if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself")
        return Gender::female;
    if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return Gender::male;
    return Gender::unknown;
}

}  // namespace narrate
