// laeringsnettverk: the command line for KS staff and scripts.
//   laeringsnettverk fee <population> [--json] [--lang nb|en]
//   laeringsnettverk validate FILE…            exit 0 all ready, 1 findings (errors), 2 a file unreadable
//   laeringsnettverk intake DIR --csv OUT.csv  one row per enrollment file, totals last
// Exit codes otherwise: 0 done, 2 bad input or usage.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "bundled.hpp"
#include "enrollment_format.hpp"
#include "fee_text.hpp"
#include "intake.hpp"
#include "numbers.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kFindings = 1;
constexpr int kBadInput = 2;

// Reads a file, but never more than one byte past what an import accepts: a huge file is refused
// without being loaded.
ln::IntakeFile read_file(const std::filesystem::path& path) {
    ln::IntakeFile f;
    f.name = path.filename().string();
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path)) {
        f.read_error = ln::Message{"cli.io_error", {}};
        return f;
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    f.bytes.resize(ec ? ln::kMaxImportBytes + 1 : std::min<std::uintmax_t>(size, ln::kMaxImportBytes + 1));
    in.read(f.bytes.data(), static_cast<std::streamsize>(f.bytes.size()));
    f.bytes.resize(static_cast<std::size_t>(in.gcount()));
    return f;
}

int validate_command(const ln::Bundled& data, const ln::Catalog& cat, const std::vector<std::string_view>& files) {
    if (files.empty()) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    int code = kOk;
    for (auto name : files) {
        auto f = read_file(std::filesystem::path(std::string(name)));
        f.name = std::string(name);
        if (f.read_error) {
            std::printf("%s\n", cat.text("cli.validate.unreadable", {{"file", f.name}, {"message", cat.text(*f.read_error)}}).c_str());
            code = kBadInput;
            continue;
        }
        auto imported = ln::import_enrollment(f.bytes);
        if (!imported.ok()) {
            for (const auto& e : imported.errors)
                std::printf("%s\n", cat.text("cli.validate.unreadable", {{"file", f.name}, {"message", cat.describe(e)}}).c_str());
            code = kBadInput;
            continue;
        }
        const auto findings = ln::validate(imported.document->enrollment, data.program);
        for (const auto& x : findings)
            std::printf("%s\n", cat.text("cli.validate.finding",
                                         {{"file", f.name},
                                          {"severity", cat.text(x.severity == ln::Severity::Error ? "csv.error" : "csv.warning")},
                                          {"path", x.path},
                                          {"message", cat.text(x.message)}})
                                    .c_str());
        if (ln::ready_to_send(findings)) std::printf("%s\n", cat.text("cli.validate.ok", {{"file", f.name}}).c_str());
        else if (code == kOk) code = kFindings;
    }
    return code;
}

int intake_command(const ln::Bundled& data, const ln::Catalog& cat, const std::vector<std::string_view>& args) {
    std::string dir, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--csv" && i + 1 < args.size()) out = std::string(args[++i]);
        else if (dir.empty()) dir = std::string(args[i]);
        else dir.clear(), i = args.size();
    }
    if (dir.empty() || out.empty() || !std::filesystem::is_directory(dir)) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    std::vector<ln::IntakeFile> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".json") files.push_back(read_file(entry.path()));
    if (files.empty()) {
        std::fprintf(stderr, "%s\n", cat.text("cli.no_files", {{"dir", dir}}).c_str());
        return kBadInput;
    }
    const auto intake = ln::take_in(std::move(files), data.program);
    const std::string csv = ln::intake_csv(intake, cat);
    const std::string tmp = out + ".tmp";
    {
        std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
        o.write(csv.data(), static_cast<std::streamsize>(csv.size()));
        if (!o.flush()) {
            std::fprintf(stderr, "%s: %s\n", tmp.c_str(), cat.text("cli.io_error").c_str());
            return kBadInput;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, out, ec);
    if (ec) {
        std::fprintf(stderr, "%s: %s\n", out.c_str(), ec.message().c_str());
        return kBadInput;
    }
    std::printf("%s\n", cat.text("cli.intake.done", {{"rows", std::to_string(intake.rows.size())},
                                                     {"ready", std::to_string(intake.ready)},
                                                     {"errors", std::to_string(intake.with_errors)},
                                                     {"unreadable", std::to_string(intake.unreadable)},
                                                     {"total", ln::format_kroner(intake.total_fee)},
                                                     {"out", out}})
                           .c_str());
    return kOk;  // the flags are in the CSV; nothing is dropped
}

int fee_command(const ln::Bundled& data, const ln::Catalog& cat, const std::vector<std::string_view>& args) {
    bool as_json = false;
    std::vector<std::string_view> positional;
    for (auto a : args) {
        if (a == "--json") as_json = true;
        else positional.push_back(a);
    }
    if (positional.size() != 1) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    auto q = ln::quote(data.program.fees, positional[0]);
    if (!q) {
        std::fprintf(stderr, "%s\n", cat.text(q.error().message).c_str());
        return kBadInput;
    }
    const auto count = data.program.fees.brackets().size();
    if (as_json) {
        nlohmann::ordered_json out;
        out["program"] = data.program.id;
        out["population"] = q->population;
        out["bracket"] = {{"number", q->index + 1}, {"of", count}, {"min", q->bracket.min},
                          {"max", q->bracket.max ? nlohmann::ordered_json(*q->bracket.max) : nlohmann::ordered_json()}};
        out["fee"] = q->fee;
        out["currency"] = "NOK";
        out["fee_per_inhabitant"] = static_cast<double>(q->fee_per_inhabitant_ore) / 100.0;
        if (q->next)
            out["next_bracket"] = {{"number", q->next->index + 1},
                                   {"from", q->population + q->next->inhabitants_away},
                                   {"inhabitants_away", q->next->inhabitants_away},
                                   {"fee", q->next->fee}};
        else
            out["next_bracket"] = nullptr;
        std::printf("%s\n", out.dump(2).c_str());
        return kOk;
    }
    std::printf("%s\n", ln::quote_summary(cat, q.value()).c_str());
    std::printf("%s\n", cat.text("fee.bracket", {{"bracket", std::to_string(q->index + 1)},
                                         {"count", std::to_string(count)},
                                         {"range", ln::bracket_range(cat, q->bracket, q->index == 0)}})
                    .c_str());
    std::printf("%s\n", ln::quote_per_inhabitant(cat, q.value()).c_str());
    std::printf("%s\n", ln::quote_next(cat, q.value()).c_str());
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    auto data = ln::load_bundled();
    if (!data) {
        std::fprintf(stderr, "laeringsnettverk: broken built-in data: %s %s\n", data.error().path.c_str(),
                     data.error().message.key.c_str());
        return 1;
    }
    std::vector<std::string_view> args(argv + 1, argv + argc);
    std::string lang = "nb";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            lang = std::string(args[i + 1]);
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
            break;
        }
    }
    const ln::Catalog& cat = data->catalog(lang);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fprintf(args.empty() ? stderr : stdout, "%s\n", cat.text("cli.usage").c_str());
        return args.empty() ? kBadInput : kOk;
    }
    if (args[0] == "fee") return fee_command(data.value(), cat, {args.begin() + 1, args.end()});
    if (args[0] == "validate") return validate_command(data.value(), cat, {args.begin() + 1, args.end()});
    if (args[0] == "intake") return intake_command(data.value(), cat, {args.begin() + 1, args.end()});
    std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
    return kBadInput;
}
