#pragma once
// Whether a quotation is somebody's statement (read in their voice) or a quoted fragment,
// title or scare quote inside a narrated sentence (read by the narrator).

#include <string_view>

#include "core/quotes.h"
#include "core/speakers.h"

namespace narrate {

/// The role of `quote` in the paragraph `text` it was found in. A statement stands as a
/// sentence or clause of its own: it follows the start of the paragraph, a sentence end, a
/// colon, comma or dash, and is either closed by punctuation inside the marks ("We will win,")
/// or several words long; or it is a full punctuated sentence of six words or more wherever it
/// stands; or the whole object of a speech verb running to the sentence end (said that "we
/// will appeal."). A title-case title inside a sentence with no speech verb beside it, a markup
/// attribute value and anything else (she called the plan "a disaster"; the book "Doomed to
/// Succeed") is a mention. A quotation running on from the previous paragraph is a statement.
/// Unpunctuated words the narrated sentence runs on from (“we will fight” against the rule) and
/// a lower-case quotation after narrated words of its sentence are mentions unless a speech verb
/// introduces or follows them or they resume an interrupted quotation.
[[nodiscard]] QuoteRole role_of(std::string_view text, const Quote& quote);

}  // namespace narrate
