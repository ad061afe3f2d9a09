#include "document.hpp"

#include "identifiers.hpp"
#include "numbers.hpp"

namespace ln {

nlohmann::ordered_json begin_document(std::string_view format, int version, std::string_view exported_at,
                                      std::string_view program_id) {
    nlohmann::ordered_json doc;
    doc["format"] = format;
    doc["version"] = version;
    doc["exported_at"] = exported_at;
    doc["program"] = program_id;
    return doc;
}

Message too_large(std::uint64_t size) {
    // Rounded up: a file one byte over the limit is not «5 120 KB» like the limit itself.
    return {"import.too_large", {{"size", format_number(static_cast<std::int64_t>((size + 1023) / 1024))},
                                 {"max", format_number(kMaxImportBytes / 1024)}}};
}

OpenedDocument open_document(std::string_view bytes, std::string_view format, int current_version,
                             const std::vector<Migration>& migrations) {
    OpenedDocument out;
    auto fail = [&](Error e) {
        out.errors.push_back(std::move(e));
        return std::move(out);
    };
    if (bytes.size() > kMaxImportBytes)
        return fail(Error{"", too_large(bytes.size())});
    std::size_t bad = 0;
    if (!valid_utf8(bytes, &bad)) return fail(make_error("import.invalid_utf8", {{"offset", std::to_string(bad)}}));
    auto parsed = parse_json(bytes);
    if (!parsed) return fail(parsed.error());
    out.doc = std::move(parsed.value());
    if (!out.doc.is_object()) return fail(wrong_type("object"));

    JsonReader top(out.doc, "");
    const std::string found = top.string("format");
    if (top.failed()) return fail(top.error());
    if (found != format) return fail(make_error("format.unknown", {{"format", found}}, "format"));
    const auto version = top.integer("version");
    if (top.failed()) return fail(top.error());
    if (version > current_version) return fail(make_error("format.newer", {{"version", std::to_string(version)}}, "version"));
    if (version < 1) return fail(make_error("format.too_old", {{"version", std::to_string(version)}}, "version"));
    out.version = static_cast<int>(version);
    // A format whose table lacks a step cannot read this version: say so rather than read past the table.
    if (migrations.size() < static_cast<std::size_t>(current_version - 1))
        return fail(make_error("format.too_old", {{"version", std::to_string(version)}}, "version"));
    for (auto v = version; v < current_version; ++v) migrations[static_cast<std::size_t>(v - 1)](out.doc);
    return out;
}

}  // namespace ln
