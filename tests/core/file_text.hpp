#pragma once
// A test data file's bytes, whole (empty when it cannot be read: the test's own checks then fail).
#include <fstream>
#include <sstream>
#include <string>

inline std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
