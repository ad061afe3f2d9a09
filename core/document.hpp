#pragma once
// What every exported document shares: UTF-8 JSON of at most 5 MB, opening with format, version,
// exported_at and program. Reading checks those before anything else, the same way for every format.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"
#include "result.hpp"

namespace ln {

inline constexpr std::size_t kMaxImportBytes = 5 * 1024 * 1024;
// import.too_large for a file of `size` bytes (its real size, also when only the start of it was read).
Message too_large(std::uint64_t size);

struct OpenedDocument {
    Json doc;                  // migrated to the current version when `errors` is empty
    int version = 0;           // the version the file was written in
    std::vector<Error> errors;
    bool ok() const { return errors.empty(); }
};

using Migration = void (*)(Json&);

// The opening every exported document shares, in this order: format, version, exported_at, program.
// Callers add their own fields after it (ordered_json keeps the order, so files diff well).
nlohmann::ordered_json begin_document(std::string_view format, int version, std::string_view exported_at,
                                      std::string_view program_id);

// Errors: import.too_large, import.invalid_utf8, json.invalid, json.wrong_type (not an object),
// json.missing / format.unknown (format), format.newer / format.too_old (version). `migrations[i]`
// upgrades version i+1 to i+2.
OpenedDocument open_document(std::string_view bytes, std::string_view format, int current_version,
                             const std::vector<Migration>& migrations);

}  // namespace ln
