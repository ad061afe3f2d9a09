#pragma once
// The identifiers and contact details a sign-up carries, checked the way the registers define them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ln {

// Norwegian organisation number (Brønnøysundregistrene): 9 digits, the 9th a MOD11 check digit with
// weights 3,2,7,6,5,4,3,2; remainder 1 means no valid number exists. Spaces are allowed between digits.
bool valid_orgnr(std::string_view text);
// The digits of an organisation number without spaces ("935 478 715" → "935478715"), if it has 9 digits.
std::optional<std::string> normalize_orgnr(std::string_view text);

// Municipality number: 4 digits with a leading zero where needed.
bool valid_municipality_number(std::string_view text);

// A plausible e-mail address: one @, a local part, a domain with a dot and a top-level part of 2+
// letters, no spaces. (Whether it exists is for the mail server to say.)
bool valid_email(std::string_view text);

// Norwegian phone number: 8 digits, optionally after +47 or 0047, spaces allowed ("+47 934 57 137").
// Returns the 8 digits, or nothing.
std::optional<std::string> normalize_phone(std::string_view text);

// UTF-8 well-formed (no overlongs, no surrogates, nothing above U+10FFFF)? If not, where it breaks.
bool valid_utf8(std::string_view bytes, std::size_t* bad_offset = nullptr);
// The same bytes with every byte that is not part of a well-formed sequence replaced by U+FFFD «�» (a
// file name from a Latin-1 system, say), so the text can go into a UTF-8 file as it is.
std::string to_valid_utf8(std::string_view bytes);
// A line fit for a terminal: valid UTF-8 (to_valid_utf8), with every control character — C0, DEL and C1,
// tabs and line breaks too — as «�», so a name or note in a file can neither move the cursor, colour the
// terminal, set its title, nor split the line it is printed on.
std::string printable_line(std::string_view text);
// A file name as it may be shown: valid UTF-8 (as above) with the direction controls (U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069) made «�», so «pamelding\u202Enosj.exe» cannot show as another name.
std::string shown_file_name(std::string_view bytes);
// Text safe inside HTML elements and attribute values: & < > " escaped.
std::string escape_html(std::string_view text);

// Characters (code points) in UTF-8 text, as a person counts them.
std::size_t utf8_length(std::string_view text);

// How much text one field takes: a line (a name, an address) or a note (pages of it). Enough for any
// real use; beyond it a paste is refused with a message, so no field can make the work too large to save.
inline constexpr std::size_t kMaxLineChars = 1000;
inline constexpr std::size_t kMaxNoteChars = 100000;

// A file-name-safe ASCII form of a name: "Bærum" → "baerum", "Våler (Østfold)" → "valer-ostfold".
std::string ascii_slug(std::string_view name);

// A download's name before its extension, at most kMaxFileStem characters: browsers cancel downloads
// with very long names. A longer stem is cut at a dash and ends in six hex digits of the whole stem, so
// two long names that start alike still get different files.
inline constexpr std::size_t kMaxFileStem = 80;
std::string capped_file_stem(std::string stem);

}  // namespace ln
