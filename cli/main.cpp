// laeringsnettverk: the command line for KS staff and scripts.
//   laeringsnettverk fee <population> [--json] [--lang nb|en]
//   laeringsnettverk validate FILE…            exit 0 all ready, 1 findings (errors), 2 a file unreadable
//   laeringsnettverk intake DIR --csv OUT.csv  one row per enrollment file, totals last
// Exit codes otherwise: 0 done, 2 bad input or usage.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "bundled.hpp"
#include "document.hpp"
#include "enrollment_format.hpp"
#include "fee_text.hpp"
#include "intake.hpp"
#include "numbers.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kFindings = 1;
constexpr int kBadInput = 2;

// Reads a file, but never more than one byte past what an import accepts: a huge file is refused (with its
// real size) without being loaded. Only regular files are read: opening a FIFO or a device named *.json
// must not block, so the file is opened without waiting and checked before anything is read.
ln::IntakeFile read_file(const std::filesystem::path& path) {
    ln::IntakeFile f;
    f.name = path.filename().string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        f.read_error = ln::Message{"cli.io_error", {}};
        return f;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        f.read_error = ln::Message{S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode) ? "cli.not_regular" : "cli.io_error", {}};
        ::close(fd);
        return f;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > ln::kMaxImportBytes) {
        f.read_error = ln::too_large(static_cast<std::uint64_t>(st.st_size));
        ::close(fd);
        return f;
    }
    // Room for the size fstat gave and one byte more, to see a file that grew meanwhile (never more than
    // the import limit + 1: a file grown past it is still refused).
    f.bytes.resize(std::min<std::size_t>(static_cast<std::size_t>(st.st_size) + 1, ln::kMaxImportBytes + 1));
    std::size_t got = 0;
    while (got < f.bytes.size()) {
        const ssize_t n = ::read(fd, f.bytes.data() + got, f.bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            f.read_error = ln::Message{"cli.io_error", {}};
            break;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
        if (got == f.bytes.size() && f.bytes.size() <= ln::kMaxImportBytes)
            f.bytes.resize(std::min<std::size_t>(f.bytes.size() * 2, ln::kMaxImportBytes + 1));
    }
    ::close(fd);
    f.bytes.resize(got);  // a file that grew while being read is still refused by the import's limit
    if (f.read_error) f.bytes.clear();
    return f;
}

bool is_json_name(const std::filesystem::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".json";
}

void print_findings(const ln::Catalog& cat, const std::string& file, const std::vector<ln::Finding>& findings) {
    for (const auto& x : findings)
        std::printf("%s\n", cat.text("cli.validate.finding",
                                     {{"file", file},
                                      {"severity", cat.text(x.severity == ln::Severity::Error ? "csv.error" : "csv.warning")},
                                      {"path", x.path},
                                      {"message", cat.text(x.message)}})
                                .c_str());
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
        const auto check = ln::check_received(*imported.document, data.program, data.municipalities);
        print_findings(cat, f.name, check.findings);
        if (ln::ready_to_send(check.findings)) std::printf("%s\n", cat.text("cli.validate.ok", {{"file", f.name}}).c_str());
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
    std::error_code ec;
    if (dir.empty() || out.empty() || !std::filesystem::is_directory(dir, ec)) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    // Names first (a folder listing is small), then one file at a time: memory does not grow with the files.
    std::vector<std::filesystem::path> paths;
    std::filesystem::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec))
        if (is_json_name(it->path())) paths.push_back(it->path());
    if (ec) {
        std::fprintf(stderr, "%s\n", cat.text("cli.dir_unreadable", {{"dir", dir}, {"reason", ec.message()}}).c_str());
        return kBadInput;
    }
    if (paths.empty()) {
        std::fprintf(stderr, "%s\n", cat.text("cli.no_files", {{"dir", dir}}).c_str());
        return kBadInput;
    }
    // Files are read and checked on every core (each worker holds one file at a time); the overview is
    // the same in any order, since finish() sorts by name.
    ln::IntakeBuilder builder(data.program, data.municipalities);
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::vector<ln::IntakeRow>> rows(workers);
    std::atomic<std::size_t> next{0};
    auto work = [&](std::size_t w) {
        for (std::size_t i; (i = next++) < paths.size();)
            rows[w].push_back(ln::take_in_file(read_file(paths[i]), data.program, data.municipalities));
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    for (auto& list : rows)
        for (auto& row : list) builder.add(std::move(row));
    const auto intake = std::move(builder).finish();
    const std::string csv = ln::intake_csv(intake, cat);
    const std::string tmp = out + ".tmp";
    {
        std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
        o.write(csv.data(), static_cast<std::streamsize>(csv.size()));
        if (!o.flush()) {
            std::fprintf(stderr, "%s: %s\n", tmp.c_str(), cat.text("cli.write_error").c_str());
            o.close();
            std::filesystem::remove(tmp, ec);
            return kBadInput;
        }
    }
    std::filesystem::rename(tmp, out, ec);
    if (ec) {
        std::fprintf(stderr, "%s: %s (%s)\n", out.c_str(), cat.text("cli.write_error").c_str(), ec.message().c_str());
        std::filesystem::remove(tmp, ec);
        return kBadInput;
    }
    std::printf("%s\n", cat.text("cli.intake.done", {{"rows", std::to_string(intake.rows.size())},
                                                     {"ready", std::to_string(intake.ready)},
                                                     {"errors", std::to_string(intake.with_errors)},
                                                     {"unreadable", std::to_string(intake.unreadable)},
                                                     {"replaced", std::to_string(intake.replaced)},
                                                     {"total", ln::format_kroner(intake.total_fee)},
                                                     {"out", out}})
                           .c_str());
    if (intake.pending_fee > 0)
        std::printf("%s\n", cat.text("cli.intake.pending", {{"fee", ln::format_kroner(intake.pending_fee)}}).c_str());
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
