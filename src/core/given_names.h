#pragma once
// Given names that are the same name: a familiar form and the formal one ("Bill", "William").

#include <string_view>

namespace narrate {

/// True when two given names, as written, are the same name: equal, or a familiar English
/// form and its formal one ("Bill" and "William", "Jim" and "James", "Harry" and "Henry").
[[nodiscard]] bool same_given_name(std::string_view a, std::string_view b);

}  // namespace narrate
