// The browser app: no catalogue is built in. The page fetches the one language it shows (i18n/<lang>.json,
// beside app.wasm) and hands it over, so a visitor downloads one language instead of all three.
#include "bundled.hpp"

namespace ln {

std::string_view embedded_catalog(std::string_view) { return {}; }

}  // namespace ln
