#pragma once
// A folder of its own for one test, removed afterwards: the IndexedDB mount's stand-in.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ln::test {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("ln-ui-" + std::to_string(std::rand()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const char* name) const { return (path / name).string(); }
    std::string read(const char* name) const {
        std::ifstream in(file(name), std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void write(const char* name, const std::string& bytes) const { std::ofstream(file(name), std::ios::binary) << bytes; }
    bool exists(const char* name) const { return fs::exists(path / name); }
};

}  // namespace ln::test
