#include "identifiers.hpp"

#include <cstdint>

namespace ln {

namespace {

std::string digits_only(std::string_view text, bool& other) {
    std::string d;
    other = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') d += c;
        else if (c != ' ') other = true;
    }
    return d;
}

}  // namespace

std::optional<std::string> normalize_orgnr(std::string_view text) {
    bool other = false;
    std::string d = digits_only(text, other);
    if (other || d.size() != 9) return std::nullopt;
    return d;
}

bool valid_orgnr(std::string_view text) {
    auto d = normalize_orgnr(text);
    if (!d) return false;
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += ((*d)[static_cast<std::size_t>(i)] - '0') * weights[i];
    const int r = sum % 11;
    if (r == 1) return false;
    const int check = r == 0 ? 0 : 11 - r;
    return (*d)[8] - '0' == check;
}

bool valid_municipality_number(std::string_view text) {
    if (text.size() != 4) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

bool valid_email(std::string_view s) {
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    for (char c : s)
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '<' || c == '>') return false;
    const std::string_view domain = s.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.front() == '.' || domain.find("..") != std::string_view::npos)
        return false;
    const std::string_view tld = domain.substr(dot + 1);
    if (tld.size() < 2) return false;
    for (char c : tld)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
}

std::optional<std::string> normalize_phone(std::string_view text) {
    std::string_view s = text;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.substr(0, 3) == "+47") s.remove_prefix(3);
    else if (s.substr(0, 4) == "0047") s.remove_prefix(4);
    bool other = false;
    std::string d = digits_only(s, other);
    if (other || d.size() != 8) return std::nullopt;
    return d;
}

namespace {

// The length of the well-formed UTF-8 sequence at b[i], or 0 if there is none.
std::size_t utf8_sequence(std::string_view b, std::size_t i) {
    const auto c = static_cast<unsigned char>(b[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
    else return 0;
    for (std::size_t k = 1; k <= n; ++k) {
        if (i + k >= b.size()) return 0;
        const auto cc = static_cast<unsigned char>(b[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n + 1;
}

}  // namespace

bool valid_utf8(std::string_view b, std::size_t* bad_offset) {
    for (std::size_t i = 0; i < b.size();) {
        const std::size_t n = utf8_sequence(b, i);
        if (n == 0) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

std::string shown_file_name(std::string_view bytes) {
    const std::string valid = to_valid_utf8(bytes);
    std::string out;
    out.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
        // U+200E/F are E2 80 8E/8F, U+202A–E are E2 80 AA–AE, U+2066–9 are E2 81 A6–A9.
        if (i + 2 < valid.size() && static_cast<unsigned char>(valid[i]) == 0xE2) {
            const auto b1 = static_cast<unsigned char>(valid[i + 1]), b2 = static_cast<unsigned char>(valid[i + 2]);
            if ((b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
                out += "\xEF\xBF\xBD";
                i += 2;
                continue;
            }
        }
        out += valid[i];
    }
    return out;
}

std::string to_valid_utf8(std::string_view b) {
    if (valid_utf8(b)) return std::string(b);
    std::string out;
    out.reserve(b.size() + 8);
    for (std::size_t i = 0; i < b.size();) {
        const std::size_t n = utf8_sequence(b, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(b.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string ascii_slug(std::string_view name) {
    std::string out;
    bool dash = false;
    auto put = [&](std::string_view s) {
        if (dash && !out.empty()) out += '-';
        dash = false;
        out += s;
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(std::string(1, static_cast<char>(c)));
        else if (c >= 'A' && c <= 'Z') put(std::string(1, static_cast<char>(c - 'A' + 'a')));
        else if (c == 0xC3 && i + 1 < name.size()) {
            const auto d = static_cast<unsigned char>(name[++i]);
            switch (d) {
            case 0xA6: case 0x86: put("ae"); break;                       // æ Æ
            case 0xB8: case 0x98: put("o"); break;                        // ø Ø
            case 0xA5: case 0x85: case 0xA4: case 0x84: case 0xA0: case 0x80: case 0xA1: case 0x81: case 0xA2: case 0x82: put("a"); break;
            case 0xB6: case 0x96: case 0xB3: case 0x93: case 0xB2: case 0x92: case 0xB4: case 0x94: put("o"); break;
            case 0xA9: case 0x89: case 0xA8: case 0x88: case 0xAA: case 0x8A: put("e"); break;
            case 0xBC: case 0x9C: case 0xBA: case 0x9A: put("u"); break;
            case 0xAD: case 0x8D: put("i"); break;
            default: dash = true; break;
            }
        } else {
            dash = true;
            // Skip the rest of any other multi-byte character.
            while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) ++i;
        }
    }
    return out.empty() ? "uten-navn" : out;
}

std::string capped_file_stem(std::string stem) {
    if (stem.size() <= kMaxFileStem) return stem;
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (char c : stem) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    static constexpr char hex[] = "0123456789abcdef";
    std::string tag = "-";
    for (int shift = 20; shift >= 0; shift -= 4) tag += hex[(hash >> shift) & 0xF];
    std::size_t cut = kMaxFileStem - tag.size();
    if (const auto dash = stem.rfind('-', cut); dash != std::string::npos && dash >= cut / 2) cut = dash;
    stem.resize(cut);
    return stem + tag;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string printable_line(std::string_view text) {
    const std::string valid = to_valid_utf8(text);
    std::string out;
    out.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const auto c = static_cast<unsigned char>(valid[i]);
        const bool c1 = c == 0xC2 && i + 1 < valid.size() && static_cast<unsigned char>(valid[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(valid[i + 1]) <= 0x9F;
        if (c < 0x20 || c == 0x7F || c1) {
            out += "\xEF\xBF\xBD";
            if (c1) ++i;
        } else {
            out += valid[i];
        }
    }
    return out;
}

}  // namespace ln
