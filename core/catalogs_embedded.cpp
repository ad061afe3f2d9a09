// The message catalogues built into the program: the CLI, the tests and the build tools.
#include "bundled.hpp"
#include "ln_catalogs.hpp"

namespace ln {

std::string_view embedded_catalog(std::string_view language) {
    if (language == "nb") return embedded::catalog_nb;
    if (language == "nn") return embedded::catalog_nn;
    if (language == "en") return embedded::catalog_en;
    return {};
}

}  // namespace ln
