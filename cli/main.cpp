// laeringsnettverk: the command line for KS staff and scripts.
//   laeringsnettverk fee <population> [--json] [--lang nb|en]
// Exit codes: 0 done, 2 bad input or usage.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "bundled.hpp"
#include "fee_text.hpp"
#include "numbers.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kBadInput = 2;

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
    std::fprintf(stderr, "%s\n", cat.text("cli.usage").c_str());
    return kBadInput;
}
