#include "core/given_names.h"

#include <doctest/doctest.h>

using namespace narrate;

TEST_CASE("a familiar given name is the formal one") {
    CHECK(same_given_name("Bill", "William"));
    CHECK(same_given_name("William", "Bill"));
    CHECK(same_given_name("Jim", "Jem"));  // both James
    CHECK(same_given_name("Nance", "Nancy"));
    CHECK(same_given_name("Orla", "Orla"));
    CHECK_FALSE(same_given_name("Bill", "Robert"));
    CHECK_FALSE(same_given_name("John", "George"));
}
