// Fuzz target (fuzz_main.cpp): any bytes into the enrollment import, and whatever it accepts back out through
// validation, export and import again. Nothing may crash, hang, or change in the round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bundled.hpp"
#include "enrollment_format.hpp"
#include "intake.hpp"

int fuzz_enrollment(const std::uint8_t* data, std::size_t size) {
    static const ln::Bundled bundled = ln::load_bundled().value();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto imported = ln::import_enrollment(bytes);
    if (!imported.ok()) {
        if (imported.errors.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    const auto& e = imported.document->enrollment;
    (void)ln::validate(e, bundled.program);
    // KS's side: the register check, and the file's row in the CSV.
    (void)ln::check_received(*imported.document, bundled.program, bundled.municipalities);
    const ln::Intake one = ln::take_in({{"f.json", std::string(bytes), std::nullopt}}, bundled.program, bundled.municipalities);
    if (one.rows.size() != 1 || !one.rows[0].readable) std::abort();
    (void)ln::intake_csv(one, bundled.nb());
    (void)ln::enrollment_summary(e, bundled.program, bundled.nb());
    const std::string text = ln::export_enrollment(e, bundled.program, "2026-01-01T00:00:00Z");
    auto again = ln::import_enrollment(text);
    // Export replaces invalid UTF-8 (which import never lets in), so a valid import must round-trip.
    if (!again.ok()) std::abort();
    if (ln::export_enrollment(again.document->enrollment, bundled.program, "2026-01-01T00:00:00Z") != text) std::abort();
    return 0;
}
