// laeringsnettverk: the command line for KS staff and scripts.
//   laeringsnettverk fee <population> [--json] [--lang nb|nn|en]
//   laeringsnettverk validate FILE…            exit 0 all ready, 1 findings (errors), 2 a file unreadable
//   laeringsnettverk intake DIR --csv OUT.csv  one row per enrollment file, totals last
//   with any of them: --lang nb|nn|en, --program FILE (another network's program file, checked)
// Exit codes otherwise: 0 done, 2 bad input or usage.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <optional>
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
#include "identifiers.hpp"
#include "intake.hpp"
#include "numbers.hpp"
#include "region_total.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kFindings = 1;
constexpr int kBadInput = 2;

// What went wrong, in the user's language (the system's own text is English only).
std::string reason(const ln::Catalog& cat, int err) {
    switch (err) {
    case ENOENT: return cat.text("cli.reason.not_found");
    case EACCES:
    case EPERM: return cat.text("cli.reason.denied");
    case ENOSPC:
    case EDQUOT: return cat.text("cli.reason.disk_full");
    case EROFS: return cat.text("cli.reason.read_only");
    case EISDIR: return cat.text("cli.reason.is_dir");
    case ENOTDIR: return cat.text("cli.reason.not_dir");
    case ENAMETOOLONG: return cat.text("cli.reason.name_too_long");
    case ELOOP: return cat.text("cli.reason.loop");
    case EIO: return cat.text("cli.reason.io");
    case EMFILE:
    case ENFILE: return cat.text("cli.reason.too_many_open");
    case EBADF:
    case EPIPE: return cat.text("cli.reason.closed");
    default: return cat.text("cli.reason.other", {{"code", std::to_string(err)}});
    }
}

ln::Message io_error(const ln::Catalog& cat, int err) { return {"cli.io_error", {{"reason", reason(cat, err)}}}; }

// Reads a file, but never more than one byte past what an import accepts: a huge file is refused (with its
// real size) without being loaded. Only regular files are read: opening a FIFO or a device named *.json
// must not block, so the file is opened without waiting and checked before anything is read.
ln::IntakeFile read_file(const std::filesystem::path& path, const ln::Catalog& cat) {
    ln::IntakeFile f;
    f.name = path.filename().string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        f.read_error = io_error(cat, errno);
        return f;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        f.read_error = io_error(cat, errno);
        ::close(fd);
        return f;
    }
    if (!S_ISREG(st.st_mode)) {
        f.read_error = ln::Message{"cli.not_regular", {}};
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
            f.read_error = io_error(cat, errno);
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

// «x.json», «X.JSON» and a file named just «.json» (extension() calls that a hidden file without one).
bool is_json_name(const std::filesystem::path& p) {
    std::string name = p.filename().string();
    if (name.size() < 5) return false;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name.compare(name.size() - 5, 5, ".json") == 0;
}

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Writes the overview so that a reader never sees half of it: into a temporary file beside the target,
// flushed to disk, then renamed over it. A symbolic link is followed (the file it points to is replaced,
// not the link); a target that is not a regular file (-, /dev/stdout, a FIFO) is written straight to.
// Returns 0 or the errno of what failed.
int write_overview(const std::string& out, std::string_view data) {
    if (out == "-") return write_all(STDOUT_FILENO, data) ? 0 : errno;
    std::error_code ec;
    std::filesystem::path target = out;
    if (std::filesystem::is_symlink(target, ec)) {
        target = std::filesystem::weakly_canonical(target, ec);
        if (ec) return ec.value();
    }
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) return EISDIR;
        const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) return errno;
        const int err = write_all(fd, data) ? 0 : errno;
        ::close(fd);
        return err;
    }
    const std::filesystem::path tmp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return errno;
    // The overview holds names, e-mail addresses and phone numbers: a file being replaced keeps its own
    // permissions (one only its owner may read stays so).
    if (::stat(target.c_str(), &st) == 0) (void)::fchmod(fd, st.st_mode & 07777);
    int err = write_all(fd, data) && ::fsync(fd) == 0 ? 0 : errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
    if (err != 0) ::unlink(tmp.c_str());
    return err;
}

// Every line the command prints: names and notes come from files, so no control character reaches the
// terminal as one.
void say(std::FILE* stream, const std::string& line) { std::fprintf(stream, "%s\n", ln::printable_line(line).c_str()); }

void print_findings(const ln::Catalog& cat, const std::string& file, const std::vector<ln::Finding>& findings) {
    for (const auto& x : findings)
        say(stdout, cat.text("cli.validate.finding",
                                     {{"file", file},
                                      {"severity", cat.text(x.severity == ln::Severity::Error ? "csv.error" : "csv.warning")},
                                      {"path", x.path},
                                      {"message", cat.text(x.message)}})
                                );
}

int validate_command(const ln::Bundled& data, const ln::Catalog& cat, const std::vector<std::string_view>& files) {
    if (files.empty()) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    int code = kOk;
    for (auto name : files) {
        auto f = read_file(std::filesystem::path(std::string(name)), cat);
        f.name = ln::to_valid_utf8(name);
        if (f.read_error) {
            say(stdout, cat.text("cli.validate.unreadable", {{"file", f.name}, {"message", cat.text(*f.read_error)}}));
            code = kBadInput;
            continue;
        }
        auto imported = ln::import_enrollment(f.bytes);
        if (!imported.ok()) {
            for (const auto& e : imported.errors)
                say(stdout, cat.text("cli.validate.unreadable", {{"file", f.name}, {"message", cat.describe(e)}}));
            code = kBadInput;
            continue;
        }
        const auto check = ln::check_received(*imported.document, data.program, data.municipalities);
        print_findings(cat, f.name, check.findings);
        if (ln::ready_to_send(check.findings)) say(stdout, cat.text("cli.validate.ok", {{"file", f.name}}));
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
    if (dir.empty() || dir.rfind("--", 0) == 0) {
        std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
        return kBadInput;
    }
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
        say(stderr, errno == ENOENT ? cat.text("cli.dir_missing", {{"dir", ln::to_valid_utf8(dir)}}).c_str()
                                                      : cat.text("cli.dir_unreadable", {{"dir", ln::to_valid_utf8(dir)}, {"reason", reason(cat, errno)}}));
        return kBadInput;
    }
    if (!S_ISDIR(st.st_mode)) {
        say(stderr, cat.text("cli.not_a_dir", {{"dir", ln::to_valid_utf8(dir)}}));
        return kBadInput;
    }
    if (out.empty()) {
        std::fprintf(stderr, "%s\n\n%s\n", cat.text("cli.intake.need_csv").c_str(), cat.text("cli.usage").c_str());
        return kBadInput;
    }
    // A slip of the keyboard (--csv pamelding-3024.json) must not write the overview over a sign-up.
    if (is_json_name(out)) {
        say(stderr, cat.text("cli.csv_is_json", {{"file", ln::to_valid_utf8(out)}}));
        return kBadInput;
    }
    std::error_code ec;
    // Names first (a folder listing is small), then one file at a time: memory does not grow with the files.
    std::vector<std::filesystem::path> paths;
    std::filesystem::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec))
        if (is_json_name(it->path())) paths.push_back(it->path());
    if (ec) {
        say(stderr, cat.text("cli.dir_unreadable", {{"dir", ln::to_valid_utf8(dir)}, {"reason", reason(cat, ec.value())}}));
        return kBadInput;
    }
    if (paths.empty()) {
        say(stderr, cat.text("cli.no_files", {{"dir", ln::to_valid_utf8(dir)}}));
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
            rows[w].push_back(ln::take_in_file(read_file(paths[i], cat), data.program, data.municipalities));
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    for (auto& list : rows)
        for (auto& row : list) builder.add(std::move(row));
    const auto intake = std::move(builder).finish();
    const std::string csv = ln::intake_csv(intake, cat);
    if (const int err = write_overview(out, csv); err != 0) {
        say(stderr, cat.text("cli.write_error", {{"file", ln::to_valid_utf8(out)}, {"reason", reason(cat, err)}}));
        return kBadInput;
    }
    // With --csv - the overview went to standard output; the summary goes to standard error then.
    FILE* summary = out == "-" ? stderr : stdout;
    say(summary, cat.text("cli.intake.done", {{"rows", std::to_string(intake.rows.size())},
                                                     {"ready", std::to_string(intake.ready)},
                                                     {"errors", std::to_string(intake.with_errors)},
                                                     {"unreadable", std::to_string(intake.unreadable)},
                                                     {"replaced", std::to_string(intake.replaced)},
                                                     {"total", ln::format_kroner(intake.total_fee)},
                                                     {"out", out == "-" ? cat.text("cli.stdout") : ln::to_valid_utf8(out)}})
                           );
    if (intake.pending_fee > 0)
        say(summary, cat.text("cli.intake.pending", {{"fee", ln::format_kroner(intake.pending_fee)}}));
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
    auto q = ln::quote(data.program.fees, positional[0], ln::number_style(cat.language()));
    if (!q) {
        say(stderr, cat.text(q.error().message));
        return kBadInput;
    }
    const auto count = data.program.fees.brackets().size();
    if (as_json) {
        nlohmann::ordered_json out;
        out["program"] = data.program.id;
        out["population"] = q->population;
        // Brackets: the one that applies; a fee per inhabitant: the rule, and whether its floor or ceiling
        // made the fee ("floor", "ceiling", or null).
        if (const auto& rule = q->per_inhabitant) {
            out["bracket"] = nullptr;
            constexpr const char* kLimit[] = {nullptr, "floor", "ceiling"};
            const char* limit = kLimit[static_cast<int>(q->limit)];
            out["per_inhabitant"] = {{"amount_ore", rule->ore},
                                     {"floor", rule->floor ? nlohmann::ordered_json(*rule->floor) : nlohmann::ordered_json()},
                                     {"ceiling", rule->ceiling ? nlohmann::ordered_json(*rule->ceiling) : nlohmann::ordered_json()},
                                     {"limit", limit ? nlohmann::ordered_json(limit) : nlohmann::ordered_json()}};
        } else {
            out["bracket"] = {{"number", q->index + 1}, {"of", count}, {"min", q->bracket.min},
                              {"max", q->bracket.max ? nlohmann::ordered_json(*q->bracket.max) : nlohmann::ordered_json()}};
        }
        out["fee"] = q->fee;
        out["currency"] = "NOK";
        // As the program states it: "included", "excluded", "exempt"; null when it does not say.
        const std::string_view vat = ln::vat_id(data.program.fee_vat);
        out["vat"] = vat.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(std::string(vat));
        out["fee_per_inhabitant"] = static_cast<double>(q->fee_per_inhabitant_ore) / 100.0;
        if (q->next)
            out["next_bracket"] = {{"number", q->next->index + 1},
                                   {"from", q->population + q->next->inhabitants_away},
                                   {"inhabitants_away", q->next->inhabitants_away},
                                   {"fee", q->next->fee}};
        else
            out["next_bracket"] = nullptr;
        std::printf("%s\n", out.dump(2).c_str());  // JSON escapes control characters itself
        return kOk;
    }
    say(stdout, ln::quote_summary(cat, q.value()));
    if (!q->per_inhabitant)
        say(stdout, cat.text("fee.bracket", {{"bracket", std::to_string(q->index + 1)},
                                             {"count", std::to_string(count)},
                                             {"range", ln::quote_basis(cat, q.value())}})
                        );
    say(stdout, ln::quote_per_inhabitant(cat, q.value()));
    say(stdout, ln::quote_next(cat, q.value()));
    if (const auto vat = ln::vat_note(cat, data.program.fee_vat)) say(stdout, *vat);
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
    // --lang and --program go with any command, anywhere on the line.
    std::string lang = "nb";
    std::optional<std::string_view> program_file;
    bool program_missing = false;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            lang = std::string(ln::supported_language(args[i + 1]));
        } else if (args[i] == "--program" || args[i].rfind("--program=", 0) == 0) {
            if (program_file) {
                say(stderr, data->catalog(lang).text("cli.program_twice"));
                return kBadInput;
            }
            // «--program FILE» or «--program=FILE»; a value that is another option is no file name.
            const bool joined = args[i].size() > 9;
            const std::string_view value = joined ? args[i].substr(10) : i + 1 < args.size() ? args[i + 1] : std::string_view();
            if (value.empty() || value.rfind("--", 0) == 0) program_missing = true;
            else program_file = value;
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(std::min(i + (joined || program_missing ? 1 : 2), args.size())));
            continue;
        } else {
            ++i;
            continue;
        }
        args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(std::min(i + 2, args.size())));
    }
    const ln::Catalog& cat = data->catalog(lang);
    if (program_missing) {
        std::fprintf(stderr, "%s\n\n%s\n", cat.text("cli.program_missing").c_str(), cat.text("cli.usage").c_str());
        return kBadInput;
    }
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fprintf(args.empty() ? stderr : stdout, "%s\n", cat.text("cli.usage").c_str());
        return args.empty() ? kBadInput : kOk;
    }
    // Another network's program file in place of the bundled one: its fee schedule, its checks.
    if (program_file) {
        const std::string shown = ln::to_valid_utf8(*program_file);
        const auto f = read_file(std::filesystem::path(std::string(*program_file)), cat);
        if (f.read_error) {
            say(stderr, cat.text("cli.program_unreadable", {{"file", shown}, {"reason", cat.text(*f.read_error)}}));
            return kBadInput;
        }
        // Its regions name municipalities of the list the command checks against.
        auto program = ln::read_program_file(f.bytes, data.value().municipalities);
        if (!program) {
            say(stderr, cat.text("cli.program_invalid", {{"file", shown}, {"error", cat.describe(program.error())}}));
            return kBadInput;
        }
        data.value().program = std::move(program.value());
    }
    if (args[0] == "fee") return fee_command(data.value(), cat, {args.begin() + 1, args.end()});
    if (args[0] == "validate") return validate_command(data.value(), cat, {args.begin() + 1, args.end()});
    if (args[0] == "intake") return intake_command(data.value(), cat, {args.begin() + 1, args.end()});
    std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
    return kBadInput;
}
