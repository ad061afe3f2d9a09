#pragma once
// The case book as a file: ks.laeringsnettverk.casebook, version 1 (assets/schema/casebook.schema.json),
// the same rules as the other formats (document.hpp). Topic notes are stored with the topic's text, so a
// reader sees what each note answers even without the program.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "case_book.hpp"
#include "document.hpp"
#include "program.hpp"

namespace ln {

inline constexpr std::string_view kCaseBookFormat = "ks.laeringsnettverk.casebook";
inline constexpr int kCaseBookVersion = 1;

nlohmann::ordered_json case_book_document(const CaseBook& book, const Program& program, std::string_view exported_at);
std::string export_case_book(const CaseBook& book, const Program& program, std::string_view exported_at);

struct CaseBookImport {
    std::optional<CaseBook> book;
    std::string program;  // the program id the file was written for
    std::vector<Error> errors;
    bool ok() const { return book.has_value(); }
};

// Takes any bytes; the book is fitted to `program` (missing gatherings, topics, outcomes added empty).
CaseBookImport import_case_book(std::string_view bytes, const Program& program);

// File names, ASCII only: "arbeidsbok-3024-baerum" + extension (".json", ".html", ".md").
std::string case_book_file_name(std::string_view municipality_number, std::string_view municipality_name,
                                std::string_view extension);

}  // namespace ln
