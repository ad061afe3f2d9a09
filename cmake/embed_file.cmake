# Writes a C++ source holding the bytes of one file, so the app and the CLI carry their data with them
# (no file system, no extra request before the first frame).
# Usage: cmake -DIN=file -DOUT=file.cpp -DSYMBOL=name -P embed_file.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}.tmp"
  "// Generated from ${IN} by cmake/embed_file.cmake; do not edit.\n"
  "#include <cstddef>\n#include <string_view>\n"
  "namespace ln::embedded {\n"
  "alignas(4) static const unsigned char data[${size} + 1] = {\n${bytes}0};\n"
  "extern const std::string_view ${SYMBOL};\n"
  "const std::string_view ${SYMBOL}(reinterpret_cast<const char*>(data), ${size});\n"
  "}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
