#include "core/given_names.h"

#include <algorithm>
#include <array>
#include <utility>

namespace narrate {
namespace {

/// Familiar forms of English given names, each with its formal name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 52> kFamiliar = {{
    {"Bill", "William"},     {"Billy", "William"},     {"Will", "William"},
    {"Willie", "William"},   {"Bob", "Robert"},        {"Bobby", "Robert"},
    {"Rob", "Robert"},       {"Tom", "Thomas"},        {"Tommy", "Thomas"},
    {"Jim", "James"},        {"Jimmy", "James"},       {"Jem", "James"},
    {"Charley", "Charles"},  {"Charlie", "Charles"},   {"Dick", "Richard"},
    {"Ned", "Edward"},       {"Ted", "Edward"},        {"Teddy", "Edward"},
    {"Harry", "Henry"},      {"Hal", "Henry"},         {"Jack", "John"},
    {"Johnny", "John"},      {"Joe", "Joseph"},        {"Sam", "Samuel"},
    {"Ben", "Benjamin"},     {"Fred", "Frederick"},    {"Nick", "Nicholas"},
    {"Tony", "Anthony"},     {"Dan", "Daniel"},        {"Danny", "Daniel"},
    {"Mike", "Michael"},     {"Steve", "Stephen"},     {"Andy", "Andrew"},
    {"Lizzy", "Elizabeth"},  {"Lizzie", "Elizabeth"},  {"Eliza", "Elizabeth"},
    {"Beth", "Elizabeth"},   {"Betsy", "Elizabeth"},   {"Bess", "Elizabeth"},
    {"Meg", "Margaret"},     {"Peggy", "Margaret"},    {"Maggie", "Margaret"},
    {"Polly", "Mary"},       {"Molly", "Mary"},        {"Kitty", "Catherine"},
    {"Kate", "Catherine"},   {"Fanny", "Frances"},     {"Nancy", "Anne"},
    {"Nance", "Nancy"},      {"Sally", "Sarah"},       {"Jenny", "Jane"},
    {"Sukey", "Susan"},
}};

/// The formal name a familiar form stands for, or the name itself.
std::string_view formal(std::string_view name) {
    auto found = std::find_if(kFamiliar.begin(), kFamiliar.end(),
                              [&](const auto& pair) { return pair.first == name; });
    return found == kFamiliar.end() ? name : found->second;
}

}  // namespace

bool same_given_name(std::string_view a, std::string_view b) {
    if (a == b) return true;
    std::string_view fa = formal(a), fb = formal(b);
    // "Nance" is "Nancy", which is a form of "Anne": one step on either side.
    return fa == fb || fa == b || fb == a || formal(fa) == fb || fa == formal(fb);
}

}  // namespace narrate
