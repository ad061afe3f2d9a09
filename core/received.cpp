#include "received.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "document.hpp"
#include "enrollment_format.hpp"
#include "identifiers.hpp"
#include "municipalities.hpp"
#include "numbers.hpp"

namespace ln {

namespace {

// At most `max` bytes of valid UTF-8, cut at a character boundary.
std::string clipped(std::string_view s, std::size_t max) {
    std::string v = to_valid_utf8(s);
    if (v.size() <= max) return v;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(v[end]) & 0xC0) == 0x80) --end;
    v.resize(end);
    return v + "\xE2\x80\xA6";
}

constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxReasons = 5;  // of an unreadable file: the first says why, the rest rarely add much

std::vector<Error> kept_reasons(std::vector<Error> errors) {
    if (errors.size() > kMaxReasons) errors.resize(kMaxReasons);
    for (auto& e : errors) {
        e.path = clipped(e.path, 100);
        for (auto& [k, v] : e.message.params) v = clipped(v, 120);
    }
    return errors;
}

std::size_t size_of(const ReceivedFile& f) {
    std::size_t n = f.name.size() + f.received_at.size() + f.text.size() + f.digest.size() + 64;
    for (const auto& e : f.errors) {
        n += e.path.size() + e.message.key.size() + 32;
        for (const auto& [k, v] : e.message.params) n += k.size() + v.size() + 8;
    }
    return n;
}

std::string fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
    static const char* hex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
    return out;
}

// «pamelding.json», then «pamelding (2).json», «pamelding (3).json» …
std::string numbered(std::string_view name, int k) {
    if (k == 1) return std::string(name);
    const std::size_t dot = name.rfind('.');
    const std::size_t stem = dot == std::string_view::npos || dot == 0 ? name.size() : dot;
    return std::string(name.substr(0, stem)) + " (" + std::to_string(k) + ")" + std::string(name.substr(stem));
}

// A count as the texts show it: «1 000».
std::string count_text(std::size_t n) { return format_number(static_cast<std::int64_t>(n)); }

// Norwegian alphabetical order: case folded, and æ, ø, å after z in that order.
std::string sort_key(std::string_view text) {
    std::string folded = fold_for_search(text);
    std::string key;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (c == 0xC3 && i + 1 < folded.size()) {
            const auto d = static_cast<unsigned char>(folded[i + 1]);
            const char after_z = d == 0xA6 ? 1 : d == 0xB8 ? 2 : d == 0xA5 ? 3 : 0;  // æ ø å
            if (after_z) {
                key += '{';
                key += after_z;
                ++i;
                continue;
            }
        }
        key += static_cast<char>(c);
    }
    return key;
}

}  // namespace

std::size_t received_bytes(const std::vector<ReceivedFile>& desk) {
    std::size_t n = 0;
    for (const auto& f : desk) n += size_of(f);
    return n;
}

Receipt receive(std::vector<ReceivedFile>& desk, std::string_view name, std::string_view bytes,
                const std::optional<Message>& read_error, std::string_view received_at, std::uint64_t whole_size) {
    ReceivedFile file;
    file.received_at = std::string(received_at);
    if (read_error) {
        file.errors = kept_reasons({Error{"", *read_error}});
    } else if (bytes.size() > kMaxImportBytes && whole_size > bytes.size()) {
        file.errors = kept_reasons({Error{"", too_large(whole_size)}});  // as intake says it, with the real size
        file.digest = fnv1a(bytes);
    } else {
        auto imported = import_enrollment(bytes);
        if (imported.document) {
            file.text = std::string(bytes);
        } else {
            file.errors = kept_reasons(std::move(imported.errors));
            file.digest = fnv1a(bytes);
        }
    }
    const std::string own = clipped(shown_file_name(name.empty() ? std::string_view("?") : name), kMaxNameBytes);
    Receipt r;
    r.readable = !file.text.empty();
    for (int k = 1;; ++k) {
        const std::string candidate = numbered(own, k);
        auto it = std::find_if(desk.begin(), desk.end(), [&](const ReceivedFile& f) { return f.name == candidate; });
        if (it == desk.end()) {
            r.kind = k == 1 ? Receipt::Kind::Added : Receipt::Kind::Renamed;
            r.name = candidate;
            break;
        }
        if (it->text == file.text && it->errors == file.errors && it->digest == file.digest) {
            r.kind = Receipt::Kind::Same;
            r.name = candidate;
            return r;
        }
    }
    file.name = r.name;
    if (desk.size() >= kMaxReceivedFiles || received_bytes(desk) + size_of(file) > kMaxReceivedBytes) {
        r.kind = Receipt::Kind::Full;
        r.name = own;
        return r;
    }
    desk.push_back(std::move(file));
    return r;
}

Intake intake_of(const std::vector<ReceivedFile>& desk, const Program& program, const MunicipalityList& list) {
    IntakeBuilder b(program, list);
    for (const auto& f : desk) {
        if (!f.text.empty()) {
            b.add(IntakeFile{f.name, f.text, std::nullopt});
        } else {
            IntakeRow row;
            row.file = f.name;
            row.import_errors = f.errors;
            b.add(std::move(row));
        }
    }
    return std::move(b).finish();
}

RowState state_of(const IntakeRow& row) {
    if (!row.readable) return RowState::Unreadable;
    if (row.replaced_by) return RowState::Replaced;
    return row.errors == 0 ? RowState::Ready : RowState::Errors;
}

std::vector<std::size_t> desk_rows(const Intake& intake, DeskFilter filter, DeskOrder order) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < intake.rows.size(); ++i) {
        const RowState s = state_of(intake.rows[i]);
        const bool pass = filter == DeskFilter::All || (filter == DeskFilter::Ready && s == RowState::Ready) ||
                          (filter == DeskFilter::Problems && (s == RowState::Errors || s == RowState::Unreadable)) ||
                          (filter == DeskFilter::Replaced && s == RowState::Replaced);
        if (pass) out.push_back(i);
    }
    // Rows are in file-name order already: a stable sort keeps it for ties.
    const auto& rows = intake.rows;
    switch (order) {
    case DeskOrder::File: break;
    case DeskOrder::Municipality: {
        std::vector<std::string> keys(rows.size());
        for (std::size_t i : out) keys[i] = rows[i].name.empty() ? std::string("\x7F") : sort_key(rows[i].name);
        std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
        break;
    }
    case DeskOrder::Newest:
        std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
            return rows[a].exported_ms.value_or(LLONG_MIN) > rows[b].exported_ms.value_or(LLONG_MIN);
        });
        break;
    case DeskOrder::Fee:
        std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
            const auto fee = [](const IntakeRow& r) { return r.quote ? r.quote->fee : -1; };
            return fee(rows[a]) > fee(rows[b]);
        });
        break;
    }
    return out;
}

std::vector<BracketTotal> bracket_totals(const Intake& intake, const Program& program) {
    std::vector<BracketTotal> out;
    const auto& brackets = program.fees.brackets();
    for (std::size_t i = 0; i < brackets.size(); ++i) out.push_back({i, brackets[i], 0, 0});
    for (const auto& row : intake.rows) {
        if (!row.ready() || !row.quote || row.quote->per_inhabitant || row.quote->index >= out.size()) continue;
        ++out[row.quote->index].municipalities;
        out[row.quote->index].fees += row.quote->fee;
    }
    return out;
}

std::string desk_summary(const Catalog& cat, const Intake& intake) {
    return cat.text("desk.summary", {{"files", count_text(intake.rows.size())},
                                     {"ready", count_text(static_cast<std::size_t>(intake.ready))},
                                     {"errors", count_text(static_cast<std::size_t>(intake.with_errors))},
                                     {"unreadable", count_text(static_cast<std::size_t>(intake.unreadable))},
                                     {"replaced", count_text(static_cast<std::size_t>(intake.replaced))}});
}

void ReceiptCount::add(const Receipt& r) {
    if (r.kind == Receipt::Kind::Same) ++same;
    else if (r.kind == Receipt::Kind::Full) ++full, not_kept.push_back(r.name);
    else ++received;
}

std::string not_kept_said(const Catalog& cat, const ReceiptCount& c) {
    if (c.not_kept.empty()) return {};
    constexpr std::size_t kNamed = 20;  // a list anyone can read; the rest are counted
    std::string names;
    for (std::size_t i = 0; i < c.not_kept.size() && i < kNamed; ++i) names += (i ? ", " : "") + c.not_kept[i];
    if (c.not_kept.size() > kNamed)
        names = cat.text("desk.not_kept_more", {{"files", names}, {"count", count_text(c.not_kept.size() - kNamed)}});
    return cat.text("desk.not_kept", {{"files", names}});
}

std::string receipts_said(const Catalog& cat, const ReceiptCount& c, const Intake& intake) {
    return receipts_text(cat, c) + " " + desk_summary(cat, intake);
}

std::string receipts_text(const Catalog& cat, const ReceiptCount& c) {
    std::string out = cat.text("desk.received", {{"count", count_text(static_cast<std::size_t>(c.received))}});
    if (c.same > 0) out += " " + cat.text("desk.received_same", {{"count", count_text(static_cast<std::size_t>(c.same))}});
    if (c.full > 0)
        out += " " + cat.text("desk.full", {{"count", count_text(static_cast<std::size_t>(c.full))},
                                            {"max", count_text(kMaxReceivedFiles)}});
    return out;
}

std::string desk_csv_name(std::string_view now) {
    return "mottak-" + std::string(now.substr(0, std::min<std::size_t>(10, now.size()))) + ".csv";
}

}  // namespace ln
