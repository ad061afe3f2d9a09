// One libFuzzer binary for every format the app opens, so the sanitised core is compiled once:
// LN_FUZZ_FORMAT=enrollment|case_book|workspace|program chooses the target (tests/CMakeLists.txt runs
// each; scripts/bench-fuzz.sh runs a million inputs each).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

int fuzz_enrollment(const std::uint8_t* data, std::size_t size);
int fuzz_case_book(const std::uint8_t* data, std::size_t size);
int fuzz_workspace(const std::uint8_t* data, std::size_t size);
int fuzz_program(const std::uint8_t* data, std::size_t size);

namespace {
using Target = int (*)(const std::uint8_t*, std::size_t);
Target g_target = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const char* name = std::getenv("LN_FUZZ_FORMAT");
    const std::string_view n = name ? name : "";
    g_target = n == "enrollment" ? fuzz_enrollment
             : n == "case_book"  ? fuzz_case_book
             : n == "workspace"  ? fuzz_workspace
             : n == "program"    ? fuzz_program
                                 : nullptr;
    if (!g_target) {
        std::fprintf(stderr, "LN_FUZZ_FORMAT must be enrollment, case_book, workspace or program\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { return g_target(data, size); }
