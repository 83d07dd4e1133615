#include "core/speakers.h"

namespace narrate {

Attribution attribute_speakers(const Article& /*article*/, const std::vector<Quote>& quotes) {
    Attribution result;
    result.speaker_of.assign(quotes.size(), std::nullopt);
    result.role.assign(quotes.size(), QuoteRole::statement);
    return result;
}

}  // namespace narrate
