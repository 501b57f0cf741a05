#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// The words of a name or a title, for comparing them: runs of letters and digits, ASCII
// lowercased. Letters beyond ASCII ("Ekström", "渡辺") stay part of their word, while
// punctuation, symbols and emoji of any script separate words, so "@ana.ruiz", "Ana Ruiz" and
// "ANA_RUIZ ✅" all give {"ana", "ruiz"}.
std::vector<std::string> split_words(std::string_view text);

// `text` from its first letter or digit to its last, in any script: "✅ Zoë Ålund." gives
// "Zoë Ålund". Empty when it has none.
std::string_view between_words(std::string_view text);

// The words joined by single spaces.
std::string joined_words(const std::vector<std::string>& words);

}  // namespace pm
